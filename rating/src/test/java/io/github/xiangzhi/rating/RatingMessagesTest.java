package io.github.xiangzhi.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.rating.points.AccountKind;
import io.github.xiangzhi.rating.points.HoldReason;
import io.github.xiangzhi.rating.points.HoldState;
import io.github.xiangzhi.rating.points.PointsError;
import io.github.xiangzhi.rating.points.PostingType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RatingMessagesTest {

  static Properties load(String resource) throws Exception {
    Properties p = new Properties();
    try (InputStream in = RatingMessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothBundlesHaveTheSameKeysAllPrefixedAndWellFormed() throws Exception {
    Properties english = load("/io/github/xiangzhi/rating/messages.properties");
    Properties chinese = load("/io/github/xiangzhi/rating/messages_zh.properties");
    assertThat(chinese.keySet()).isEqualTo(english.keySet());
    // the provider claims the keys its bundles hold, and no other module's
    RatingMessages provider = new RatingMessages();
    assertThat(provider.keyPrefix()).isEqualTo("rating.");
    assertThat(provider.bundle(Locale.CHINA).keySet()).isEqualTo(chinese.keySet());
    for (Properties bundle : List.of(english, chinese)) {
      for (String key : bundle.stringPropertyNames()) {
        assertThat(key).startsWith(provider.keyPrefix());
        new MessageFormat(bundle.getProperty(key), Locale.ROOT); // throws if malformed
      }
    }
    for (String key : chinese.stringPropertyNames()) {
      assertThat(chinese.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
    }
  }

  @Test
  void everyErrorAndEveryLabelOfThePointsBankHasItsText() {
    for (PointsError error : PointsError.values()) {
      assertThat(Messages.has(error.messageKey())).as("%s", error).isTrue();
    }
    List<LocalizedText> labels = new java.util.ArrayList<>();
    labels.addAll(List.of(AccountKind.values()));
    labels.addAll(List.of(PostingType.values()));
    labels.addAll(List.of(HoldReason.values()));
    labels.addAll(List.of(HoldState.values()));
    for (LocalizedText label : labels) {
      String en = label.text(Locale.ENGLISH);
      String zh = label.text(Locale.SIMPLIFIED_CHINESE);
      assertThat(en).as("%s", label).doesNotStartWith("rating.");
      assertThat(zh).as("%s", label).doesNotStartWith("rating.").isNotEqualTo(en);
    }
    assertThat(PostingType.REDEMPTION.text(Locale.CHINA)).isEqualTo("兑换");
    assertThat(AccountKind.HOUSEHOLD.text(Locale.CHINA)).isEqualTo("积分存折");
    // any other language is English, never the machine's (the tests run in Turkish)
    assertThat(HoldReason.LOST_PASSBOOK.text(Locale.forLanguageTag("tr-TR")))
        .isEqualTo("passbook reported lost");
  }
}
