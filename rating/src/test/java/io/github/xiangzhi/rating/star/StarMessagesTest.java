package io.github.xiangzhi.rating.star;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.rating.star.conduct.RestrictionKind;
import io.github.xiangzhi.rating.star.round.Resolution;
import io.github.xiangzhi.rating.star.round.RoundAction;
import io.github.xiangzhi.rating.star.round.RoundState;
import io.github.xiangzhi.rating.star.round.TieRule;
import io.github.xiangzhi.rating.star.round.VoteBasis;
import io.github.xiangzhi.rating.star.round.VoteChoice;
import io.github.xiangzhi.rating.star.target.TargetKind;
import io.github.xiangzhi.rating.star.target.TargetStatus;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StarMessagesTest {

  static Properties load(String resource) throws Exception {
    Properties p = new Properties();
    try (InputStream in = StarMessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothBundlesHaveTheSameKeysAllUnderTheStarPrefixAndEveryPatternParses() throws Exception {
    Properties english = load("/io/github/xiangzhi/rating/star/messages.properties");
    Properties chinese = load("/io/github/xiangzhi/rating/star/messages_zh.properties");
    assertThat(chinese.keySet()).isEqualTo(english.keySet());
    for (Properties bundle : List.of(english, chinese)) {
      for (String key : bundle.stringPropertyNames()) {
        assertThat(key).startsWith("rating.star.");
        new MessageFormat(bundle.getProperty(key), Locale.ROOT); // throws on a broken pattern
      }
    }
  }

  @Test
  void everyKeyTheCodeNamesIsInTheBundle() throws Exception {
    Properties english = load("/io/github/xiangzhi/rating/star/messages.properties");
    Pattern literal = Pattern.compile("\"(rating\\.star\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      Iterable<Path> sources = files.filter(f -> f.toString().endsWith(".java"))::iterator;
      for (Path file : sources) {
        Matcher m = literal.matcher(Files.readString(file));
        while (m.find()) {
          if (!english.containsKey(m.group(1))) {
            missing.add(m.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyLabelOfEveryEnumHasATextInBothLanguages() {
    List<Class<? extends Enum<?>>> enums = List.of(ValueType.class, CategoryStatus.class,
        VoteBasis.class, TieRule.class, VoteChoice.class, RoundState.class, RoundAction.class,
        Resolution.class, TargetKind.class, TargetStatus.class, RestrictionKind.class);
    for (Class<? extends Enum<?>> type : enums) {
      for (Enum<?> constant : type.getEnumConstants()) {
        LocalizedText text = (LocalizedText) constant;
        assertThat(text.text(Locale.ENGLISH)).as(constant.toString()).doesNotStartWith("rating.");
        assertThat(text.text(Locale.CHINA)).as(constant.toString()).doesNotStartWith("rating.");
      }
    }
    for (ReasonKind kind : ReasonKind.values()) {
      assertThat(Messages.has("rating.star.reason." + kind.name())).as(kind.name()).isTrue();
    }
    assertThat(Messages.has("rating.star.reason.VETO_ALL")).isTrue();
    for (TargetKind kind : TargetKind.values()) {
      assertThat(Messages.has("rating.star.target.verdict.NOT_MET." + kind)).isTrue();
      assertThat(Messages.has("rating.star.target.verdict.NO_BASE." + kind)).isTrue();
    }
    assertThat(RoundState.PUBLICISED.text(Locale.CHINA)).isEqualTo("张榜公示中");
  }
}
