package io.github.xiangzhi.grid.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.code.DivisionCode;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.testkit.grid.GridGens;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HierarchyCsvTest {

  @Test
  void R_GRID_2_aHierarchyWrittenAsCsvReadsBackEqual() {
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchies()).checkAssert(h -> {
      Hierarchy back = roundTrip(h);
      assertThat(back).isEqualTo(h);
      assertThat(back.households()).isEqualTo(h.households());
    });
  }

  @Test
  void R_GRID_1_unitsCsvCarriesDivisionsDatesGroupsAndQuotedNames() throws IOException {
    String units = String.join("\n",
        "# 渭沱镇, 2024",
        "name,id,level,parent,division,opened,closed,groups",
        "渭沱镇,weituo,TOWN,,500117116000,,,",
        "\"李湾村, 老村\",liwan,VILLAGE,weituo,500117116201,2001-01-01,,PILOT_VILLAGE;KEY",
        "\"七星\"\"村\"\"\",qixing,VILLAGE,weituo,,,2023-12-31,",
        "",
        "一网格,liwan-1,GRID,liwan,,,,");
    String households = "\uFEFFunit,household\nliwan-1,h1\nliwan-1,h2\r\nqixing,h3\n";
    Hierarchy h = HierarchyCsv.read(HierarchyTest.WEITUO, new StringReader(units),
        new StringReader(households));
    assertThat(h.unit(UnitId.of("liwan")).name()).isEqualTo("李湾村, 老村");
    assertThat(h.unit(UnitId.of("qixing")).name()).isEqualTo("七星\"村\"");
    assertThat(h.unit(UnitId.of("liwan")).division())
        .contains(DivisionCode.parse("500117116201"));
    assertThat(h.unit(UnitId.of("liwan")).groups()).containsExactly("PILOT_VILLAGE", "KEY");
    assertThat(h.unit(UnitId.of("qixing")).closed()).contains(LocalDate.of(2023, 12, 31));
    assertThat(h.households(UnitId.of("liwan-1")))
        .containsExactly(HouseholdId.of("h1"), HouseholdId.of("h2"));
    assertThat(roundTrip(h)).isEqualTo(h);
  }

  @Test
  void R_GRID_2_everyMalformedLineIsNamedAndNothingIsBuilt() {
    String units = String.join("\n",
        "id,level,name,colour",
        "a,TOWN,甲,red");
    InvalidValueException e = catching(() -> HierarchyCsv.readUnits(new StringReader(units),
        Hierarchy.builder(HierarchyTest.WEITUO)));
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "Line 1: unknown column 'colour'; the columns are "
            + "[id, parent, level, name, division, opened, closed, groups]");
    String households = String.join("\n",
        "household,unit",
        "h1,g1",
        "h 2,g1",
        "h3",
        "h5,g 1",
        "h4,\"g1");
    HierarchyBuilder b = HierarchyTest.weituo().toBuilder();
    Hierarchy before = b.build();
    e = catching(() -> HierarchyCsv.readHouseholds(new StringReader(households), b));
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "Line 3: invalid household 'h 2'",
        "Line 4: 2 fields expected, 1 found",
        "Line 5: invalid unit 'g 1'",
        "Line 6: a quote is left open");
    assertThat(b.build()).as("the builder is left as it was").isEqualTo(before);
    // also when the reader fails half way
    Reader failing = new Reader() {
      private final Reader rows = new StringReader("household,unit\nh9,liwan-2\nh10,liwan-2\n");

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int n = rows.read(buffer, offset, length);
        if (n < 0) {
          throw new IOException("disk gone");
        }
        return n;
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> HierarchyCsv.readHouseholds(failing, b))
        .isInstanceOf(IOException.class).hasMessage("disk gone");
    assertThat(b.build()).isEqualTo(before);
    HierarchyBuilder c = HierarchyTest.weituo().toBuilder();
    catching(() -> HierarchyCsv.readUnits(new StringReader(
        "id,parent,level,name\nx1,weituo,VILLAGE,新村\nx 2,weituo,VILLAGE,坏村\n"), c));
    assertThat(c.build()).as("no unit of a refused file is added").isEqualTo(before);
    assertThat(e.violations().get(0).message(Locale.CHINA)).isEqualTo("第 3 行:household 列的值“h 2”无效");
    e = catching(() -> HierarchyCsv.readUnits(new StringReader("id,level,name\nx,town,\n"),
        Hierarchy.builder(HierarchyTest.WEITUO)));
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "Line 2: Invalid code 'town': codes are upper-case English letters, digits and _, "
            + "starting with a letter",
        "Line 2: The name must not be blank");
    e = catching(() -> HierarchyCsv.readUnits(
        new StringReader("id,level,name,division,opened\nx,TOWN,甲,990000,2024-13-01\n"),
        Hierarchy.builder(HierarchyTest.WEITUO)));
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "Line 2: invalid division '990000'", "Line 2: invalid opened '2024-13-01'");
    e = catching(() -> HierarchyCsv.readHouseholds(new StringReader(""),
        Hierarchy.builder(HierarchyTest.WEITUO)));
    assertThat(e.getMessage()).isEqualTo("The CSV has no header line");
    // both files at once: each problem says which file it is in
    e = catching(() -> HierarchyCsv.read(HierarchyTest.WEITUO, new StringReader(""),
        new StringReader("")));
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "/units: The CSV has no header line", "/households: The CSV has no header line");
    e = catching(() -> HierarchyCsv.read(HierarchyTest.WEITUO,
        new StringReader("id,parent,level,name\nwt,,TOWN,渭沱镇\nv1,wt 2,VILLAGE,村\n"),
        new StringReader("household,unit\nh1,v1\nh 2,v1\n")));
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "/units: Line 3: invalid parent 'wt 2'", "/households: Line 3: invalid household 'h 2'");
    assertThat(e.violations().get(0).message(Locale.CHINA))
        .isEqualTo("第 3 行:parent 列的值“wt 2”无效");
  }

  @Test
  void R_GRID_1_unitsWithAwkwardNamesWrittenAsCsvReadBackEqual() {
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchiesWithAwkwardNames())
        .checkAssert(h -> {
          Hierarchy back = roundTrip(h);
          assertThat(back.units()).isEqualTo(h.units());
          assertThat(back).isEqualTo(h);
        });
  }

  @Test
  void R_GRID_1_quotedFieldsAreVerbatimAndUnquotedOnesTrimmed() throws IOException {
    String units = "id,level,name\r\n"
        + " weituo ,\tTOWN , 渭沱镇 \r\n"
        + "liwan,VILLAGE, \" 李湾村,\r\n\r\n# 老村 \"\"x\"\"\r\" \n"
        + "qixing,VILLAGE,七星\u3000\r"
        + "shang,VILLAGE, \"上\"\" 村\" \n";
    HierarchyBuilder b = HierarchyCsv.readUnits(new StringReader(units),
        Hierarchy.builder(HierarchyTest.WEITUO));
    assertThat(b.units()).extracting(Unit::name).containsExactly("渭沱镇",
        " 李湾村,\r\n\r\n# 老村 \"x\"\r", "七星\u3000", "上\" 村");
    assertThat(b.units()).extracting(Unit::level).containsOnly("TOWN", "VILLAGE");
  }

  @Test
  void R_GRID_1_aQuoteInsideAFieldIsRefusedWithoutSwallowingTheRecordsAfterIt() throws IOException {
    String units = String.join("\n",
        "id,level,name",
        "t,TOWN,渭沱镇",
        "g1,VILLAGE,5\" pipe lane",
        "g2,VILLAGE,Second",
        "g3,VILLAGE,6\" pipe lane",
        "g4,VILLAGE,\"Fourth\" lane",
        "g5,VILLAGE,Fifth",
        "");
    HierarchyBuilder b = Hierarchy.builder(HierarchyTest.WEITUO);
    InvalidValueException e = catching(() -> HierarchyCsv.readUnits(new StringReader(units), b));
    assertThat(e.violations()).extracting(v -> v.messageKey() + " " + v.messageArguments())
        .containsExactly("grid.csv.quote.misplaced [3]", "grid.csv.quote.misplaced [5]",
            "grid.csv.quote.misplaced [6]");
    assertThat(e.violations().get(0).message(Locale.CHINA))
        .isEqualTo("第 3 行:引号出现在未以引号开头的字段中;请给整个字段加引号,并将其中每个引号写两次");
    assertThat(b.units()).isEmpty(); // a refused file adds nothing
    // the records after each refused one are read as they stand
    List<Violation> problems = new ArrayList<>();
    assertThat(HierarchyCsv.readUnits(new StringReader(units), problems))
        .extracting(u -> u.id().value()).containsExactly("t", "g2", "g5");
    assertThat(problems).hasSize(3);
  }

  @Test
  void R_GRID_1_textPastTheHeadersColumnsIsRefusedButEmptyTrailingFieldsAreNot()
      throws IOException {
    String units = String.join("\n",
        "id,level,name",
        "t,TOWN,渭沱镇,,",
        "v,VILLAGE,李湾村, 老村",
        "w,VILLAGE,七星村,",
        "");
    HierarchyBuilder b = Hierarchy.builder(HierarchyTest.WEITUO);
    InvalidValueException e = catching(() -> HierarchyCsv.readUnits(new StringReader(units), b));
    assertThat(e.violations()).extracting(Object::toString)
        .containsExactly("Line 3: 3 fields expected, 4 found");
    assertThat(b.units()).isEmpty();
    assertThat(HierarchyCsv.readUnits(new StringReader(units), new ArrayList<>()))
        .extracting(u -> u.id().value()).containsExactly("t", "w");
  }

  @Test
  void R_GRID_1_aHashLineIsACommentUnlessNamesComeFirst() throws IOException {
    String idsFirst = "# 渭沱镇的单元\nid,level,name\n# 镇\nt,TOWN,渭沱镇\n  # 村\n";
    assertThat(HierarchyCsv.readUnits(new StringReader(idsFirst),
        Hierarchy.builder(HierarchyTest.WEITUO)).units()).extracting(Unit::name)
        .containsExactly("渭沱镇");
    String namesFirst = "# 渭沱镇的单元\nname,id,level\n#1 网格镇,t,TOWN\n";
    assertThat(HierarchyCsv.readUnits(new StringReader(namesFirst),
        Hierarchy.builder(HierarchyTest.WEITUO)).units()).extracting(Unit::name)
        .containsExactly("#1 网格镇");
  }

  @Test
  void R_GRID_1_aProblemNamesTheLineItsRecordStartsOn() {
    String units = String.join("\n",
        "id,level,name",
        "a,TOWN,\"甲",
        "镇\"",
        "b b,TOWN,\"乙",
        "",
        "镇\"",
        "c,TOWN,丙,",
        "d,TOWN");
    InvalidValueException e = refusedRead(units, "household,unit\n");
    assertThat(e.violations()).extracting(v -> v.messageKey() + " " + v.messageArguments())
        .containsExactly("grid.csv.invalid [4, id, b b]", "grid.csv.fields [8, 3, 2]");
    assertThat(e.violations()).extracting(v -> v.path()).containsOnly("/units");
  }

  @Test
  void R_GRID_1_aQuoteLeftOpenInAFieldSpanningLinesNamesTheLineItsRecordStartsOn() {
    String units = String.join("\n",
        "id,level,name",
        "a,TOWN,\"甲",
        "镇\"",
        "b,TOWN,\"乙",
        "镇,",
        "c,TOWN,丙",
        "");
    InvalidValueException e = refusedRead(units, "household,unit\n");
    assertThat(e.violations()).hasSize(1);
    assertThat(e.messageKey()).isEqualTo("grid.csv.quote");
    assertThat(e.messageArguments()).containsExactly(4);
    assertThat(e.getMessage()).isEqualTo("Line 4: a quote is left open");
    assertThat(e.message(Locale.CHINA)).isEqualTo("第 4 行:引号未闭合");
  }

  @Test
  void R_GRID_1_aColumnNamedTwiceIsRefusedNamingItsLineAndName() {
    String units = "# 渭沱镇\nid,level,name,level\nweituo,TOWN,渭沱镇,TOWN\n";
    InvalidValueException e = refusedRead(units, "household,unit\n");
    assertThat(e.violations()).hasSize(1);
    assertThat(e.messageKey()).isEqualTo("grid.csv.column.twice");
    assertThat(e.messageArguments()).containsExactly(2, "level");
    assertThat(e.getMessage()).isEqualTo("Line 2: column 'level' appears twice");
    HierarchyBuilder b = Hierarchy.builder(HierarchyTest.WEITUO);
    catching(() -> HierarchyCsv.readUnits(new StringReader(units), b));
    assertThat(b.units()).isEmpty();
  }

  @Test
  void R_GRID_1_aMissingRequiredColumnIsRefusedNamingItsLineAndName() {
    String units = "\nid,name\nweituo,渭沱镇\n";
    InvalidValueException e = refusedRead(units, "household\nh1\n");
    assertThat(e.violations()).extracting(v -> v.messageKey() + " " + v.messageArguments())
        .containsExactly("grid.csv.column.missing [2, level]",
            "grid.csv.column.missing [1, unit]");
    assertThat(e.violations().get(0).message(Locale.CHINA)).isEqualTo("第 2 行:缺少必需的列“level”");
    HierarchyBuilder b = Hierarchy.builder(HierarchyTest.WEITUO);
    catching(() -> HierarchyCsv.readUnits(new StringReader(units), b));
    assertThat(b.units()).isEmpty();
  }

  @Test
  void R_GRID_1_moreThanAHundredProblemsEndInACountOfTheRest() {
    StringBuilder households = new StringBuilder("household,unit\n");
    for (int h = 0; h < HierarchyCsv.MAX_PROBLEMS + 7; h++) {
      households.append("h ").append(h).append(",weituo\n");
    }
    InvalidValueException e = refusedRead("id,level,name\nweituo,TOWN,渭沱镇\n",
        households.toString());
    assertThat(e.violations()).hasSize(HierarchyCsv.MAX_PROBLEMS + 1);
    for (int i = 0; i < HierarchyCsv.MAX_PROBLEMS; i++) {
      assertThat(e.violations().get(i).messageKey()).isEqualTo("grid.csv.invalid");
      assertThat(e.violations().get(i).messageArguments())
          .containsExactly(i + 2, "household", "h " + i);
    }
    Violation more = e.violations().get(HierarchyCsv.MAX_PROBLEMS);
    assertThat(more.messageKey()).isEqualTo("grid.csv.more");
    assertThat(more.messageArguments()).containsExactly(7);
    assertThat(more.toString()).isEqualTo("… and 7 more problem(s)");
  }

  /** The refusal of reading {@code units} and {@code households}; fails if anything is built. */
  static InvalidValueException refusedRead(String units, String households) {
    Hierarchy[] built = new Hierarchy[1];
    InvalidValueException e = catching(() -> built[0] = HierarchyCsv.read(HierarchyTest.WEITUO,
        new StringReader(units), new StringReader(households)));
    assertThat(e).isExactlyInstanceOf(InvalidValueException.class);
    assertThat(built[0]).isNull();
    return e;
  }

  static Hierarchy roundTrip(Hierarchy h) {
    try {
      StringWriter units = new StringWriter();
      StringWriter households = new StringWriter();
      HierarchyCsv.writeUnits(h, units);
      HierarchyCsv.writeHouseholds(h, households);
      // the CSV holds the units' groups, not their declarations: those come from the profile
      HierarchyBuilder b = Hierarchy.builder(h.scheme());
      h.groupSets().forEach(b::addGroupSet);
      h.groups().forEach(b::addGroup);
      HierarchyCsv.readUnits(new StringReader(units.toString()), b);
      HierarchyCsv.readHouseholds(new StringReader(households.toString()), b);
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  interface Io {
    void run() throws IOException;
  }

  static InvalidValueException catching(Io r) {
    try {
      r.run();
    } catch (InvalidValueException e) {
      return e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("nothing thrown");
  }
}
