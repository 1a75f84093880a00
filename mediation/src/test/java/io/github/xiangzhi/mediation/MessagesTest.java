package io.github.xiangzhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.mediation.deadline.DueKind;
import io.github.xiangzhi.mediation.matter.Channel;
import io.github.xiangzhi.mediation.matter.EscalationReason;
import io.github.xiangzhi.mediation.matter.EventType;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.MatterState;
import io.github.xiangzhi.mediation.matter.Outcome;
import io.github.xiangzhi.mediation.matter.Satisfaction;
import io.github.xiangzhi.mediation.matter.Severity;
import io.github.xiangzhi.mediation.matter.Side;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

  static Properties load(String resource) throws Exception {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws Exception {
    Properties english = load("/io/github/xiangzhi/mediation/messages.properties");
    Properties chinese = load("/io/github/xiangzhi/mediation/messages_zh.properties");
    assertThat(chinese.keySet()).isEqualTo(english.keySet());
    assertThat(english.keySet()).allMatch(k -> ((String) k).startsWith("mediation."));
  }

  @Test
  void everyKeyTheCodeUsesIsInTheBundles() throws Exception {
    Properties english = load("/io/github/xiangzhi/mediation/messages.properties");
    Pattern key = Pattern.compile("\"(mediation\\.[A-Za-z.]+[A-Za-z])\"");
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java"))
          .collect(Collectors.toList())) {
        Matcher m = key.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(english.stringPropertyNames()).containsAll(used);
  }

  @Test
  void everyLabelShownToPeopleReadsInChineseAndEnglish() {
    List<LocalizedText[]> labels = List.of(MatterState.values(), EventType.values(),
        MatterKind.values(), Severity.values(), Channel.values(), Side.values(),
        EscalationReason.values(), Outcome.values(), Satisfaction.values(), DueKind.values());
    for (LocalizedText[] values : labels) {
      for (LocalizedText value : values) {
        String english = value.text(Locale.ENGLISH);
        String chinese = value.text(Locale.SIMPLIFIED_CHINESE);
        assertThat(english).as("%s", value).doesNotStartWith("mediation.");
        assertThat(chinese).as("%s", value).doesNotStartWith("mediation.")
            .isNotEqualTo(english);
        // the tests run in a Turkish locale: anything not Chinese reads English
        assertThat(value.text(Locale.forLanguageTag("tr-TR"))).isEqualTo(english);
      }
    }
    assertThat(MatterState.ARCHIVED.text(Locale.CHINA)).isEqualTo("已归档");
    assertThat(EventType.FILE.text(Locale.CHINA)).isEqualTo("案卷建立");
    assertThat(Messages.has("mediation.summary")).isTrue();
  }
}
