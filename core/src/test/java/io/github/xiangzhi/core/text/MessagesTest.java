package io.github.xiangzhi.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.core.code.DivisionLevel;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void chineseLocalesGetChineseAndEveryOtherLocaleEnglish() {
    assertThat(Messages.format(Locale.SIMPLIFIED_CHINESE, "core.divisionLevel.VILLAGE"))
        .isEqualTo("村级");
    assertThat(Messages.format(Locale.forLanguageTag("zh-Hans-CN"), "core.divisionLevel.VILLAGE"))
        .isEqualTo("村级");
    assertThat(Messages.format(Locale.ENGLISH, "core.divisionLevel.VILLAGE")).isEqualTo("village");
    // the tests run in a Turkish default locale: English, not Turkish or the default, is the rest
    assertThat(Messages.format(Locale.forLanguageTag("tr-TR"), "core.divisionLevel.VILLAGE"))
        .isEqualTo("village");
    assertThat(DivisionLevel.TOWNSHIP.text(Locale.CHINA)).isEqualTo("乡级");
  }

  @Test
  void numbersAreNotGroupedAndUnknownKeysShowThemselves() {
    assertThat(Messages.format(Locale.ENGLISH, "core.period.year", 12024))
        .isEqualTo("Invalid year 12024: years run from 1 to 9999");
    assertThat(Messages.format(Locale.ENGLISH, "no.such.key", 1, "a")).isEqualTo("no.such.key 1 a");
    assertThat(Messages.has("core.blank")).isTrue();
    assertThat(Messages.has("no.such.key")).isFalse();
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws Exception {
    Properties english = load("/io/github/xiangzhi/core/messages.properties");
    Properties chinese = load("/io/github/xiangzhi/core/messages_zh.properties");
    assertThat(chinese.keySet()).isEqualTo(english.keySet());
  }

  static Properties load(String resource) throws Exception {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}
