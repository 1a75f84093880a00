package io.github.xiangzhi.grid.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.grid.profile.GridSection;
import io.github.xiangzhi.grid.profile.GridSectionType;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BodyTest {
  static final ProfileLoader LOADER = ProfileLoader.standard();

  static GridSection preset(String code) {
    GridSectionType type = (GridSectionType) LOADER.sectionType("grid").orElseThrow();
    String doc = "profile: {id: p, name: 预设}\ngrid:\n" + type.presets().get(code).indent(2);
    return LOADER.parse(doc, code).section(GridSection.class).orElseThrow();
  }

  static ProfileException catching(String document) {
    return catchThrowableOfType(() -> LOADER.parse(document, "test.yaml"),
        ProfileException.class);
  }

  @Test
  void aReferenceNamesABodyOrOneOfItsDesks() {
    BodyRef office = BodyRef.parse("PARTY_MASS_OFFICE");
    BodyRef publicity = BodyRef.parse("PARTY_MASS_OFFICE/PUBLICITY");
    BodyRef organisation = BodyRef.of("PARTY_MASS_OFFICE", "ORGANISATION");
    assertThat(publicity.body()).isEqualTo("PARTY_MASS_OFFICE");
    assertThat(publicity.desk()).contains("PUBLICITY");
    assertThat(office.desk()).isEmpty();
    assertThat(publicity.toString()).isEqualTo("PARTY_MASS_OFFICE/PUBLICITY");
    assertThat(publicity.wholeBody()).isEqualTo(office);
    assertThat(office.overlaps(publicity)).isTrue();
    assertThat(publicity.overlaps(office)).isTrue();
    assertThat(publicity.overlaps(organisation)).isFalse();
    assertThat(publicity.overlaps(BodyRef.of("PEACE_OFFICE"))).isFalse();
    for (String bad : List.of("", "peace_office", "PEACE_OFFICE/", "/DESK", "A/B/C", "平安办")) {
      InvalidValueException e = catchThrowableOfType(() -> BodyRef.parse(bad),
          InvalidValueException.class);
      assertThat(e.messageKey()).as(bad).isEqualTo("grid.body.ref.syntax");
      assertThat(e.message(Locale.ENGLISH)).contains("'" + bad + "'");
      assertThat(e.message(Locale.CHINA)).contains("“" + bad + "”");
    }
  }

  @Test
  void aBodyChecksItsCodesDesksAndMembersWithPaths() {
    InvalidValueException e = catchThrowableOfType(() -> Body.builder().code("peace").name(" ")
        .sphere(BodySphere.TOWNSHIP).kind("town dept")
        .addDesks(Desk.of("PUBLICITY", "宣传", "publicity"), Desk.of("PUBLICITY", "宣传", "again"))
        .addMembers(BodyMember.of("p1", "TOWN_CADRE"),
            BodyMember.builder().person(PersonId.of("p2")).desk("ORGANISATION").build(),
            BodyMember.of("p1", "TOWN_CADRE"))
        .build(), InvalidValueException.class);
    assertThat(e.violations()).extracting(v -> v.path() + " " + v.messageKey()).containsExactly(
        "/code core.code.syntax", "/name core.blank", "/kind core.code.syntax",
        "/desks/1/code core.duplicate", "/members/2/person core.duplicate",
        "/members/1/desk grid.body.desk.unknown");
    assertThat(e.violations().get(5).message(Locale.CHINA)).isEqualTo("机构 peace 没有科室 ORGANISATION");
  }

  @Test
  void theRegistryResolvesCodesKindsUnitsAndMembers() {
    GridSection anlan = preset("ANLAN");
    BodyRegistry bodies = anlan.bodyRegistry();
    assertThat(bodies.size()).isEqualTo(14);
    assertThat(bodies.resolves("PEACE_OFFICE")).isTrue();
    assertThat(bodies.resolves("TWO_COMMITTEES")).isTrue(); // a kind
    assertThat(bodies.resolves("VILLAGE_REASONING_HALL")).isTrue();
    assertThat(bodies.resolves("TOWN_HALL")).isFalse();
    assertThat(bodies.resolves(BodyRef.parse("PARTY_MASS_OFFICE/PUBLICITY"))).isTrue();
    assertThat(bodies.resolves(BodyRef.parse("PARTY_MASS_OFFICE/FINANCE"))).isFalse();
    assertThat(bodies.resolves(BodyRef.parse("PEACE_OFFICE/PUBLICITY"))).isFalse();
    assertThat(bodies.resolve("TOWN_DEPARTMENT")).extracting(Body::code).containsExactly(
        "PEACE_OFFICE", "PARTY_MASS_OFFICE", "CIVIL_AFFAIRS_OFFICE", "JUDICIAL_OFFICE",
        "AGRICULTURE_CENTRE", "CULTURE_CENTRE", "PLANNING_OFFICE", "EMERGENCY_OFFICE",
        "ECOLOGY_CENTRE");
    assertThat(bodies.resolve("DISTRICT_COURT")).extracting(Body::sphere)
        .containsExactly(BodySphere.OUTSIDE);
    assertThat(bodies.at(UnitId.of("al-v1"), "TWO_COMMITTEES").map(Body::code))
        .contains("AL_V1_TWO_COMMITTEES");
    assertThat(bodies.at(UnitId.of("al-v1-b1"), "TWO_COMMITTEES")).isEmpty();
    assertThat(bodies.at(UnitId.of("al-v1"))).extracting(Body::code)
        .containsExactly("AL_V1_TWO_COMMITTEES", "AL_V1_REASONING_HALL");
    assertThat(bodies.of(PersonId.of("al-p15"))).extracting(Body::code)
        .containsExactly("JUDICIAL_OFFICE", "PEOPLES_MEDIATION_COMMITTEE");
    assertThat(bodies.body("PARTY_MASS_OFFICE").orElseThrow().desk("PUBLICITY").orElseThrow()
        .displayName(Locale.ENGLISH)).isEqualTo("publicity");
    assertThat(BodySphere.OUTSIDE.text(Locale.CHINA)).isEqualTo("外部");
    assertThat(BodySphere.TOWNSHIP.text(Locale.ENGLISH)).isEqualTo("township");
    InvalidValueException e = catchThrowableOfType(() -> BodyRegistry.of(List.of(
        bodies.bodies().get(0), bodies.bodies().get(1), bodies.bodies().get(0))),
        InvalidValueException.class);
    assertThat(e.violations()).extracting(Object::toString)
        .containsExactly("/2/code: Duplicate code 'PEACE_OFFICE': item 0 already has it");
  }

  static final String SECTION = String.join("\n",
      "profile: {id: x, name: 某镇}",
      "grid:",
      "  scheme: SHANGBA",
      "  units:",
      "    - {id: sb, level: TOWN, name: 上坝镇}",
      "    - {id: v1, parent: sb, level: VILLAGE, name: 甲村}",
      "    - {id: g1, parent: v1, level: GROUP, name: 一组}",
      "  households: |",
      "    household,unit",
      "    h1,g1",
      "  roles:",
      "    - {code: VILLAGE_CADRE, name: 村干部}",
      "    - {code: SUPERVISOR, name: 监委会成员}",
      "  staff:",
      "    - {id: p1, name: 甲, roles: [VILLAGE_CADRE]}",
      "    - {id: p2, name: 乙, roles: [SUPERVISOR]}",
      "  bodies:",
      "    - {code: V1_TWO_COMMITTEES, name: 甲村两委, sphere: VILLAGE, kind: TWO_COMMITTEES, unit: v1,", // 18
      "       members: [{person: p1, role: VILLAGE_CADRE}]}",
      "    - {code: V1_SUPERVISORY, name: 监委会, sphere: VILLAGE, unit: v9,",            // 20
      "       members: [{person: p2, role: VILLAGE_CADRE},",                               // 21
      "                 {person: p7, role: SUPERVISOR},",                                  // 22
      "                 {person: p1, role: JUDGE}]}",                                      // 23
      "    - {code: V1_TWO_COMMITTEES, name: 重复, sphere: VILLAGE}",                      // 24
      "");

  @Test
  void bodiesNamingUnknownUnitsStaffAndRolesAreProblemsWithPathsAndLines() {
    ProfileException e = catching(SECTION);
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("/grid/bodies/2/code", 24, "core.duplicate"),
            tuple("/grid/bodies/1/unit", 20, "grid.body.unit.unknown"),
            tuple("/grid/bodies/1/members/0/role", 21, "grid.body.member.role.notHeld"),
            tuple("/grid/bodies/1/members/1/person", 22, "grid.body.member.unknown"),
            tuple("/grid/bodies/1/members/2/role", 23, "grid.body.member.role.unknown"));
    assertThat(e.report(Locale.ENGLISH)).contains(
        "/grid/bodies/1/unit: Body V1_SUPERVISORY is attached to an unknown unit 'v9'",
        "/grid/bodies/1/members/0/role: Body V1_SUPERVISORY seats 'p2' in the role VILLAGE_CADRE,"
            + " which that staff member does not hold",
        "/grid/bodies/1/members/1/person: Body V1_SUPERVISORY names 'p7', who is not one of the"
            + " staff");
    assertThat(e.report(Locale.CHINA)).contains(
        "机构 V1_SUPERVISORY 所属单元“v9”不存在",
        "机构 V1_SUPERVISORY 以角色 JUDGE 安排“p1”,但网格配置未定义该角色");
    // nothing else was wrong: the fixed document loads
    String fixed = SECTION.replace("unit: v9", "unit: v1")
        .replace("{person: p2, role: VILLAGE_CADRE}", "{person: p2, role: SUPERVISOR}")
        .replace("                 {person: p7, role: SUPERVISOR},\n", "")
        .replace("{person: p1, role: JUDGE}", "{person: p1}")
        .replace("    - {code: V1_TWO_COMMITTEES, name: 重复, sphere: VILLAGE}\n", "");
    GridSection grid = LOADER.parse(fixed, "fixed.yaml").section(GridSection.class).orElseThrow();
    assertThat(grid.bodyRegistry().body("V1_SUPERVISORY").orElseThrow().memberIds())
        .containsExactly(PersonId.of("p2"), PersonId.of("p1"));
  }

  static final String GROUPS = String.join("\n",
      "specialGroups:",
      "  categories:",
      "    - {code: COMMUNITY_CORRECTION, name: 社区矫正对象, sensitivity: SENSITIVE, responsibleBody: JUDICIAL_OFFICE}",
      "    - {code: DRUG_USER, name: 吸毒人员, sensitivity: SENSITIVE, responsibleBody: POLICE_STATION}",
      "    - {code: VETERAN, name: 退役军人, sensitivity: GENERAL}",
      "    - {code: LEFT_BEHIND_ELDERLY, name: 留守老人, sensitivity: GENERAL, responsibleBody: TWO_COMMITTEES}",
      "");

  @Test
  void R_CORE_4_aCategorysResponsibleBodyMustBeABodyOfTheGridSection() {
    // 003: "点击相关特殊人员可对应显示管控单位和责任人"; JUDICIAL_OFFICE is a body, TWO_COMMITTEES a
    // kind; POLICE_STATION is missing from this grid section
    String document = SECTION.replace("unit: v9", "unit: v1")
        .replace("{person: p2, role: VILLAGE_CADRE}", "{person: p2, role: SUPERVISOR}")
        .replace("                 {person: p7, role: SUPERVISOR},\n", "")
        .replace("{person: p1, role: JUDGE}", "{person: p1}")
        .replace("    - {code: V1_TWO_COMMITTEES, name: 重复, sphere: VILLAGE}\n",
            "    - {code: JUDICIAL_OFFICE, name: 司法所, sphere: TOWNSHIP, unit: sb}\n")
        + GROUPS;
    ProfileException e = catching(document);
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactly(tuple("/grid/bodies", 17, "grid.section.specialGroup.body"));
    assertThat(e.report(Locale.ENGLISH)).contains("Special-group category DRUG_USER names the"
        + " responsible body POLICE_STATION (at /specialGroups/categories/1/responsibleBody),"
        + " which is neither the code nor the kind of any body of the grid section");
    assertThat(e.report(Locale.CHINA)).contains("特殊群体类别 DRUG_USER 的管控单位 POLICE_STATION"
        + "(见 /specialGroups/categories/1/responsibleBody)既不是网格配置中任何机构的代码,也不是其类型");
    // with the police station among the bodies the profile loads
    String withPolice = document.replace("    - {code: JUDICIAL_OFFICE,",
        "    - {code: POLICE_STATION, name: 派出所, sphere: OUTSIDE}\n    - {code: JUDICIAL_OFFICE,");
    assertThat(LOADER.parse(withPolice, "ok.yaml").section(GridSection.class)).isPresent();
    // without bodies in the grid section, or without a grid section, the check is skipped
    String noBodies = "profile: {id: x, name: 某镇}\ngrid:\n"
        + "  scheme: SHANGBA\n  units: [{id: sb, level: TOWN, name: 上坝镇}]\n" + GROUPS;
    assertThat(LOADER.parse(noBodies, "no-bodies.yaml").section(GridSection.class)).isPresent();
    assertThat(LOADER.parse("profile: {id: x, name: 某镇}\n" + GROUPS, "no-grid.yaml")
        .section(GridSection.class)).isEmpty();
  }

  @Test
  void GONGXIAN_theGridPresetHoldsEveryResponsibleUnitAndTheFiveCouncilsOfEachVillage() {
    // the examples module's GONGXIAN profile names these responsible bodies (003, 管控单位)
    GridSection gongxian = preset("GONGXIAN");
    BodyRegistry bodies = gongxian.bodyRegistry();
    for (String code : List.of("JUDICIAL_OFFICE", "POLICE_STATION", "HEALTH_CENTRE",
        "CIVIL_AFFAIRS_OFFICE", "PEACE_OFFICE", "VETERANS_STATION", "AGRICULTURE_CENTRE")) {
      assertThat(bodies.contains(code)).as(code).isTrue();
    }
    // 一约五会: 红白理事会、孝善理事会、村民议事会、禁毒禁赌会、道德评议会 in each village
    for (String village : List.of("gx-t1-v1", "gx-t1-v2")) {
      assertThat(bodies.at(UnitId.of(village))).extracting(b -> b.kind().orElseThrow())
          .containsExactly("RED_WHITE_COUNCIL", "FILIAL_PIETY_COUNCIL", "VILLAGERS_COUNCIL",
              "ANTI_DRUG_GAMBLING_COUNCIL", "MORAL_REVIEW_COUNCIL", "TWO_COMMITTEES");
    }
    assertThat(bodies.ofKind("RED_WHITE_COUNCIL")).extracting(b -> b.displayName(Locale.CHINA))
        .containsExactly("东村红白理事会", "西村红白理事会");
  }

  @Test
  void WEITUO_theGridPresetHoldsLiwansFourCouncilsTheRedCellGroupsAndTheGovernanceCommittee() {
    BodyRegistry bodies = preset("WEITUO").bodyRegistry();
    assertThat(bodies.at(UnitId.of("wt-v1"))).extracting(Body::name).containsExactly(
        "示例村\"两委\"", "民情恳谈会", "道德评议会", "事务协调会", "成效评议会");
    assertThat(bodies.ofKind("CONSULTATION_GROUP")).extracting(b -> b.unit().orElseThrow())
        .containsExactly(UnitId.of("wt-sq-g1"), UnitId.of("wt-v1-g1"));
    assertThat(bodies.body("GOVERNANCE_COMMITTEE").orElseThrow().name()).isEqualTo("治委会");
  }

  @Test
  void SHANGBA_theGridPresetHoldsAGroupCouncilPerGroupAndASupervisoryCommitteePerVillage() {
    GridSection shangba = preset("SHANGBA");
    BodyRegistry bodies = shangba.bodyRegistry();
    for (UnitId group : shangba.hierarchy().unitsAt("GROUP")) {
      assertThat(bodies.at(group, "GROUP_COUNCIL")).as(group.value()).isPresent();
    }
    for (UnitId village : shangba.hierarchy().unitsAt("VILLAGE")) {
      assertThat(bodies.at(village, "SUPERVISORY_COMMITTEE")).as(village.value()).isPresent();
      assertThat(bodies.at(village, "TWO_COMMITTEES")).as(village.value()).isPresent();
    }
    assertThatThrownBy(() -> bodies.bodies().add(bodies.bodies().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
