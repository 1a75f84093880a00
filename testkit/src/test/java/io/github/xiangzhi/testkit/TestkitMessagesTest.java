package io.github.xiangzhi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.testkit.conformance.ConformanceCheck;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TestkitMessagesTest {

  @Test
  void bothBundlesHaveTheSameKeysAllPrefixedTestkit() throws Exception {
    Properties english = load("/io/github/xiangzhi/testkit/messages.properties");
    Properties chinese = load("/io/github/xiangzhi/testkit/messages_zh.properties");
    assertThat(chinese.keySet()).isEqualTo(english.keySet());
    assertThat(english.stringPropertyNames()).allSatisfy(k -> assertThat(k).startsWith("testkit."));
  }

  @Test
  void everyCheckHasANameInBothLanguages() {
    for (ConformanceCheck check : ConformanceCheck.values()) {
      assertThat(check.text(Locale.ENGLISH)).doesNotStartWith("testkit.").isNotBlank();
      assertThat(check.text(Locale.CHINA)).doesNotStartWith("testkit.")
          .isNotEqualTo(check.text(Locale.ENGLISH));
    }
  }

  private static Properties load(String resource) throws Exception {
    Properties p = new Properties();
    try (InputStream in = TestkitMessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
