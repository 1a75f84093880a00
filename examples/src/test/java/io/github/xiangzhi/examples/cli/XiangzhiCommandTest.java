package io.github.xiangzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xiangzhi.core.json.XiangzhiJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class XiangzhiCommandTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = XiangzhiCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void demoLoadsEveryBuiltInSectionInEnglishAndChinese() {
    Run english = run("--lang", "en", "demo");
    assertThat(english.code()).isZero();
    assertThat(english.out()).contains("calendar/CHINA_2024_2025: zone Asia/Shanghai, 13 holidays")
        .contains("specialGroups/SOURCES: 8 categories, 4 of them sensitive");
    assertThat(english.err()).isEmpty();
    Run chinese = run("--lang=zh-CN", "demo");
    assertThat(chinese.code()).isZero();
    assertThat(chinese.out()).contains("乡治").contains("8 个类别,其中 4 个敏感");
  }

  @Test
  void schemaPrintsTheProfilesJsonSchema() throws Exception {
    Run run = run("schema");
    assertThat(run.code()).isZero();
    JsonNode schema = XiangzhiJson.newMapper().readTree(run.out());
    assertThat(schema.get("properties").has("calendar")).isTrue();
  }

  @Test
  void wrongUsageExitsWithTwoAndNoStackTrace() {
    Run run = run("no-such-command");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no-such-command").doesNotContain("\tat ");
  }

  @Test
  void helpIsLocalised() {
    assertThat(run("--lang", "zh", "--help").out()).contains("运行演示");
    assertThat(run("--lang", "en", "--help").out()).contains("Run the demonstration");
  }
}
