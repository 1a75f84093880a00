package io.github.xiangzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.examples.cli.XiangzhiCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code xiangzhi targets} on small villages whose figures are computed by hand. */
class TargetsCommandTest {

  @TempDir Path dir;

  /** Changzhi's targets (90% / 40% / six stars by 60% of the starred) over its sample county. */
  Path profile() throws Exception {
    Path file = dir.resolve("county.yaml");
    Files.writeString(file, "profile: {id: test, name: 测试县}\n"
        + "grid: {preset: CHANGZHI}\nrating: {preset: CHANGZHI}\n");
    return file;
  }

  /** {@code n} households of {@code village}: the first {@code participating} took part, ... */
  static List<String> village(String village, int n, int participating, int... stars) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int s = i < stars.length ? stars[i] : 0;
      rows.add(village + "," + village + "-h" + i + "," + (i < participating) + "," + s);
    }
    return rows;
  }

  Run targets(List<String> rows, String... more) throws Exception {
    Path csv = dir.resolve("households.csv");
    List<String> lines = new ArrayList<>();
    lines.add("village,household,participated,stars");
    lines.addAll(rows);
    Files.write(csv, lines);
    List<String> args = new ArrayList<>(List.of("targets", "--profile", profile().toString()));
    args.addAll(List.of(more));
    args.add(csv.toString());
    return XiangzhiCommandTest.run(args.toArray(new String[0]));
  }

  @Test
  void R_STAR_5_eightyNinePointSevenPercentParticipationFailsAndNoStarredHouseholdIsReported()
      throws Exception {
    List<String> rows = new ArrayList<>();
    // 东村: 26 of 29 took part (89.66%: fails 90%); 12 starred (41.4% of 29: meets 40%);
    // 8 of the 12 have six or more (66.7%: meets 60%)
    rows.addAll(village("east", 29, 26, 6, 6, 7, 8, 9, 10, 6, 6, 1, 2, 3, 4));
    // 西村: everyone took part, nobody starred: starred fails; six-plus has no base (false)
    rows.addAll(village("west", 10, 10));
    Run run = targets(rows);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(String.join("\n",
        TargetsCommand.OUTPUT_HEADER,
        "east,29,26,12,8,false,true,true,false",
        "west,10,10,0,0,true,false,false,false",
        "TOTAL,39,36,12,8,true,false,true,false",
        ""));
  }

  @Test
  void R_STAR_5_villagesOfTheProfilesHierarchyRollUpToEveryAncestor() throws Exception {
    List<String> rows = new ArrayList<>();
    rows.addAll(village("cz-v1", 10, 9, 6, 6, 6, 1));      // 90% / 40% / 75%: compliant
    rows.addAll(village("cz-v2", 10, 10, 6, 1, 1, 1, 1)); // 100% / 50% / 20%
    Run run = targets(rows);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(String.join("\n",
        TargetsCommand.OUTPUT_HEADER,
        "cz-v1,10,9,4,3,true,true,true,true",
        "cz-v2,10,10,5,1,true,true,false,false",
        "cz,20,19,9,4,true,true,false,false",
        "cz-c1,20,19,9,4,true,true,false,false",
        "cz-c1-t1,20,19,9,4,true,true,false,false",
        ""));
  }

  @Test
  void badRowsAreNamedByLineAndNothingIsPrinted() throws Exception {
    List<String> rows = List.of("a,h1,true,3", "a,h1,true,3", "a,h2,maybe,3", "a,h3,true,11",
        "a,h4,false,2", "a,h5,true");
    Run run = targets(rows);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).containsExactly(
        dir.resolve("households.csv") + ":3: household 'h1' appears twice",
        dir.resolve("households.csv") + ":4: participated must be true or false, not 'maybe'",
        dir.resolve("households.csv") + ":5: stars '11' is not a whole number from 0 to 10",
        dir.resolve("households.csv") + ":6: household 'h4' holds 2 stars but did not take part",
        dir.resolve("households.csv") + ":7: expected 4 columns, found 3");
  }

  @Test
  void aWrongHeaderAProfileWithoutTargetsAndAMissingFileAreReported() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "village,household,stars\n");
    Run header = XiangzhiCommandTest.run("targets", "--profile", profile().toString(),
        csv.toString());
    assertThat(header.code()).isEqualTo(1);
    assertThat(header.err()).contains("the header must be village,household,participated,stars");
    Path bare = dir.resolve("bare.yaml");
    Files.writeString(bare, "profile: {id: bare, name: 空}\n");
    Run noRating = XiangzhiCommandTest.run("targets", "--profile", bare.toString(), csv.toString());
    assertThat(noRating.code()).isEqualTo(1);
    assertThat(noRating.err()).contains("has no rating section");
    Run missing = XiangzhiCommandTest.run("targets", "--profile", profile().toString(),
        dir.resolve("nowhere.csv").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).doesNotContain("\tat ");
    Run both = XiangzhiCommandTest.run("targets", "--preset", "anlan", "--profile", "x.yaml",
        csv.toString());
    assertThat(both.code()).isEqualTo(2);
  }

  /** Wrong usage exits with 2, as an unknown preset does in demo, simulate and export-preset. */
  @Test
  void anUnknownPresetIsWrongUsage() throws Exception {
    Path csv = dir.resolve("ok.csv");
    Files.writeString(csv, "village,household,participated,stars\na,h1,true,3\n");
    Run unknown = XiangzhiCommandTest.run("--lang", "zh", "targets", "--preset", "atlantis",
        csv.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("未知预设“atlantis”");
  }

  @Test
  void csvNotWellFormedIsSaidInTheReadersLanguageAtItsLineWithoutJacksonsText() throws Exception {
    Path csv = dir.resolve("households.csv");
    // a quote opened on line 3 and never closed: Jackson reports the end of the file
    Run unclosed = targets(List.of("a,h1,true,3", "a,\"h2,true,3", "a,h3,true,3", "a,h4,true,3"));
    assertThat(unclosed.code()).isEqualTo(1);
    assertThat(unclosed.err())
        .isEqualTo(csv + ":3: a quoted value in this row has no closing quote\n");
    Run first = targets(List.of("a,h1,true,3", "\"a,h2,true,3", "a,h3,true,3"), "--lang", "zh");
    assertThat(first.err()).isEqualTo(csv + ":3:本行有带引号的值缺少右引号\n");
    Run after = targets(List.of("a,h1,true,3", "a,h2,true,3", "\"v1\" x,h3,true,3"));
    assertThat(after.code()).isEqualTo(1);
    assertThat(after.err()).isEqualTo(csv + ":4: text after a value's closing quote; quote the "
        + "whole value and double any quote inside it\n");
    Run chinese = XiangzhiCommandTest.run("--lang", "zh", "targets", "--profile",
        profile().toString(), csv.toString());
    assertThat(chinese.err())
        .isEqualTo(csv + ":4:值的右引号后还有文字;请把整个值放进引号,值内的引号写两遍\n");
    assertThat(unclosed.err() + first.err() + after.err() + chinese.err())
        .doesNotContain("Missing closing quote").doesNotContain("Unexpected character");
  }

  @Test
  void aFileThatCannotBeReadIsNamedWithTheReasonInTheReadersLanguage() throws Exception {
    Path csv = dir.resolve("ok.csv");
    Files.writeString(csv, "village,household,participated,stars\na,h1,true,3\n");
    Path nope = dir.resolve("nope.yaml");
    Run missing = XiangzhiCommandTest.run("--lang", "zh", "targets", "--profile", nope.toString(),
        csv.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo(nope + ":文件或目录不存在\n");
    Run directory = XiangzhiCommandTest.run("targets", "--profile", dir.toString(),
        csv.toString());
    assertThat(directory.code()).isEqualTo(2);
    assertThat(directory.err()).isEqualTo(dir + ": is a directory, not a file\n");
    Path binary = dir.resolve("binary.csv");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'b', 'i', 'n', '\n'});
    Run notText = XiangzhiCommandTest.run("targets", "--profile", profile().toString(),
        binary.toString());
    assertThat(notText.code()).isEqualTo(2);
    assertThat(notText.err()).isEqualTo(binary + ": not UTF-8 text\n");
    Run chinese = XiangzhiCommandTest.run("--lang", "zh", "targets", "--profile",
        profile().toString(), binary.toString());
    assertThat(chinese.err()).isEqualTo(binary + ":不是 UTF-8 编码的文本\n");
  }
}
