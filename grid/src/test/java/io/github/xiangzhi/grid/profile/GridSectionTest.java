package io.github.xiangzhi.grid.profile;

import static io.github.xiangzhi.testkit.core.Problems.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.privacy.Disclosure;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.core.profile.ProfileSectionType;
import io.github.xiangzhi.grid.hierarchy.CoverageReport;
import io.github.xiangzhi.grid.scope.RoleView;
import io.github.xiangzhi.grid.scope.StaffScope;
import io.github.xiangzhi.grid.staff.RuleResult;
import io.github.xiangzhi.grid.staff.StaffingReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridSectionTest {
  static final ProfileLoader LOADER = ProfileLoader.standard();
  static final LocalDate ON = LocalDate.of(2024, 6, 1);

  static GridSectionType type() {
    return (GridSectionType) LOADER.sectionType("grid").orElseThrow();
  }

  static CountyProfile load(String preset) {
    String doc = "profile: {id: p, name: 预设}\ngrid:\n" + type().presets().get(preset).indent(2);
    return LOADER.parse(doc, preset);
  }

  @Test
  void R_GRID_1_everySourcePresetLoadsFullyCoveredAndStaffed() {
    assertThat(type().presets().keySet())
        .containsExactly("ANLAN", "CHANGZHI", "SHANGBA", "GONGXIAN", "WEITUO");
    for (String preset : type().presets().keySet()) {
      GridSection grid = load(preset).section(GridSection.class).orElseThrow();
      assertThat(grid.levelScheme().code()).isEqualTo(preset);
      CoverageReport coverage = grid.coverage(ON);
      assertThat(coverage.problems()).as(preset).isEmpty();
      StaffingReport staffing = grid.staffingReport(ON);
      assertThat(staffing.violations()).as(preset).isEmpty();
      assertThat(staffing.results()).as(preset).allSatisfy(r ->
          assertThat(r.coverage()).isEqualTo(Share.ALL));
      assertThat(LOADER.parse(LOADER.toYaml(load(preset)), "again")).isEqualTo(load(preset));
      assertThat(LOADER.parse(LOADER.toJson(load(preset)), "again")).isEqualTo(load(preset));
    }
  }

  @Test
  void R_GRID_6_theWeituoPresetAnswersWhoIsResponsibleForAHousehold() {
    GridSection weituo = load("WEITUO").section(GridSection.class).orElseThrow();
    assertThat(weituo.responsibilities().answerable(HouseholdId.of("wt-0004"), ON))
        .extracting(r -> r.responsibility().name() + r.people())
        .containsExactly("网格员、志愿者、乡贤包院落[wt-p06, wt-p07]", "机关干部、村干部、网格长包网格[wt-p04]",
            "主要领导包片[wt-p01]", "分管领导和驻村工作组包村(社区)[wt-p02]");
    StaffScope worker = StaffScope.of(weituo.hierarchy(), weituo.staffing(),
        PersonId.of("wt-p06"), weituo.scopePolicy(), Disclosure.none());
    assertThat(worker.capture().roots()).containsExactly(UnitId.of("wt-sq-g1-y1"),
        UnitId.of("wt-sq-g1-y2"));
    assertThat(worker.view().roots()).containsExactly(UnitId.of("wt-sq"));
  }

  @Test
  void R_GRID_4_theChangzhiPresetCarriesLegalServiceCoverage() {
    GridSection changzhi = load("CHANGZHI").section(GridSection.class).orElseThrow();
    RuleResult legal = changzhi.staffingReport(ON).result("LEGAL_SERVICE_COVERAGE").orElseThrow();
    assertThat(legal.checked()).isEqualTo(3);
    assertThat(legal.coverage()).isEqualTo(Share.ALL);
    assertThat(changzhi.hierarchy().unitsInGroup("PILOT_VILLAGE"))
        .containsExactly(UnitId.of("cz-v1"));
    assertThat(type().summary(changzhi, Locale.ENGLISH)).isEqualTo(
        "scheme CHANGZHI (Changzhi five-level channel): 8 units, 7 households, 15 staff, 4 rule(s)");
    assertThat(type().summary(changzhi, Locale.CHINA)).isEqualTo(
        "层级体系 CHANGZHI(市—县(区)—乡镇(街道)—村(社区)—网格五级通道):8 个单元、7 户、15 名工作人员、"
            + "4 条规则");
  }

  @Test
  void R_GRID_2_everyProblemOfTheSectionIsReportedWithItsIndexPathAndLine() {
    String broken = String.join("\n",
        "profile: {id: x, name: 某镇, division: '500117'}",
        "grid:",
        "  scheme: WEITUO",
        "  units:",
        "    - {id: wt, level: TOWN, name: 渭沱镇, division: '500117116000'}",     // 5
        "    - {id: v1, parent: wt, level: VILLAGE, name: 甲村, division: '500118001001'}",
        "    - {id: g1, parent: nowhere, level: GRID, name: 失联网格}",             // 7
        "    - {id: v1, parent: wt, level: VILLAGE, name: 重复}",                  // 8
        "    - {id: c1, parent: wt, level: COURTYARD, name: 越级院落}",             // 9
        "  households: |",                                                       // 10
        "    household,unit",
        "    h1,c1",
        "    h1,v1",
        "    h 2,c1",
        "  roles: [{code: GRID_WORKER, name: 网格员}]",
        "  staff:",
        "    - {id: p1, name: 甲, roles: [GRID_WORKER]}",
        "    - {id: p2, name: 乙, roles: [POLICE]}",                             // 18
        "  assignments:",
        "    - {person: p1, unit: ghost, role: GRID_WORKER}",                    // 20
        "  rules:",
        "    - {code: R1, name: 规则, kind: PER_UNIT, level: HAMLET, roles: [GRID_WORKER]}", // 22
        "");
    ProfileException e = catching(broken);
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("/grid/units/3/id", 8, "core.duplicate"),
            tuple("/grid/households", 10, "grid.csv.invalid"),
            // a households CSV with a malformed row adds no row: h1's two units come next time
            tuple("/grid/units/2/parent", 7, "grid.unit.parent.unknown"),
            tuple("/grid/units/4/parent", 9, "grid.unit.level.order"),
            tuple("/grid/staff/1/roles", 18, "grid.role.unknown"));
    assertThat(e.report(Locale.ENGLISH)).contains(
        "/grid/households: Line 4: invalid household 'h 2'",
        "/grid/units/2/parent: Unit 'g1' names an unknown parent 'nowhere'");
    // once the hierarchy and staff are sound, the rules, assignments and divisions are checked
    String second = broken.replace("parent: nowhere", "parent: v1")
        .replace("    - {id: v1, parent: wt, level: VILLAGE, name: 重复}", "    - {id: v2, parent: wt, level: VILLAGE, name: 乙村}")
        .replace("parent: wt, level: COURTYARD", "parent: g1, level: COURTYARD")
        .replace("    h 2,c1\n", "").replace("roles: [POLICE]", "roles: [GRID_WORKER]");
    e = catching(second);
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("/grid/households", 10, "grid.household.twoUnits"),
            tuple("/grid/households", 10, "grid.household.unit.notLeaf"));
    String third = second.replace("    h1,v1\n", "");
    e = catching(third);
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("/grid/assignments/0/unit", 18, "grid.assignment.unit.unknown"),
            tuple("/grid/rules/0/level", 20, "grid.rule.level.unknown"));
    // checks against the profile section run once the section itself is sound
    e = catching(third.replace("unit: ghost", "unit: g1").replace("level: HAMLET", "level: GRID"));
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("/grid/units/1/division", 6, "grid.section.division.outside"),
            tuple("/grid/units/1/division", 6, "grid.section.division.parent"));
    assertThat(e.report(Locale.CHINA)).contains("单元“v1”的区划代码 500118001001 不在本配置的区划 500117 范围内");
  }

  @Test
  void R_GRID_1_aUnitIdNotInItsFormSaysWhatAnIdIsNotTheRegularExpression() {
    ProfileException e = catching("profile: {id: x, name: 某镇}\ngrid:\n  scheme: WEITUO\n"
        + "  units:\n    - {id: 'bad id!', level: TOWN, name: 渭沱镇}\n");
    assertThat(e.problems()).extracting(Problem::path, p -> p.message(Locale.ENGLISH))
        .containsExactly(tuple("/grid/units/0/id", "'bad id!' is not a valid id: use 1 to 64 "
            + "letters, digits or . _ : / -, starting with a letter or digit"));
  }

  @Test
  void R_GRID_4_aRuleKindInAProblemIsNamedInTheReadersLanguage() {
    ProfileException e = catching(String.join("\n",
        "profile: {id: x, name: 某镇}",
        "grid:",
        "  scheme: WEITUO",
        "  units: [{id: wt, level: TOWN, name: 渭沱镇}]",
        "  roles: [{code: GRID_WORKER, name: 网格员}]",
        "  rules:",
        "    - {code: R1, name: 规则, kind: PER_UNIT, level: TOWN, roles: [GRID_WORKER],",
        "       team: [{role: GRID_WORKER, min: 1}]}",
        ""));
    assertThat(e.problems()).extracting(p -> p.message(Locale.CHINA))
        .containsExactly("类型为 每单元人数 的规则 R1 不能有组团成员");
    assertThat(e.problems()).extracting(p -> p.message(Locale.ENGLISH))
        .containsExactly("Rule R1 of kind people per unit cannot have a team");
  }

  @Test
  void R_GRID_1_theSchemeIsAPresetCodeOrTheCountysOwn() {
    assertThat(catching("profile: {id: x, name: 某镇}\ngrid: {scheme: NOWHERE}\n").problems())
        .extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/grid/scheme", "grid.section.scheme.unknown"));
    assertThat(catching("profile: {id: x, name: 某镇}\ngrid: {units: []}\n").problems())
        .extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/grid/scheme", "grid.section.scheme.missing"));
    CountyProfile own = LOADER.parse(String.join("\n",
        "profile: {id: x, name: 某镇}",
        "grid:",
        "  customScheme:",
        "    code: HAMLETS",
        "    name: 镇—自然村",
        "    levels: [{code: TOWN, name: 镇}, {code: HAMLET, name: 自然村}]",
        "  units: [{id: t, level: TOWN, name: 某镇}, {id: h, parent: t, level: HAMLET, name: 甲}]",
        ""), "own.yaml");
    assertThat(own.section(GridSection.class).orElseThrow().hierarchy().unitsAt("HAMLET"))
        .containsExactly(UnitId.of("h"));
  }

  @Test
  void R_GRID_1_aSchemeGivenBothAsAPresetCodeAndAsTheCountysOwnIsRefused() {
    String both = String.join("\n",
        "profile: {id: x, name: 某镇}",
        "grid:",
        "  scheme: WEITUO",                                                       // 3
        "  customScheme:",
        "    code: HAMLETS",
        "    name: 镇—自然村",
        "    levels: [{code: TOWN, name: 镇}, {code: HAMLET, name: 自然村}]",
        "  units: [{id: t, level: TOWN, name: 某镇}, {id: h, parent: t, level: HAMLET, name: 甲}]",
        "");
    ProfileException e = thrown(ProfileException.class, () -> LOADER.parse(both, "both.yaml"));
    // which scheme the units follow is unknown, so they are not checked against either
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey,
            Problem::arguments)
        .containsExactly(tuple("/grid/scheme", 3, "grid.section.scheme.both", List.of()));
    assertThat(e.problems().get(0).message(Locale.ENGLISH))
        .isEqualTo("Give scheme or customScheme, not both");
    assertThat(e.problems().get(0).message(Locale.CHINA))
        .isEqualTo("scheme 与 customScheme 只能二选一");
    assertThat(LOADER.parse(both.replace("  scheme: WEITUO\n", ""), "own.yaml")
        .section(GridSection.class).orElseThrow().levelScheme().code()).isEqualTo("HAMLETS");
  }

  @Test
  void R_GRID_7_aScopePolicyNamingAnUnknownRoleOrALevelTheSchemeLacksIsRefusedAtItsPointer() {
    String scopes = String.join("\n",
        "profile: {id: x, name: 渭沱镇}",
        "grid:",
        "  scheme: WEITUO",
        "  units:",
        "    - {id: wt, level: TOWN, name: 渭沱镇}",
        "    - {id: v1, parent: wt, level: VILLAGE, name: 甲村}",
        "  roles: [{code: GRID_WORKER, name: 网格员}, {code: GRID_LEADER, name: 网格长}]",
        "  scopes:",
        "    viewOnlyRoles: [AUDITOR]",                                            // 9
        "    views:",
        "      - {role: GRID_LEADER, level: VILLAGE}",
        "      - {role: GRID_WORKER, level: HAMLET}",                              // 12
        "      - {role: POLICE, level: GRID}",                                     // 13
        "");
    ProfileException e = thrown(ProfileException.class, () -> LOADER.parse(scopes, "s.yaml"));
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey,
            Problem::arguments)
        .containsExactly(
            tuple("/grid/scopes/viewOnlyRoles", 9, "grid.role.unknown", List.of("AUDITOR")),
            tuple("/grid/scopes/views/1/level", 12, "grid.level.unknown",
                List.of("HAMLET", "WEITUO")),
            tuple("/grid/scopes/views/2/role", 13, "grid.role.unknown", List.of("POLICE")));
    assertThat(e.report(Locale.ENGLISH)).contains(
        "/grid/scopes/views/1/level: Level HAMLET is not in scheme WEITUO",
        "/grid/scopes/views/2/role: Unknown role POLICE");
    assertThat(e.report(Locale.CHINA)).contains(
        "/grid/scopes/views/1/level: 层级 HAMLET 不属于层级体系 WEITUO",
        "/grid/scopes/viewOnlyRoles: 未知角色 AUDITOR");
    // the levels are the section's own scheme's: HAMLET is one of HAMLETS, VILLAGE is not
    String own = String.join("\n",
        "profile: {id: x, name: 某镇}",
        "grid:",
        "  customScheme:",
        "    code: HAMLETS",
        "    name: 镇—自然村",
        "    levels: [{code: TOWN, name: 镇}, {code: HAMLET, name: 自然村}]",
        "  units: [{id: t, level: TOWN, name: 某镇}, {id: h, parent: t, level: HAMLET, name: 甲}]",
        "  roles: [{code: GRID_WORKER, name: 网格员}, {code: GRID_LEADER, name: 网格长}]",
        "  scopes:",
        "    views:",
        "      - {role: GRID_WORKER, level: HAMLET}",
        "      - {role: GRID_LEADER, level: VILLAGE}",                             // 12
        "");
    e = thrown(ProfileException.class, () -> LOADER.parse(own, "own.yaml"));
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey,
            Problem::arguments)
        .containsExactly(tuple("/grid/scopes/views/1/level", 12, "grid.level.unknown",
            List.of("VILLAGE", "HAMLETS")));
    GridSection fixed = LOADER.parse(own.replace("level: VILLAGE", "level: TOWN"), "fixed.yaml")
        .section(GridSection.class).orElseThrow();
    assertThat(fixed.scopePolicy().views()).extracting(RoleView::level)
        .containsExactly("HAMLET", "TOWN");
  }

  @Test
  void R_GRID_4_aRuleElementTypeOrWorkListCodeGivenTwiceIsRefusedAtTheSecond() {
    String doc = String.join("\n",
        "profile: {id: x, name: 渭沱镇}",
        "grid:",
        "  scheme: WEITUO",
        "  units:",
        "    - {id: wt, level: TOWN, name: 渭沱镇}",
        "  roles: [{code: GRID_WORKER, name: 网格员}]",
        "  rules:",
        "    - {code: R1, name: 甲, kind: PER_UNIT, level: TOWN, roles: [GRID_WORKER]}",
        "    - {code: R1, name: 乙, kind: PER_UNIT, level: TOWN, roles: [GRID_WORKER]}",  // 9
        "  elementTypes:",
        "    - {code: WELL, name: 水井, kind: PLACE}",
        "    - {code: WELL, name: 古井, kind: PLACE}",                                   // 12
        "  workLists:",
        "    - {code: W1, name: 清单甲, links: [], tasks: []}",
        "    - {code: W1, name: 清单乙, links: [], tasks: []}",                          // 15
        "");
    ProfileException e = thrown(ProfileException.class, () -> LOADER.parse(doc, "d.yaml"));
    assertThat(e.problems()).filteredOn(p -> p.messageKey().equals("core.duplicate"))
        .extracting(Problem::path, Problem::line, Problem::arguments)
        .containsExactly(tuple("/grid/rules/1/code", 9, List.of("code", "R1", "0")),
            tuple("/grid/elementTypes/1/code", 12, List.of("code", "WELL", "0")),
            tuple("/grid/workLists/1/code", 15, List.of("code", "W1", "0")));
  }

  @Test
  void R_GRID_2_aLooseGroupDeclaredThreeWaysNamesEachLaterDeclaration() {
    String groups = String.join("\n",
        "profile: {id: x, name: 渭沱镇}",
        "grid:",
        "  scheme: WEITUO",
        "  groups:",
        "    - {code: KEY_GRID, name: 重点网格}",
        "    - {code: KEY_GRID, name: 要点网格}",                                      // 6
        "    - {code: KEY_GRID, name: 重点网格}",
        "    - {code: KEY_GRID, name: 关键网格}",                                      // 8
        "  units:",
        "    - {id: wt, level: TOWN, name: 渭沱镇}",
        "");
    ProfileException e = thrown(ProfileException.class, () -> LOADER.parse(groups, "g.yaml"));
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactly(tuple("/grid/groups/1", 6, "grid.group.duplicate"),
            tuple("/grid/groups/3", 8, "grid.group.duplicate"));
  }

  @Test
  void R_GRID_2_groupProblemsOfTheSectionPointAtTheLaterDeclarationByIndex() {
    String groups = String.join("\n",
        "profile: {id: x, name: 渭沱镇}",
        "grid:",
        "  scheme: WEITUO",
        "  groupSets:",
        "    - code: VILLAGE_TYPE",
        "      name: 村类型",
        "      groups: [{code: PILOT, name: 试点村}, {code: ORDINARY, name: 普通村}]",
        "    - code: SIZE",                                                        // 8
        "      name: 规模",
        "      groups: [{code: BIG, name: 大村}, {code: PILOT, name: 示范村}]",     // 10
        "    - code: VILLAGE_TYPE",                                                // 11
        "      name: 村分类",
        "      groups: [{code: PILOT, name: 试点村}, {code: ORDINARY, name: 普通村}]",
        "  groups:",
        "    - {code: KEY_GRID, name: 重点网格}",
        "    - {code: BIG, name: 大型村}",                                            // 16
        "    - {code: KEY_GRID, name: 重点网格}",
        "    - {code: KEY_GRID, name: 要点网格}",                                      // 18
        "  units:",
        "    - {id: wt, level: TOWN, name: 渭沱镇}",
        "    - {id: v1, parent: wt, level: VILLAGE, name: 甲村, groups: [PILOT, ORDINARY]}",
        "    - {id: v2, parent: wt, level: VILLAGE, name: 乙村, groups: [MODEL]}",  // 22
        "");
    ProfileException e = thrown(ProfileException.class, () -> LOADER.parse(groups, "g.yaml"));
    // a set given twice is one duplicate code at the second; a group clashing with one
    // declared before points at the later declaration; the same loose group again is harmless
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey,
            Problem::arguments)
        .containsExactly(
            tuple("/grid/groupSets/1/groups/1", 10, "grid.group.duplicate", List.of("PILOT")),
            tuple("/grid/groupSets/2/code", 11, "core.duplicate",
                List.of("code", "VILLAGE_TYPE", "0")),
            tuple("/grid/groups/1", 16, "grid.group.duplicate", List.of("BIG")),
            tuple("/grid/groups/3", 18, "grid.group.duplicate", List.of("KEY_GRID")),
            tuple("/grid/units/1/groups", 21, "grid.unit.group.exclusive",
                List.of("v1", "[PILOT, ORDINARY]", "VILLAGE_TYPE")),
            tuple("/grid/units/2/groups", 22, "grid.unit.group.unknown", List.of("v2", "MODEL")));
    assertThat(e.report(Locale.ENGLISH)).contains(
        "/grid/groups/3: Group or group set KEY_GRID is declared twice, differently");
    assertThat(e.report(Locale.CHINA)).contains(
        "/grid/groupSets/1/groups/1: 分组或分组集 PILOT 被重复定义且内容不同");
    // the second VILLAGE_TYPE the same as the first: still a duplicate entry of the list
    assertThat(thrown(ProfileException.class,
        () -> LOADER.parse(groups.replace("name: 村分类", "name: 村类型"), "g.yaml")).problems())
        .extracting(Problem::path, Problem::messageKey)
        .contains(tuple("/grid/groupSets/2/code", "core.duplicate"))
        .doesNotContain(tuple("/grid/groupSets/0", "grid.group.duplicate"));
  }

  @Test
  void R_GRID_1_aUnitAtALevelTheSchemeLacksOrOnACycleIsAProblemAtItsIndex() {
    String units = String.join("\n",
        "profile: {id: x, name: 渭沱镇}",
        "grid:",
        "  scheme: WEITUO",
        "  units:",
        "    - {id: wt, level: TOWN, name: 渭沱镇}",
        "    - {id: h1, parent: wt, level: HAMLET, name: 自然村}",                   // 6
        "    - {id: c2, parent: c1, level: VILLAGE, name: 乙村}",                    // 7
        "    - {id: c1, parent: c2, level: GRID, name: 甲网格}",                      // 8
        "");
    ProfileException e = thrown(ProfileException.class, () -> LOADER.parse(units, "u.yaml"));
    // the cycle is reported once, at its smallest id (c1, not the first listed); VILLAGE under
    // GRID is out of order too
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey,
            Problem::arguments)
        .containsExactly(
            tuple("/grid/units/1/level", 6, "grid.unit.level.unknown",
                List.of("h1", "HAMLET", "WEITUO")),
            tuple("/grid/units/2/parent", 7, "grid.unit.level.order",
                List.of("c2", "VILLAGE", "c1", "GRID")),
            tuple("/grid/units/3/parent", 8, "grid.unit.cycle", List.of("[c2, c1]")));
    assertThat(e.report(Locale.ENGLISH)).contains(
        "/grid/units/1/level: Unit 'h1' has level HAMLET, which scheme WEITUO does not have");
    assertThat(e.report(Locale.CHINA)).contains(
        "/grid/units/3/parent: 单元 [c2, c1] 互为上级,形成循环");
  }

  @Test
  void R_GRID_1_theExampleOfTheJavadocLoads() {
    GridSection grid = LOADER.parse(String.join("\n",
        "profile: {id: x, name: 渭沱镇}",
        "grid:",
        "  scheme: WEITUO",
        "  units:",
        "    - {id: weituo, level: TOWN, name: 渭沱镇}",
        "    - {id: liwan, parent: weituo, level: VILLAGE, name: 李湾村, groups: [PILOT_VILLAGE]}",
        "    - {id: liwan-1, parent: liwan, level: GRID, name: 李湾一网格}",
        "  households: |",
        "    household,unit",
        "    lw-001,liwan-1",
        "  roles: [{code: GRID_WORKER, name: 网格员}]",
        "  staff: [{id: p1, name: 张网格, roles: [GRID_WORKER]}]",
        "  assignments: [{person: p1, unit: liwan-1, role: GRID_WORKER}]",
        "  rules:",
        "    - {code: WORKER_PER_GRID, name: 每格一员, kind: PER_UNIT, level: GRID, "
            + "roles: [GRID_WORKER]}",
        ""), "example.yaml").section(GridSection.class).orElseThrow();
    assertThat(grid.hierarchy().householdsWithin(UnitId.of("weituo")))
        .containsExactly(HouseholdId.of("lw-001"));
    assertThat(grid.staffingReport(ON).isSatisfied()).isTrue();
    assertThat(grid.coverage(ON).isComplete()).isTrue();
  }

  @Test
  void R_CORE_6_theSchemaDescribesTheGridSection() {
    JsonNode schema = LOADER.jsonSchema();
    assertThat(schema.get("properties").has("grid")).isTrue();
    JsonNode grid = schema.get("$defs").get("GridSection");
    assertThat(grid.get("properties").fieldNames()).toIterable().contains("scheme",
        "customScheme", "units", "households", "roles", "staff", "assignments", "rules", "scopes",
        "groupSets", "elementTypes");
    assertThat(schema.get("$defs").get("StaffingRule").get("required"))
        .extracting(JsonNode::asText).containsExactlyInAnyOrder("code", "name", "kind", "level");
  }

  @Test
  void R_CORE_6_theGridSectionTypeIsRegistered() {
    assertThat(LOADER.sectionTypes()).extracting(ProfileSectionType::name).contains("grid");
    Map<String, String> presets = type().presets();
    assertThat(presets.get("WEITUO")).contains("包院落");
  }

  static ProfileException catching(String doc) {
    try {
      LOADER.parse(doc, "test.yaml");
    } catch (ProfileException e) {
      return e;
    }
    throw new AssertionError("nothing thrown");
  }
}
