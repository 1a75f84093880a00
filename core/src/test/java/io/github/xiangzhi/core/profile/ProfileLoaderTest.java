package io.github.xiangzhi.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xiangzhi.core.code.DivisionCode;
import io.github.xiangzhi.core.group.SpecialGroupCatalog;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileLoaderTest {
  static final ProfileLoader LOADER = ProfileLoader.standard();

  static final String VALID = String.join("\n",
      "profile:",
      "  id: anlan",
      "  name: 重庆市巴南区安澜镇",
      "  division: '500113'",
      "  model: 四联共治·数字赋能",
      "calendar:",
      "  holidays:",
      "    - {name: 春节, from: 2024-02-10, to: 2024-02-17}",
      "  workdays:",
      "    - {date: 2024-02-04, name: 春节}",
      "specialGroups:",
      "  categories:",
      "    - {code: VETERAN, name: 退役军人, sensitivity: GENERAL}",
      "    - {code: DRUG_USER, name: 吸毒人员, sensitivity: SENSITIVE}",
      "");

  @Test
  void R_CORE_6_aValidDocumentLoadsEverySection() {
    CountyProfile profile = LOADER.parse(VALID, "anlan.yaml");
    assertThat(profile.info().id()).isEqualTo("anlan");
    assertThat(profile.info().division()).contains(DivisionCode.parse("500113"));
    assertThat(profile.calendar().zone()).isEqualTo(GovernanceCalendar.CHINA);
    assertThat(profile.calendar().isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue();
    assertThat(profile.specialGroups().categories()).hasSize(2);
    assertThat(profile.sections().keySet()).containsExactly("profile", "calendar", "specialGroups");
    assertThat(profile.section(SpecialGroupCatalog.class)).contains(profile.specialGroups());
  }

  @Test
  void R_CORE_6_absentOptionalSectionsGetTheirDefaults() {
    CountyProfile profile = LOADER.parse("profile: {id: x, name: 某镇}", "x.yaml");
    assertThat(profile.calendar()).isEqualTo(GovernanceCalendar.standard());
    assertThat(profile.specialGroups().categories()).isEmpty();
  }

  @Test
  void R_CORE_6_everyProblemIsReportedWithItsPathLineAndColumn() {
    String broken = String.join("\n",
        "profile:",
        "  id: Anlan",                                   // 2: breaks the id syntax
        "  name: 安澜镇",
        "  division: '990113'",                         // 4: no such province
        "calendar:",
        "  zone: Asia/Shanghai",
        "  weekend: 5",                                  // 7: not a list
        "  holidays:",
        "    - {name: 春节, from: 2024-02-10}",           // 9: 'to' missing
        "    - {name: 清明, from: 2024-04-04, to: 2024-04-06, colour/hue: red}", // 10: escaped
        "specialGroups:",
        "  categories:",
        "    - {code: VETERAN, name: 退役军人, sensitivity: GENERAL}",
        "    - {code: VETERAN, name: 老兵, sensitivity: GENERAL}",      // 14: duplicate code
        "    - {code: DRUG_USER, name: 吸毒人员, sensitivity: SECRET}",  // 15: not a sensitivity
        "grids: {}",                                     // 16: unknown section
        "");
    ProfileException e = catchProfile(broken);
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .contains(
            tuple("/calendar/weekend", 7, "profile.value.type"),
            tuple("/calendar/holidays/0/to", 9, "profile.field.missing"),
            tuple("/calendar/holidays/1/colour~1hue", 10, "profile.field.unknown"),
            tuple("/specialGroups/categories/2/sensitivity", 15, "profile.value.enum"),
            tuple("/grids", 16, "profile.section.unknown"));
    // structure first: a section with structural problems is not bound; the others are, and the
    // first broken invariant of a value is reported (the division, not the id after it)
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .contains(tuple("/profile/division", 4, "core.code.PROVINCE"));
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    assertThat(e.source()).isEqualTo("broken.yaml");
    String report = e.report(Locale.ENGLISH);
    assertThat(report).contains("broken.yaml:16:1: /grids: Unknown section 'grids'");
    assertThat(e.report(Locale.CHINA)).contains("broken.yaml:16:1: /grids: 未知配置节“grids”");
  }

  @Test
  void R_CORE_6_invariantsOfBoundValuesAreProblemsWithPaths() {
    String duplicates = String.join("\n",
        "profile: {id: anlan, name: 安澜镇, division: '990113'}",
        "specialGroups:",
        "  categories:",
        "    - {code: VETERAN, name: 退役军人, sensitivity: GENERAL}",
        "    - {code: VETERAN, name: 老兵, sensitivity: GENERAL}",
        "    - {code: VETERAN, name: 军人, sensitivity: GENERAL}",
        "");
    ProfileException e = catchProfile(duplicates);
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactly(
            tuple("/profile/division", 1, "core.code.PROVINCE"),
            tuple("/specialGroups/categories/1/code", 5, "core.duplicate"),
            tuple("/specialGroups/categories/2/code", 6, "core.duplicate"));
    assertThat(e.problems().get(1).message(Locale.ENGLISH))
        .isEqualTo("Duplicate code 'VETERAN': item 0 already has it");
    assertThat(e.problems().get(1).message(Locale.CHINA)).isEqualTo("字段 code 的取值“VETERAN”重复:第 0 项已使用");
    // a label among the arguments is rendered in each language, and as English text in JSON
    Problem division = e.problems().get(0);
    assertThat(division.message(Locale.CHINA)).startsWith("行政区划代码“990113”无效:");
    assertThat(division.message(Locale.ENGLISH)).startsWith("Invalid division code '990113':");
    assertThat(division.arguments()).startsWith("division code", "990113");
  }

  @Test
  void R_CORE_6_problemsInsideListElementsKeepTheElementsIndex() {
    String broken = String.join("\n",
        "profile: {id: x, name: 某镇}",
        "calendar:",
        "  holidays:",
        "    - {name: 元旦, from: 2024-01-01, to: 2024-01-01}",
        "    - {name: 春节, from: 2024-02-17, to: 2024-02-10}",
        "specialGroups:",
        "  categories:",
        "    - {code: VETERAN, name: 退役军人, sensitivity: GENERAL}",
        "    - {code: veteran, name: 老兵, sensitivity: GENERAL}",
        "");
    ProfileException e = catchProfile(broken);
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactly(
            tuple("/calendar/holidays/1/to", 5, "core.calendar.holidayOrder"),
            tuple("/specialGroups/categories/1/code", 9, "core.code.syntax"));
  }

  @Test
  void R_CORE_6_aNullListElementIsATypedErrorNotANullPointerException() {
    com.fasterxml.jackson.databind.ObjectMapper json =
        io.github.xiangzhi.core.json.XiangzhiJson.newMapper();
    assertThatThrownBy(() -> json.readValue("{\"categories\": [null]}", SpecialGroupCatalog.class))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class)
        .hasMessageContaining("null element at index 0");
  }

  @Test
  void R_CORE_6_aNullListElementInAProfileIsATypeProblemAtTheElement() {
    ProfileException e = catchProfile(String.join("\n",
        "profile: {id: x, name: 某镇}",
        "specialGroups:",
        "  categories:",
        "    - {code: VETERAN, name: 退役军人, sensitivity: GENERAL}",
        "    - ~",
        ""));
    // the schema sees it first: the element's type, at the element
    assertThat(e.problems()).extracting(Problem::path, p -> p.message(Locale.ENGLISH))
        .containsExactly(tuple("/specialGroups/categories/1",
            "Wrong type: expected object, found null"));
  }

  @Test
  void R_CORE_6_malformedYamlIsOneProblemAtItsPosition() {
    ProfileException e = catchProfile("profile:\n  id: [unclosed\n  name: x\n");
    assertThat(e.problems()).hasSize(1);
    Problem p = e.problems().get(0);
    assertThat(p.messageKey()).isEqualTo("profile.syntax");
    assertThat(p.line()).isPositive();
    assertThat(p.message(Locale.ENGLISH)).startsWith("The document is not well-formed: ");
  }

  @Test
  void R_CORE_6_aRefusedPresetIsOneProblemAtThePresetNotNoiseFromTheSchema() {
    ProfileException e = catchProfile("profile: {id: x, name: 某镇}\ncalendar: {preset: 5}\n");
    assertThat(e.problems()).extracting(Problem::path, p -> p.message(Locale.ENGLISH))
        .containsExactly(tuple("/calendar/preset", "Wrong type: expected string, found number"));
    assertThat(e.problems().get(0).message(Locale.CHINA)).isEqualTo("类型错误:应为 文本,实为 数字");
    assertThat(catchProfile("profile: {id: x, name: 某镇}\ncalendar: {weekend: 5}\n").problems()
        .get(0).message(Locale.CHINA)).isEqualTo("类型错误:应为 列表,实为 数字");
    e = catchProfile("profile: {preset: X}\n");
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/profile/preset", "profile.preset.unknown"));
  }

  @Test
  void R_CORE_6_problemsWithoutALineAreOrderedByPathWithListIndexesAsNumbers() {
    List<Problem> problems = new ArrayList<>(List.of(Problem.of("/workdays/10", "k"),
        Problem.of("/workdays/2/date", "k"), Problem.of("/workdays/2", "k"),
        Problem.of("/holidays", "k"), Problem.of("/workdays/x", "k"),
        Problem.of("/workdays/5x", "k"), Problem.of("/workdays/9", "k"),
        Problem.of("/a", "k").at(9, 1)));
    Collections.sort(problems);
    // indexes first, as numbers; then names as text: a total order, whatever the keys
    assertThat(problems).extracting(Problem::path).containsExactly("/a", "/holidays",
        "/workdays/2", "/workdays/2/date", "/workdays/9", "/workdays/10", "/workdays/5x",
        "/workdays/x");
    // an argument is taken as it is when the problem is made
    List<String> codes = new ArrayList<>(List.of("A"));
    Problem made = Problem.of("/p", "profile.field.unknown", codes);
    codes.add("B");
    assertThat(made.message(Locale.ENGLISH)).isEqualTo("Unknown field '[A]'");
  }

  @Test
  void R_CORE_6_aValueNotInItsFormSaysWhatTheFormIsNotTheRegularExpression() {
    ProfileException e = catchProfile("profile: {id: x, name: 某镇, division: '99'}\n");
    assertThat(e.problems()).extracting(Problem::path, p -> p.message(Locale.ENGLISH))
        .containsExactly(tuple("/profile/division",
            "'99' is not a division code: write 6 or 12 digits"));
    assertThat(e.problems().get(0).message(Locale.CHINA))
        .isEqualTo("“99”不是行政区划代码:应为 6 位或 12 位数字");
  }

  @Test
  void R_CORE_6_aLineIndentedWithATabIsNamedAtTheTab() {
    ProfileException e = catchProfile("profile:\n  id: x\n\tname: 某镇\n");
    assertThat(e.problems()).extracting(Problem::line, Problem::column, Problem::messageKey)
        .containsExactly(tuple(3, 1, "profile.yaml.tab"));
    assertThat(e.problems().get(0).message(Locale.CHINA)).isEqualTo("此行用制表符缩进;YAML 只能用空格缩进");
    // a tab inside a value is no slip; a document broken elsewhere is still a syntax problem
    assertThat(LOADER.parse("profile: {id: x, name: \"某\t镇\"}\n", "ok.yaml").info().name())
        .isEqualTo("某\t镇");
    assertThat(catchProfile("profile: {id: x, name: \"某\t镇\"\n").problems())
        .extracting(Problem::messageKey).containsExactly("profile.syntax");
    // a tab YAML allows (inside a block of text) is not blamed for an error elsewhere
    assertThat(catchProfile("profile: {id: x, name: 某镇}\nx: |\n  line\n  \tindented\ny: [\n")
        .problems()).extracting(Problem::messageKey).containsExactly("profile.syntax");
  }

  @Test
  void R_CORE_6_duplicateKeysExtraDocumentsAndEmptyDocumentsAreProblems() {
    ProfileException duplicate =
        catchProfile("profile: {id: a, name: 甲}\nprofile: {id: b, name: 乙}\n");
    assertThat(duplicate.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactly(tuple("/profile", 2, "profile.key.duplicate"));
    ProfileException twoDocuments =
        catchProfile("profile: {id: a, name: 甲}\n---\nprofile: {id: b, name: 乙}\n");
    assertThat(twoDocuments.problems()).extracting(Problem::messageKey)
        .containsExactly("profile.document.multiple");
    assertThat(catchProfile("").problems()).extracting(Problem::messageKey)
        .containsExactly("profile.document.empty");
    assertThat(catchProfile("- a\n- b\n").problems()).extracting(Problem::messageKey)
        .containsExactly("profile.document.notObject");
    assertThat(catchProfile("1\n").problems().get(0).message(Locale.CHINA))
        .isEqualTo("文档应为各配置节的映射,实为 数字");
    assertThat(catchProfile("calendar: {}\n").problems()).extracting(Problem::path,
        Problem::messageKey).containsExactly(tuple("/profile", "profile.field.missing"));
  }

  @Test
  void R_CORE_6_jsonDocumentsLoadToo() {
    CountyProfile profile = LOADER.parse(
        "{\"profile\": {\"id\": \"x\", \"name\": \"某镇\"},\n \"calendar\": {\"weekend\": [\"SUNDAY\"]}}",
        "x.json");
    assertThat(profile.calendar().isWorkingDay(LocalDate.of(2024, 3, 2))).isTrue(); // Saturday
    ProfileException e = catchProfile("{\"profile\": {\"id\": \"x\", \"name\": 3}}");
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::column)
        .containsExactly(tuple("/profile/name", 1, 25));
  }

  @Test
  void R_CORE_6_aLoadedProfileWritesToYamlAndJsonThatLoadBackEqual() {
    CountyProfile profile = LOADER.parse(VALID, "anlan.yaml");
    assertThat(LOADER.parse(LOADER.toYaml(profile), "again.yaml")).isEqualTo(profile);
    assertThat(LOADER.parse(LOADER.toJson(profile), "again.json")).isEqualTo(profile);
  }

  @Test
  void R_CORE_6_everyBuiltInPresetLoads() {
    for (ProfileSectionType<?> type : LOADER.sectionTypes()) {
      for (Map.Entry<String, String> preset : type.presets().entrySet()) {
        String doc = "profile: {id: p, name: 预设}\n" + type.name() + ":\n"
            + preset.getValue().indent(2);
        CountyProfile profile = LOADER.parse(doc, preset.getKey());
        assertThat(profile.section(type.name())).as(preset.getKey()).isPresent();
      }
    }
  }

  @Test
  void R_CORE_6_aSectionMayNameABuiltInPreset() {
    CountyProfile profile = LOADER.parse(
        "profile: {id: x, name: 某镇}\ncalendar: {preset: CHINA_2024_2025}\n", "x.yaml");
    assertThat(profile.calendar().isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue();
    assertThat(profile.calendar().holidays()).hasSize(13);
    ProfileException e = catchProfile("profile: {id: x, name: 某镇}\ncalendar: {preset: MARS}\n");
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactly(tuple("/calendar/preset", 2, "profile.preset.unknown"));
  }

  @Test
  void R_CORE_6_fieldsBesideAPresetAreMergedOverItAsAMergePatch() {
    // a list replaces the preset's, a scalar overrides it, null removes a field (the make-up
    // workdays, which fall on Saturdays the new weekend no longer rests), the rest is the preset's
    CountyProfile profile = LOADER.parse("profile: {id: x, name: 某镇}\n"
        + "calendar:\n  preset: CHINA_2024_2025\n  weekend: [SUNDAY]\n  zone: Asia/Urumqi\n"
        + "  workdays: null\n", "x.yaml");
    assertThat(profile.calendar().zone()).isEqualTo(java.time.ZoneId.of("Asia/Urumqi"));
    assertThat(profile.calendar().holidays()).hasSize(13);
    assertThat(profile.calendar().isWorkingDay(LocalDate.of(2024, 3, 2))).isTrue();   // a Saturday
    assertThat(profile.calendar().isWorkingDay(LocalDate.of(2024, 3, 3))).isFalse();  // a Sunday
    assertThat(profile.calendar().isWorkingDay(LocalDate.of(2024, 2, 4))).isFalse();
    // without its make-up workdays, 2024-02-04 (a Sunday) is a rest day
    CountyProfile noWorkdays = LOADER.parse("profile: {id: x, name: 某镇}\n"
        + "calendar: {preset: CHINA_2024_2025, workdays: null}\n", "x.yaml");
    assertThat(noWorkdays.calendar().isWorkingDay(LocalDate.of(2024, 2, 4))).isFalse();
    // a bad override is reported at its own line, not the preset's
    ProfileException e = catchProfile("profile: {id: x, name: 某镇}\n"
        + "calendar:\n  preset: CHINA_2024_2025\n  weekend: [FUNDAY]\n");
    assertThat(e.problems()).extracting(Problem::path, Problem::line)
        .contains(tuple("/calendar/weekend/0", 4));
  }

  @Test
  void R_CORE_6_thePublishedSchemaAcceptsWhatTheLoaderAcceptsAndRejectsUnknownSections()
      throws Exception {
    com.networknt.schema.Schema schema = com.networknt.schema.SchemaRegistry
        .withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
        .getSchema(LOADER.jsonSchema());
    com.fasterxml.jackson.databind.ObjectMapper yaml =
        io.github.xiangzhi.core.json.XiangzhiJson.newYamlMapper();
    assertThat(schema.validate(yaml.readTree(VALID))).isEmpty();
    assertThat(schema.validate(yaml.readTree(
        "profile: {id: x, name: 某镇}\ncalendar: {preset: CHINA_2024_2025}\n"))).isEmpty();
    assertThat(schema.validate(yaml.readTree("profile: {id: x, name: 某镇}\ngrids: {}\n")))
        .isNotEmpty();
  }

  @Test
  void R_CORE_6_theSchemaIsGeneratedFromTheSectionTypes() {
    JsonNode schema = LOADER.jsonSchema();
    assertThat(schema.get("$schema").asText()).contains("2020-12");
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    assertThat(schema.get("required")).extracting(JsonNode::asText).containsExactly("profile");
    assertThat(schema.get("properties").fieldNames()).toIterable()
        .contains("profile", "calendar", "specialGroups");
    JsonNode holiday = schema.get("$defs").get("Holiday");
    assertThat(holiday.get("required")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("name", "from", "to");
    assertThat(holiday.get("additionalProperties").asBoolean()).isFalse();
  }

  @Test
  void R_CORE_6_assembleChecksSectionsBuiltInCode() {
    ProfileInfo info = ProfileInfo.builder().id("x").name("某镇").build();
    CountyProfile profile = LOADER.assemble(Map.of("profile", info));
    assertThat(profile.info()).isEqualTo(info);
    assertThat(profile.calendar()).isEqualTo(GovernanceCalendar.standard());
    assertThatThrownBy(() -> LOADER.assemble(Map.of("profile", info, "grids", info)))
        .isInstanceOf(ProfileException.class)
        .satisfies(t -> assertThat(((ProfileException) t).problems()).extracting(Problem::path)
            .containsExactly("/grids"));
    assertThatThrownBy(() -> LOADER.assemble(Map.of("calendar", info)))
        .satisfies(t -> assertThat(((ProfileException) t).problems()).extracting(Problem::path)
            .containsExactlyInAnyOrder("/calendar", "/profile"));
  }

  static ProfileException catchProfile(String text) {
    try {
      LOADER.parse(text, "broken.yaml");
    } catch (ProfileException e) {
      assertThat(e.problems()).isNotEmpty();
      return e;
    }
    throw new AssertionError("loaded: " + text);
  }

  static List<Problem> problems(String text) {
    return catchProfile(text).problems();
  }
}
