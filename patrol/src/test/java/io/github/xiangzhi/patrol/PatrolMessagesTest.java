package io.github.xiangzhi.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.patrol.audit.RejectionReason;
import io.github.xiangzhi.patrol.finding.FindingStatus;
import io.github.xiangzhi.patrol.schedule.InfeasibilityReason;
import io.github.xiangzhi.patrol.schedule.VisitReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PatrolMessagesTest {

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    Properties english = load("/io/github/xiangzhi/patrol/messages.properties");
    Properties chinese = load("/io/github/xiangzhi/patrol/messages_zh.properties");
    assertThat(chinese.keySet()).isEqualTo(english.keySet());
    assertThat(english.keySet()).allSatisfy(k -> assertThat((String) k).startsWith("patrol."));
  }

  @Test
  void everyKeyTheSourcesNameIsInTheBundles() throws IOException {
    Pattern literal = Pattern.compile("\"(patrol\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        Matcher m = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    assertThat(keys).hasSizeGreaterThan(40);
    assertThat(keys).allSatisfy(k -> assertThat(Messages.has(k)).as(k).isTrue());
  }

  @Test
  void theProviderClaimsOnlyThePatrolKeys() throws IOException {
    // Messages asks providers by prefix, longest first: a provider claiming "" would be asked for
    // every other module's keys too.
    PatrolMessages provider = new PatrolMessages();
    assertThat(provider.keyPrefix()).isEqualTo("patrol.");
    assertThat(provider.bundle(Locale.CHINA).getString("patrol.kind.FIELD_DAY"))
        .isEqualTo("逢十沉底");
    assertThat(load("/io/github/xiangzhi/patrol/messages.properties").keySet())
        .allSatisfy(k -> assertThat((String) k).startsWith(provider.keyPrefix()));
  }

  @Test
  void everyTextShownToPeopleIsInChineseAndEnglish() {
    for (Enum<?> e : values()) {
      String english = ((io.github.xiangzhi.core.text.LocalizedText) e).text(Locale.ENGLISH);
      String chinese = ((io.github.xiangzhi.core.text.LocalizedText) e).text(Locale.CHINA);
      assertThat(english).as(e.name()).doesNotStartWith("patrol.");
      assertThat(chinese).as(e.name()).doesNotStartWith("patrol.").isNotEqualTo(english);
    }
    assertThat(PatrolKind.FIELD_DAY.text(Locale.CHINA)).isEqualTo("逢十沉底");
    assertThat(VisitReason.SPECIAL_GROUP.text(Locale.forLanguageTag("tr-TR")))
        .isEqualTo("special-group visit");
  }

  static Enum<?>[] values() {
    return Stream.of(PatrolKind.values(), VisitReason.values(), InfeasibilityReason.values(),
        FindingStatus.values(), RejectionReason.values()).flatMap(Stream::of)
        .toArray(Enum<?>[]::new);
  }

  static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = PatrolMessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
