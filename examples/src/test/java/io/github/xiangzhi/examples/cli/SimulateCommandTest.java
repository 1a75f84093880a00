package io.github.xiangzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = XiangzhiCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static Run simulate(Path out, String... more) {
    return simulateWithSeed(out, "20261122", more);
  }

  static Run simulateWithSeed(Path out, String seed, String... more) {
    List<String> args = new ArrayList<>(List.of("simulate", "--preset", "changzhi",
        "--households", "6000", "--years", "5", "--runs", "6", "--seed", seed,
        "--out", out.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  static String read(Path file) throws IOException {
    return Files.readString(file);
  }

  /** The mean of target {@code target} in the last year of summary.csv. */
  static double lastMean(Path dir, String target) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("summary.csv"));
    String last = null;
    for (String line : lines) {
      String[] f = line.split(",");
      if (f[1].equals(target)) {
        last = f[2];
      }
    }
    return Double.parseDouble(last);
  }

  @Test
  void simulateTwiceWithOneSeedGivesIdenticalFilesWhateverTheThreads(@TempDir Path dir)
      throws IOException {
    Run one = simulate(dir.resolve("a"), "--threads", "1");
    assertThat(one.code()).as(one.err()).isZero();
    Run two = simulate(dir.resolve("b"), "--threads", "2");
    assertThat(two.code()).as(two.err()).isZero();
    Run three = simulate(dir.resolve("c"), "--threads", "3");
    assertThat(three.code()).isZero();
    for (String file : List.of("runs.csv", "summary.csv", "chart.svg")) {
      String first = read(dir.resolve("a").resolve(file));
      assertThat(first).as(file).isNotEmpty();
      assertThat(read(dir.resolve("b").resolve(file))).as(file).isEqualTo(first);
      assertThat(read(dir.resolve("c").resolve(file))).as(file).isEqualTo(first);
    }
    Run other = simulateWithSeed(dir.resolve("d"), "7");
    assertThat(other.code()).isZero();
    assertThat(read(dir.resolve("d").resolve("runs.csv")))
        .isNotEqualTo(read(dir.resolve("a").resolve("runs.csv")));
    // stdout: the figure and the files; stderr: no progress bar when it is not a terminal
    assertThat(one.out()).contains("Simulated 180000 household-years (6 runs × 5 years × 6000 "
        + "households in 20 villages)").contains("runs.csv").contains("chart.svg");
    assertThat(one.err()).doesNotContain("Simulating").doesNotContain("%");
  }

  @Test
  void runsAndSummaryHaveTheirHeadersAndARowPerRunYearAndTarget(@TempDir Path dir)
      throws IOException {
    assertThat(simulate(dir).code()).isZero();
    List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
    assertThat(runs.get(0)).isEqualTo("run,year,households,participants,starred,high_starred,"
        + "stars_added,stars_removed,villages,participation_met,starred_met,high_starred_met,"
        + "all_met,participation_share,starred_share,high_starred_share,all_share");
    assertThat(runs).hasSize(1 + 6 * 5);
    assertThat(runs.get(1)).startsWith("1,1,6000,");
    List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
    assertThat(summary.get(0)).isEqualTo("year,target,mean,p5,p95");
    assertThat(summary).hasSize(1 + 5 * 4);
    for (String line : summary.subList(1, summary.size())) {
      String[] f = line.split(",");
      double mean = Double.parseDouble(f[2]);
      double p5 = Double.parseDouble(f[3]);
      double p95 = Double.parseDouble(f[4]);
      assertThat(p5).as(line).isLessThanOrEqualTo(p95).isBetween(0.0, 1.0);
      assertThat(mean).as(line).isBetween(p5, p95);
    }
    assertThat(read(dir.resolve("chart.svg"))).startsWith("<?xml").contains("<svg");
  }

  @Test
  void pngChartOnRequest(@TempDir Path dir) throws IOException {
    assertThat(simulate(dir, "--chart", "png").code()).isZero();
    byte[] png = Files.readAllBytes(dir.resolve("chart.png"));
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(dir.resolve("chart.svg")).doesNotExist();
  }

  @Test
  void setMovesTheResultInTheExpectedDirection(@TempDir Path dir) throws IOException {
    assertThat(simulate(dir.resolve("strict"), "--set", "rating.targets.starredShare=0.95")
        .code()).isZero();
    assertThat(simulate(dir.resolve("lenient"), "--set", "rating.targets.starredShare=0.5")
        .code()).isZero();
    assertThat(lastMean(dir.resolve("lenient"), "starred"))
        .isGreaterThan(lastMean(dir.resolve("strict"), "starred"));
    // a more willing population meets all three targets more often
    assertThat(simulate(dir.resolve("willing"), "--set", "simulation.propensity=0.9").code())
        .isZero();
    assertThat(simulate(dir.resolve("reluctant"), "--set", "simulation.propensity=0.6").code())
        .isZero();
    assertThat(lastMean(dir.resolve("willing"), "all"))
        .isGreaterThan(lastMean(dir.resolve("reluctant"), "all"));
    // a path into a list by code, and the plain field name
    Run pass = simulate(dir.resolve("pass"),
        "--set", "rating.scheme.categories.LAW_ABIDING.passMark=1",
        "--set", "rating.targets.highStarred=10%",
        "--set", "simulation.events=[{code: BLACK_LIST, value: 0.5}]");
    assertThat(pass.code()).as(pass.err()).isZero();
  }

  @Test
  void anUnknownSetPathIsInvalidInputNamingThePath(@TempDir Path dir) {
    Run unknown = simulate(dir, "--set", "rating.targets.starredShareX=0.5");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("rating.targets.starredShareX=0.5")
        .contains("/rating/targets/starredShareX").doesNotContain("\tat ");
    assertThat(dir.resolve("runs.csv")).doesNotExist();
    Run section = simulate(dir, "--set", "nonsense.field=1");
    assertThat(section.code()).isEqualTo(1);
    assertThat(section.err()).contains("/nonsense");
    Run chinese = run("--lang", "zh", "simulate", "--preset", "changzhi", "--households", "10",
        "--years", "1", "--runs", "1", "--seed", "1", "--out", dir.toString(),
        "--set", "rating.nope=1");
    assertThat(chinese.code()).isEqualTo(1);
    assertThat(chinese.err()).contains("未知路径 /rating/nope");
    Run syntax = simulate(dir, "--set", "rating.targets.starred");
    assertThat(syntax.code()).isEqualTo(1);
    assertThat(syntax.err()).contains("PATH=VALUE");
    Run badValue = simulate(dir, "--set", "rating.targets.starred=lots");
    assertThat(badValue.code()).isEqualTo(1);
    assertThat(badValue.err()).contains("/rating/targets/starred");
    Run badSimulation = simulate(dir, "--set", "simulation.propensity=1.5");
    assertThat(badSimulation.code()).isEqualTo(1);
    assertThat(badSimulation.err()).contains("/simulation/propensity").doesNotContain("\tat ");
  }

  @Test
  void usageErrorsExitWithTwoAndNoStackTrace(@TempDir Path dir) throws IOException {
    Run missing = run("simulate", "--preset", "changzhi", "--years", "1", "--runs", "1",
        "--seed", "1", "--out", dir.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--households").doesNotContain("\tat ");
    Run both = run("simulate", "--preset", "changzhi", "--profile", "x.yaml", "--households", "1",
        "--years", "1", "--runs", "1", "--seed", "1", "--out", dir.toString());
    assertThat(both.code()).isEqualTo(2);
    Run range = simulate(dir, "--threads", "0");
    assertThat(range.code()).isEqualTo(2);
    assertThat(range.err()).contains("--threads");
    Run preset = run("simulate", "--preset", "atlantis", "--households", "1", "--years", "1",
        "--runs", "1", "--seed", "1", "--out", dir.toString());
    assertThat(preset.code()).isEqualTo(2);
    assertThat(preset.err()).contains("atlantis");
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    Run unwritable = simulate(file.resolve("sub"));
    assertThat(unwritable.code()).isEqualTo(2);
    assertThat(unwritable.err()).isEqualTo(file + ": is a file, not a directory\n");
    Run aFile = simulate(file);
    assertThat(aFile.code()).isEqualTo(2);
    assertThat(aFile.err()).isEqualTo(file + ": a file of that name already exists\n");
    Run noProfile = run("simulate", "--profile", dir.resolve("none.yaml").toString(),
        "--households", "1", "--years", "1", "--runs", "1", "--seed", "1",
        "--out", dir.toString());
    assertThat(noProfile.code()).isEqualTo(2);
    assertThat(noProfile.err()).isEqualTo(dir.resolve("none.yaml")
        + ": no such file or directory\n");
    Run chinese = run("--lang", "zh", "simulate", "--profile", dir.toString(),
        "--households", "1", "--years", "1", "--runs", "1", "--seed", "1",
        "--out", dir.toString());
    assertThat(chinese.code()).isEqualTo(2);
    assertThat(chinese.err()).isEqualTo(dir + ":是目录,不是文件\n");
  }

  @Test
  void aProfileFileWithASimulationSectionIsSimulated(@TempDir Path dir) throws IOException {
    Path profile = dir.resolve("county.yaml");
    Files.writeString(profile, "profile: {id: test-county, name: 测试县}\n"
        + "rating: {preset: CHANGZHI}\n"
        + "simulation:\n  propensity: 0.8\n  propensities: [{code: LAW_ABIDING, value: 0.95}]\n"
        + "  householdsPerVillage: 100\n");
    Run ok = run("simulate", "--profile", profile.toString(), "--households", "1000",
        "--years", "2", "--runs", "2", "--seed", "3", "--out", dir.resolve("out").toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("in 10 villages");
    // without a rating section: the Changzhi rating preset, said on standard error
    Files.writeString(profile, "profile: {id: test-county, name: 测试县}\n");
    Run fallback = run("simulate", "--profile", profile.toString(), "--households", "1000",
        "--years", "2", "--runs", "2", "--seed", "3", "--out", dir.resolve("out2").toString(),
        "--set", "rating.targets.starred=10%");
    assertThat(fallback.code()).as(fallback.err()).isZero();
    assertThat(fallback.err()).contains("has no rating section")
        .contains("rating preset CHANGZHI");
    assertThat(Files.readString(dir.resolve("out2").resolve("summary.csv")))
        .contains("1,starred,1.000000");
    Files.writeString(profile, "profile: {id: test-county, name: 测试县}\n"
        + "rating: {preset: CHANGZHI}\n"
        + "simulation:\n  propensities: [{code: NOT_A_CATEGORY, value: 0.95}]\n");
    Run bad = run("simulate", "--profile", profile.toString(), "--households", "1000",
        "--years", "2", "--runs", "2", "--seed", "3", "--out", dir.resolve("out").toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("/simulation/propensities/0/code");
  }

  @Test
  void cliBundlesHaveTheSameKeysInEnglishAndChinese() throws IOException {
    for (String name : List.of("messages", "help")) {
      Properties english = load("/io/github/xiangzhi/examples/cli/" + name + ".properties");
      Properties chinese = load("/io/github/xiangzhi/examples/cli/" + name + "_zh.properties");
      assertThat(chinese.stringPropertyNames()).as(name)
          .isEqualTo(english.stringPropertyNames());
    }
    assertThat(Stream.of("cli.simulate.set.unknown", "cli.simulate.done", "cli.simulate.progress",
        "cli.simulate.chart.title")).allSatisfy(key ->
            assertThat(load("/io/github/xiangzhi/examples/cli/messages.properties")
                .getProperty(key)).isNotBlank());
  }

  private static Properties load(String resource) {
    Properties p = new Properties();
    try (InputStream in = SimulateCommandTest.class.getResourceAsStream(resource)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p;
  }
}
