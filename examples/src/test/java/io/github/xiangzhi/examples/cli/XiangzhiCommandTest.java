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
    return runWithInput("", args);
  }

  static Run runWithInput(String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = XiangzhiCommand.run(args,
        new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void presetsListsOneLinePerPresetStartingWithItsId() {
    Run run = run("presets");
    assertThat(run.code()).isZero();
    assertThat(run.out().lines()).hasSize(5)
        .anySatisfy(l -> assertThat(l).startsWith("anlan\t重庆市巴南区安澜镇\t四联共治"))
        .anySatisfy(l -> assertThat(l).startsWith("weituo\t"));
  }

  @Test
  void everyExportedPresetValidates(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    for (String id : io.github.xiangzhi.examples.preset.Presets.ids()) {
      Run export = run("export-preset", id);
      assertThat(export.code()).as(id).isZero();
      assertThat(export.out()).contains("profile:");
      java.nio.file.Path file = dir.resolve(id + ".yaml");
      java.nio.file.Files.writeString(file, export.out());
      Run validate = run("validate", file.toString());
      assertThat(validate.code()).as(validate.out() + validate.err()).isZero();
      assertThat(validate.out()).isEqualTo(file + ": OK\n");
    }
    assertThat(run("export-preset", "atlantis").code()).isEqualTo(2);
  }

  @Test
  void validateReportsFileLineColumnPathAndMessage() {
    String broken = "profile:\n  id: x\n  name: 某镇\ncalendar:\n  weekend: 5\n";
    Run run = runWithInput(broken, "validate", "-");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(
        "<stdin>:5:3: /calendar/weekend: Wrong type: expected array, found number\n");
    Run chinese = runWithInput(broken, "--lang", "zh", "validate", "-");
    assertThat(chinese.out()).contains("<stdin>:5:3: /calendar/weekend: 类型错误");
    Run json = runWithInput(broken, "validate", "--json", "-");
    assertThat(json.code()).isEqualTo(1);
    assertThat(json.out()).contains("\"line\" : 5").contains("\"path\" : \"/calendar/weekend\"");
    Run missing = run("validate", "/no/such/file.yaml");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("/no/such/file.yaml").doesNotContain("\tat ");
  }

  @Test
  void validateNamesAFileItCannotReadWithTheReasonNotTheExceptionsClass(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Run english = run("validate", dir.toString(), "/no/such/file.yaml");
    assertThat(english.code()).isEqualTo(2);
    assertThat(english.err()).isEqualTo(dir + ": is a directory, not a file\n"
        + "/no/such/file.yaml: no such file or directory\n");
    Run chinese = run("--lang", "zh", "validate", dir.toString(), "/no/such/file.yaml");
    assertThat(chinese.err()).isEqualTo(dir + ":是目录,不是文件\n"
        + "/no/such/file.yaml:文件或目录不存在\n");
    Run json = run("validate", "--json", "/no/such/file.yaml");
    assertThat(json.out()).contains("\"error\" : \"/no/such/file.yaml: no such file or directory\"");
  }

  @Test
  void demoPrintsTheSecretarysReportInEnglishAndChineseAndRepeatsForASeed() {
    Run english = run("--lang", "en", "demo", "changzhi", "--households", "4");
    assertThat(english.code()).as(english.err()).isZero();
    assertThat(english.out()).contains("山西省长治市").contains("1. Ten-star civilized households")
        .contains("2. Points bank").contains("3. Disputes").contains("4. Patrols")
        .contains("villages meet every target").contains("seed 20241231");
    assertThat(english.err()).isEmpty();
    assertThat(run("--lang", "en", "demo", "changzhi", "--households", "4").out())
        .isEqualTo(english.out());
    Run chinese = run("--lang=zh-CN", "demo", "changzhi", "--households", "4");
    assertThat(chinese.code()).isZero();
    assertThat(chinese.out()).contains("星级文明户").contains("积分").doesNotContain("Ten-star");
    assertThat(run("demo", "atlantis").code()).isEqualTo(2);
    assertThat(run("demo", "--villages", "0").code()).isEqualTo(2);
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

  /** The first line of standard error: the problem (the command's usage follows it). */
  static String problem(String... args) {
    Run run = run(args);
    assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
    assertThat(run.err()).as(String.join(" ", args)).doesNotContain("picocli")
        .doesNotContain("Exception").doesNotContain("Invalid value").doesNotContain("Unmatched")
        .doesNotContain("Missing required").doesNotContain("mutually exclusive")
        .doesNotContain("\tat ");
    return run.err().lines().findFirst().orElseThrow();
  }

  @Test
  void picocliParseErrorsAreSaidInTheChosenLanguageNamingTheOptionAndValue() {
    assertThat(problem("--lang", "en", "demo", "--year", "abc"))
        .isEqualTo("--year: 'abc' is not a whole number");
    assertThat(problem("--lang", "zh", "demo", "--year", "abc")).isEqualTo("--year:“abc”不是整数");
    assertThat(problem("--lang", "en", "demo", "--year", "99999999999"))
        .isEqualTo("--year: '99999999999' is not a whole number from -2147483648 to 2147483647");
    assertThat(problem("--lang", "zh", "demo", "--bogus")).isEqualTo("未知选项“--bogus”");
    assertThat(run("--lang", "en", "demo", "--villag").err().lines().limit(2))
        .containsExactly("Unknown option '--villag'", "Did you mean: --villages?");
    assertThat(problem("--lang", "zh", "no-such-command")).isEqualTo("未知命令“no-such-command”");
    assertThat(problem("--lang", "zh", "demo", "anlan", "extra")).isEqualTo("多余的参数“extra”");
    assertThat(problem("--lang", "en", "validate")).isEqualTo("Missing argument FILE");
    assertThat(problem("--lang", "zh", "validate")).isEqualTo("缺少参数 FILE");
    assertThat(problem("--lang", "zh", "demo", "--year")).isEqualTo("选项 --year 缺少取值(<year>)");
    assertThat(problem("--lang", "en", "targets", "--preset", "anlan", "--profile", "x.yaml",
        "h.csv")).isEqualTo("Give only one of --preset, --profile");
    assertThat(problem("--lang", "zh", "targets", "h.csv"))
        .isEqualTo("请给出其中之一:--preset ID, --profile FILE");
    assertThat(problem("--lang", "en", "demo", "--seed", "1", "--seed", "2"))
        .isEqualTo("Option --seed is given more than once");
    assertThat(problem("--lang", "en", "targets", "--profile", "a\0b", "h.csv"))
        .isEqualTo("--profile: 'a\0b' is not a valid file name");
  }

  /** localeOf reads --lang wherever it stands, so the subcommands accept it too (and --debug). */
  @Test
  void langAndDebugAreAcceptedAfterTheSubcommand() {
    Run validate = run("validate", "--lang", "zh", "/no/such/file.yaml");
    assertThat(validate.code()).isEqualTo(2);
    assertThat(validate.err()).isEqualTo("/no/such/file.yaml:文件或目录不存在\n");
    Run demo = run("demo", "changzhi", "--households", "4", "--lang=en", "--debug");
    assertThat(demo.code()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("1. Ten-star civilized households");
    assertThat(run("validate", "--lang", "zh", "--help").out()).contains("--lang")
        .contains("输出语言");
  }

  @Test
  void helpIsLocalised() {
    assertThat(run("--lang", "zh", "--help").out()).contains("模拟乡镇");
    assertThat(run("--lang", "en", "--help").out()).contains("Run one governance year");
  }

  /**
   * picocli formats every help text with String.format and, when one does not format (a lone
   * {@code %}), warns on System.err and prints it raw: each command's help, in each language, must
   * render with nothing on either error stream.
   */
  @Test
  void everyCommandsHelpRendersInBothLanguagesWithoutPicocliWarnings() {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    java.util.List<Run> runs = new java.util.ArrayList<>();
    try {
      for (String lang : java.util.List.of("en", "zh")) {
        runs.add(run("--lang", lang, "--help"));
        for (String command : new picocli.CommandLine(new XiangzhiCommand()).getSubcommands()
            .keySet()) {
          runs.add(run("--lang", lang, command, "--help"));
        }
        // a usage error prints the command's help too
        runs.add(run("--lang", lang, "simulate", "--no-such-option"));
      }
    } finally {
      System.setErr(original);
    }
    assertThat(runs).hasSize(2 * 9);
    for (Run help : runs) {
      assertThat(help.out() + help.err()).contains("--help").doesNotContain("picocli");
    }
    assertThat(runs).filteredOn(r -> r.code() == 0).hasSize(2 * 8)
        .allSatisfy(r -> assertThat(r.err()).isEmpty());
    assertThat(run("--lang", "en", "simulate", "--help").out()).contains("starred=50% or");
    assertThat(run("--lang", "zh", "simulate", "--help").out()).contains("starred=50% 或");
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
  }
}
