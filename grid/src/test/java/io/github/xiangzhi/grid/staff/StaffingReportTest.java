package io.github.xiangzhi.grid.staff;

import static io.github.xiangzhi.testkit.core.Problems.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.HierarchyBuilder;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.testkit.grid.GridGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StaffingReportTest {
  static final LocalDate ON = LocalDate.of(2024, 6, 1);

  /** A village of Changzhi's scheme with three grids. */
  static Hierarchy village() {
    return Hierarchy.builder(LevelSchemes.source("CHANGZHI").orElseThrow())
        .addUnit(Unit.root("city", "CITY", "长治市"))
        .addUnit(Unit.of("county", "city", "COUNTY", "某县"))
        .addUnit(Unit.of("town", "county", "TOWNSHIP", "某镇"))
        .addUnit(Unit.of("v", "town", "VILLAGE", "某村"))
        .addUnit(Unit.of("g1", "v", "GRID", "一网格"))
        .addUnit(Unit.of("g2", "v", "GRID", "二网格"))
        .addUnit(Unit.of("g3", "v", "GRID", "三网格"))
        .addUnit(Unit.builder().from(Unit.of("g4", "v", "GRID", "已撤网格"))
            .closed(LocalDate.of(2023, 1, 1)).build())
        .build();
  }

  static Staffing changzhiStaff() {
    return Staffing.builder()
        .addRoles(Role.of("GRID_WORKER", "网格员", "grid worker"),
            Role.builder().code("POLICE").name("网格驻警员").legalService(true).build(),
            Role.builder().code("AUXILIARY_POLICE").name("辅警").legalService(true).build(),
            Role.builder().code("LAWYER").name("律师").legalService(true).build())
        .addMembers(StaffMember.of("w1", "网格员甲", "GRID_WORKER"),
            StaffMember.of("w2", "网格员乙", "GRID_WORKER"),
            StaffMember.of("police1", "民警甲", "POLICE"),
            StaffMember.of("aux1", "辅警甲", "AUXILIARY_POLICE"),
            StaffMember.of("lawyer1", "律师甲", "LAWYER"))
        .addAssignments(
            Assignment.of("w1", "g1", "GRID_WORKER"), Assignment.of("w1", "g2", "GRID_WORKER"),
            Assignment.of("w2", "g3", "GRID_WORKER"),
            Assignment.of("police1", "g1", "POLICE"), Assignment.of("aux1", "g1",
                "AUXILIARY_POLICE"), Assignment.of("police1", "g2", "POLICE"),
            Assignment.of("lawyer1", "v", "LAWYER"))
        .build();
  }

  static final List<StaffingRule> CHANGZHI_RULES = List.of(
      StaffingRule.builder().code("POLICE_PER_GRID").name("网格+警员")
          .kind(StaffingRule.Kind.PER_UNIT).level("GRID").addRoles("POLICE", "AUXILIARY_POLICE")
          .min(1).max(1).addSources("001").build(),
      StaffingRule.builder().code("LEGAL_SERVICE").name("公共法律服务进网格覆盖率达100%")
          .kind(StaffingRule.Kind.PER_UNIT).level("GRID").legalService(true).inherited(true)
          .build(),
      StaffingRule.builder().code("ONE_GRID_EACH").name("一员一格")
          .kind(StaffingRule.Kind.PER_PERSON).level("GRID").addRoles("GRID_WORKER").max(1)
          .build());

  @Test
  void R_GRID_4_policePerGridLegalCoverageAndOneWorkerOneGrid() {
    StaffingReport report =
        StaffingReport.check(village(), changzhiStaff(), CHANGZHI_RULES, ON);
    RuleResult police = report.result("POLICE_PER_GRID").orElseThrow();
    assertThat(police.checked()).isEqualTo(3); // g4 is closed
    assertThat(police.met()).isEqualTo(1);
    assertThat(police.coverage()).isEqualTo(Share.of(1, 3));
    assertThat(police.passed()).isFalse();
    assertThat(police.violations()).extracting(StaffingViolation::toString).containsExactly(
        "POLICE_PER_GRID: unit 'g1' has 2 of POLICE/AUXILIARY_POLICE, at most 1 allowed",
        "POLICE_PER_GRID: unit 'g3' has 0 of POLICE/AUXILIARY_POLICE, needs at least 1");
    // the lawyer assigned to the village serves all its grids: 100% legal-service coverage
    RuleResult legal = report.result("LEGAL_SERVICE").orElseThrow();
    assertThat(legal.coverage()).isEqualTo(Share.ALL);
    assertThat(legal.passed()).isTrue();
    RuleResult oneEach = report.result("ONE_GRID_EACH").orElseThrow();
    assertThat(oneEach.violations()).extracting(StaffingViolation::person)
        .containsExactly(Optional.of(PersonId.of("w1")));
    assertThat(oneEach.coverage()).isEqualTo(Share.of(1, 2));
    assertThat(report.isSatisfied()).isFalse();
    assertThat(report.summary(Locale.ENGLISH))
        .isEqualTo("3 rule(s): 1 met, 2 not met; 3 violation(s)");
    assertThat(report.violations().get(1).message(Locale.CHINA))
        .isEqualTo("POLICE_PER_GRID:单元“g3”有 POLICE/AUXILIARY_POLICE 0 人,至少需要 1 人");
  }

  /** A village of {@code grids} grids, a police officer in each of the first {@code staffed}. */
  static StaffingReport policeReport(int grids, int staffed, Share target) {
    HierarchyBuilder b = Hierarchy.builder(LevelSchemes.source("WEITUO").orElseThrow())
        .addUnit(Unit.root("town", "TOWN", "某镇"))
        .addUnit(Unit.of("v", "town", "VILLAGE", "某村"));
    Staffing.Builder staff = Staffing.builder()
        .addRoles(Role.builder().code("POLICE").name("网格驻警员").legalService(true).build());
    for (int g = 1; g <= grids; g++) {
      b.addUnit(Unit.of("g" + g, "v", "GRID", g + "网格"));
      if (g <= staffed) {
        staff.addMembers(StaffMember.of("p" + g, "民警" + g, "POLICE"))
            .addAssignments(Assignment.of("p" + g, "g" + g, "POLICE"));
      }
    }
    StaffingRule rule = StaffingRule.builder().code("POLICE_PER_GRID").name("网格+警员")
        .kind(StaffingRule.Kind.PER_UNIT).level("GRID").addRoles("POLICE").target(target)
        .build();
    return StaffingReport.check(b.build(), staff.build(), List.of(rule), ON);
  }

  @Test
  void R_GRID_4_nineOfTenGridsStaffedMeetANinetyPercentTargetButNotTheDefaultHundred() {
    StaffingReport ninety = policeReport(10, 9, Share.parse("90%"));
    RuleResult result = ninety.result("POLICE_PER_GRID").orElseThrow();
    assertThat(result.coverage()).isEqualTo(Share.of(9, 10));
    assertThat(result.passed()).isTrue();
    assertThat(ninety.isSatisfied()).isTrue();
    // the unstaffed grid is still named: a target forgives the share, not the gap
    assertThat(result.violations()).extracting(StaffingViolation::toString)
        .containsExactly("POLICE_PER_GRID: unit 'g10' has 0 of POLICE, needs at least 1");
    assertThat(ninety.summary(Locale.ENGLISH))
        .isEqualTo("1 rule(s): 1 met, 0 not met; 1 violation(s)");

    StaffingReport hundred = policeReport(10, 9, Share.ALL);
    assertThat(hundred.result("POLICE_PER_GRID").orElseThrow().passed()).isFalse();
    assertThat(hundred.isSatisfied()).isFalse();
    assertThat(hundred.summary(Locale.ENGLISH))
        .isEqualTo("1 rule(s): 0 met, 1 not met; 1 violation(s)");
  }

  @Test
  void R_GRID_4_twentySixOfTwentyNineGridsFallShortOfNinetyPercentExactly() {
    // 26/29 is 89.66%: "90%" when rounded, but short of the target in exact arithmetic
    StaffingReport report = policeReport(29, 26, Share.parse("90%"));
    RuleResult result = report.result("POLICE_PER_GRID").orElseThrow();
    assertThat(result.coverage()).isEqualTo(Share.of(26, 29));
    assertThat(result.passed()).isFalse();
    assertThat(report.isSatisfied()).isFalse();
    assertThat(result.violations()).extracting(v -> v.unit().orElseThrow().value())
        .containsExactly("g27", "g28", "g29");
    // one grid more, 27/29 (93.1%), reaches it
    assertThat(policeReport(29, 27, Share.parse("90%")).isSatisfied()).isTrue();
  }

  @Test
  void R_GRID_5_theGridTeamFormulaIsCheckedPerGrid() {
    Hierarchy shangba = Hierarchy.builder(LevelSchemes.source("SHANGBA").orElseThrow())
        .addUnit(Unit.root("shangba", "TOWN", "上坝镇"))
        .addUnit(Unit.of("xinshang", "shangba", "VILLAGE", "新上村"))
        .addUnit(Unit.of("group-1", "xinshang", "GROUP", "一组"))
        .addUnit(Unit.of("group-2", "xinshang", "GROUP", "二组"))
        .build();
    Staffing staffing = Staffing.builder()
        .addRoles(Role.of("VILLAGE_CADRE", "村班子成员", "village cadre"),
            Role.of("GRID_LEADER", "网格长", "grid leader"),
            Role.of("PARTY_GROUP_LEADER", "党小组长", "party-group leader"),
            Role.of("WORTHY", "乡贤", "local worthy"))
        .addMembers(StaffMember.of("c1", "村干部", "VILLAGE_CADRE"),
            StaffMember.of("l1", "组长", "GRID_LEADER", "PARTY_GROUP_LEADER"),
            StaffMember.of("x1", "乡贤甲", "WORTHY"), StaffMember.of("x2", "乡贤乙", "WORTHY"))
        .addAssignments(Assignment.of("c1", "group-1", "VILLAGE_CADRE"),
            Assignment.of("l1", "group-1", "GRID_LEADER"),
            Assignment.of("l1", "group-1", "PARTY_GROUP_LEADER"),
            Assignment.of("x1", "group-1", "WORTHY"), Assignment.of("x2", "group-1", "WORTHY"),
            Assignment.of("c1", "group-2", "VILLAGE_CADRE"))
        .build();
    StaffingRule team = StaffingRule.builder().code("GRID_TEAM")
        .name("1名村班子成员+1名网格长+1名党小组长+多名乡贤").kind(StaffingRule.Kind.TEAM)
        .level("GROUP").addTeam(RoleQuota.exactly("VILLAGE_CADRE", 1),
            RoleQuota.exactly("GRID_LEADER", 1), RoleQuota.exactly("PARTY_GROUP_LEADER", 1),
            RoleQuota.atLeast("WORTHY", 1))
        .build();
    RuleResult result = StaffingReport.check(shangba, staffing, List.of(team), ON).results()
        .get(0);
    assertThat(result.met()).isEqualTo(1);
    assertThat(result.violations()).extracting(StaffingViolation::toString).containsExactly(
        "GRID_TEAM: unit 'group-2' has 0 of GRID_LEADER, needs at least 1",
        "GRID_TEAM: unit 'group-2' has 0 of PARTY_GROUP_LEADER, needs at least 1",
        "GRID_TEAM: unit 'group-2' has 0 of WORTHY, needs at least 1");
  }

  @Test
  void R_GRID_6_everyoneWhoHoldsAPackageAboveAHouseholdAnswersForIt() {
    Hierarchy weituo = Hierarchy.builder(LevelSchemes.source("WEITUO").orElseThrow())
        .addUnit(Unit.root("weituo", "TOWN", "渭沱镇"))
        .addUnit(Unit.of("liwan", "weituo", "VILLAGE", "李湾村"))
        .addUnit(Unit.of("fangxi", "weituo", "VILLAGE", "方溪社区"))
        .addUnit(Unit.of("liwan-1", "liwan", "GRID", "李湾一网格"))
        .addUnit(Unit.of("liwan-1-a", "liwan-1", "COURTYARD", "张家院"))
        .addUnit(Unit.of("fangxi-1", "fangxi", "GRID", "方溪一网格"))
        .addHousehold(HouseholdId.of("h1"), UnitId.of("liwan-1-a"))
        .addHousehold(HouseholdId.of("h2"), UnitId.of("fangxi-1"))
        .build();
    Staffing staffing = Staffing.builder()
        .addRoles(Role.of("PRINCIPAL_LEADER", "主要领导", "principal leader"),
            Role.of("DEPUTY_LEADER", "分管领导", "deputy leader"),
            Role.of("TOWN_CADRE", "机关干部", "town cadre"),
            Role.of("VOLUNTEER", "志愿者", "volunteer"))
        .addMembers(StaffMember.of("boss", "书记", "PRINCIPAL_LEADER"),
            StaffMember.of("deputy", "副镇长", "DEPUTY_LEADER"),
            StaffMember.of("cadre", "干部", "TOWN_CADRE"),
            StaffMember.of("red", "红马褂", "VOLUNTEER"))
        .addAssignments(Assignment.of("boss", "liwan", "PRINCIPAL_LEADER"),
            Assignment.of("boss", "fangxi", "PRINCIPAL_LEADER"),
            Assignment.of("deputy", "liwan", "DEPUTY_LEADER"),
            Assignment.of("cadre", "liwan-1", "TOWN_CADRE"),
            Assignment.of("red", "liwan-1-a", "VOLUNTEER"))
        .build();
    List<StaffingRule> packages = List.of(
        pkg("AREA", "包片", "VILLAGE", "PRINCIPAL_LEADER"),
        pkg("VILLAGE", "包村", "VILLAGE", "DEPUTY_LEADER"),
        pkg("GRID", "包网格", "GRID", "TOWN_CADRE"),
        pkg("COURTYARD", "包院落", "COURTYARD", "VOLUNTEER"));
    Responsibilities responsibilities = Responsibilities.of(weituo, staffing, packages);
    assertThat(responsibilities.answerable(HouseholdId.of("h1"), ON))
        .extracting(r -> r.responsibility().name() + ":" + r.unit() + r.people())
        .containsExactly("包院落:liwan-1-a[red]", "包网格:liwan-1[cadre]", "包片:liwan[boss]",
            "包村:liwan[deputy]");
    assertThat(responsibilities.answerable(HouseholdId.of("h2"), ON))
        .extracting(r -> r.responsibility().name() + ":" + r.unit() + r.people())
        .containsExactly("包网格:fangxi-1[]", "包片:fangxi[boss]", "包村:fangxi[]");
    StaffingReport report = StaffingReport.check(weituo, staffing, packages, ON);
    assertThat(report.violations()).extracting(StaffingViolation::unit).containsExactly(
        Optional.of(UnitId.of("fangxi")), Optional.of(UnitId.of("fangxi-1")));
  }

  @Test
  void R_GRID_6_holdersOfAUnitClosedOnTheDayAnswerForNothingAsInTheStaffingReport() {
    // 李湾村 merged away on 2024-01-01; its grid is still open under it
    Hierarchy weituo = Hierarchy.builder(LevelSchemes.source("WEITUO").orElseThrow())
        .addUnit(Unit.root("weituo", "TOWN", "渭沱镇"))
        .addUnit(Unit.builder().from(Unit.of("liwan", "weituo", "VILLAGE", "李湾村"))
            .closed(LocalDate.of(2024, 1, 1)).build())
        .addUnit(Unit.of("liwan-1", "liwan", "GRID", "李湾一网格"))
        .addUnit(Unit.of("liwan-1-a", "liwan-1", "COURTYARD", "张家院"))
        .addHousehold(HouseholdId.of("h1"), UnitId.of("liwan-1-a"))
        .build();
    Staffing staffing = Staffing.builder()
        .addRoles(Role.of("PRINCIPAL_LEADER", "主要领导", "principal leader"),
            Role.of("TOWN_CADRE", "机关干部", "town cadre"),
            Role.of("VOLUNTEER", "志愿者", "volunteer"))
        .addMembers(StaffMember.of("boss", "书记", "PRINCIPAL_LEADER"),
            StaffMember.of("cadre", "干部甲", "TOWN_CADRE"),
            StaffMember.of("cadre2", "干部乙", "TOWN_CADRE"),
            StaffMember.of("red", "红马褂", "VOLUNTEER"))
        .addAssignments(Assignment.of("boss", "liwan", "PRINCIPAL_LEADER"),
            Assignment.of("cadre", "liwan", "TOWN_CADRE"),
            Assignment.of("cadre2", "liwan-1", "TOWN_CADRE"),
            Assignment.of("red", "liwan-1-a", "VOLUNTEER"))
        .build();
    // the grid package is inherited: cadres of the village count for its grids
    List<StaffingRule> packages = List.of(
        pkg("AREA", "包片", "VILLAGE", "PRINCIPAL_LEADER"),
        StaffingRule.builder().from(pkg("GRID", "包网格", "GRID", "TOWN_CADRE")).inherited(true)
            .min(2).build(),
        pkg("COURTYARD", "包院落", "COURTYARD", "VOLUNTEER"));
    Responsibilities responsibilities = Responsibilities.of(weituo, staffing, packages);
    LocalDate before = LocalDate.of(2023, 12, 31);
    assertThat(responsibilities.answerable(HouseholdId.of("h1"), before))
        .extracting(r -> r.responsibility().name() + ":" + r.unit() + r.people())
        .containsExactly("包院落:liwan-1-a[red]", "包网格:liwan-1[cadre2, cadre]",
            "包片:liwan[boss]");
    // from the closing day on, the village's holders answer for nothing: the gaps show
    for (LocalDate on : List.of(LocalDate.of(2024, 1, 1), ON)) {
      assertThat(responsibilities.answerable(HouseholdId.of("h1"), on)).as("%s", on)
          .extracting(r -> r.responsibility().name() + ":" + r.unit() + r.people())
          .containsExactly("包院落:liwan-1-a[red]", "包网格:liwan-1[cadre2]", "包片:liwan[]");
    }
    // the staffing report counts the same people for the grid, and skips the closed village
    assertThat(StaffingReport.check(weituo, staffing, packages, before).violations()).isEmpty();
    StaffingReport report = StaffingReport.check(weituo, staffing, packages, ON);
    assertThat(report.violations()).extracting(StaffingViolation::toString).containsExactly(
        "GRID: unit 'liwan-1' has 1 of TOWN_CADRE, needs at least 2");
    assertThat(report.result("AREA").orElseThrow().checked()).isZero();
    assertThat(responsibilities.answerable(UnitId.of("liwan-1"), ON))
        .extracting(r -> r.people().size()).containsExactly(1, 0);
  }

  @Test
  void R_GRID_4_rulesNamingUnknownLevelsRolesOrUnitsAreRejected() {
    Staffing staffing = Staffing.builder().from(changzhiStaff())
        .addAssignments(Assignment.of("w2", "g9", "GRID_WORKER")).build();
    List<StaffingRule> rules = List.of(
        StaffingRule.builder().code("A").name("甲").kind(StaffingRule.Kind.PER_UNIT)
            .level("HAMLET").addRoles("JUDGE").build(),
        StaffingRule.builder().code("A").name("乙").kind(StaffingRule.Kind.TEAM).level("GRID")
            .addTeam(RoleQuota.exactly("SHERIFF", 1)).build());
    InvalidValueException e = thrown(InvalidValueException.class,
        () -> StaffingReport.check(village(), staffing, rules, ON));
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "/rules/1/code: Duplicate code 'A': item 0 already has it",
        "/rules/0/level: Rule A names level HAMLET, which scheme CHANGZHI does not have",
        "/rules/0/roles: Rule A names the unknown role JUDGE",
        "/rules/1/team/0/role: Rule A names the unknown role SHERIFF",
        "/assignments/7/unit: 'w2' is assigned to an unknown unit 'g9'");
    InvalidValueException bad = thrown(InvalidValueException.class,
        () -> StaffingRule.builder().code("B").name("丙")
        .kind(StaffingRule.Kind.TEAM).level("GRID").addRoles("POLICE").min(2).max(1).build());
    assertThat(bad.violations()).extracting(Object::toString).containsExactly(
        "/max: The maximum 1 is below the minimum 2",
        "/team: Rule B is a team formula but names no team",
        "/roles: Rule B is a team formula: name the roles in its team, not in roles");
  }

  @Test
  void R_GRID_4_theStaffingReportAgreesWithANaiveRecount() {
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchies(), longs().all()).checkAssert((h, seed) -> {
      Staffing staffing = GridGens.staffing(h, seed);
      List<StaffingRule> rules = GridGens.rules(h.scheme(), seed);
      StaffingReport report = StaffingReport.check(h, staffing, rules, ON);
      for (StaffingRule rule : rules) {
        RuleResult result = report.result(rule.code()).orElseThrow();
        Set<String> naiveBad = new HashSet<>();
        int checked = 0;
        if (rule.kind() == StaffingRule.Kind.PER_PERSON) {
          for (StaffMember m : staffing.members()) {
            if (m.roles().stream().noneMatch(r -> rule.counts(staffing.role(r).orElseThrow()))) {
              continue;
            }
            checked++;
            long units = staffing.assignments().stream()
                .filter(a -> a.person().equals(m.id()))
                .filter(a -> rule.counts(staffing.role(a.role()).orElseThrow()))
                .filter(a -> h.unit(a.unit()).level().equals(rule.level()))
                .filter(a -> naiveOpen(h.unit(a.unit()), ON))
                .map(Assignment::unit).distinct().count();
            if (units < rule.min() || rule.max().map(max -> units > max).orElse(false)) {
              naiveBad.add(m.id().value());
            }
          }
          assertThat(result.violations().stream().map(v -> v.person().orElseThrow().value())
              .collect(Collectors.toSet())).isEqualTo(naiveBad);
        } else {
          for (UnitId unit : h.unitsAt(rule.level())) {
            if (!naiveOpen(h.unit(unit), ON)) {
              continue; // only units open on the day count
            }
            checked++;
            boolean bad = false;
            if (rule.kind() == StaffingRule.Kind.TEAM) {
              for (RoleQuota quota : rule.team()) {
                bad |= !quota.isMetBy(naiveCount(h, staffing, rule, unit, quota.role()));
              }
            } else {
              int n = naiveCount(h, staffing, rule, unit, null);
              bad = n < rule.min() || rule.max().map(max -> n > max).orElse(false);
            }
            if (bad) {
              naiveBad.add(unit.value());
            }
          }
          assertThat(result.violations().stream().map(v -> v.unit().orElseThrow().value())
              .collect(Collectors.toSet())).isEqualTo(naiveBad);
        }
        assertThat(result.checked()).isEqualTo(checked);
        assertThat(result.met()).isEqualTo(checked - naiveBad.size());
      }
    });
  }

  /**
   * People assigned at the unit (or an ancestor open on {@link #ON}, when inherited) in a counted
   * role.
   */
  static int naiveCount(Hierarchy h, Staffing staffing, StaffingRule rule, UnitId unit,
      String onlyRole) {
    Set<PersonId> people = new HashSet<>();
    for (Assignment a : staffing.assignments()) {
      boolean here = rule.inherited()
          ? h.isWithin(unit, a.unit()) && (a.unit().equals(unit) || naiveOpen(h.unit(a.unit()), ON))
          : a.unit().equals(unit);
      boolean role = onlyRole == null ? rule.counts(staffing.role(a.role()).orElseThrow())
          : a.role().equals(onlyRole);
      if (here && role) {
        people.add(a.person());
      }
    }
    return people.size();
  }

  /** Open on {@code on}: opened by then, if the day is known, and not closed by then. */
  @Test
  void R_GRID_6_everyoneAnswerableForAUnitAgreesWithANaiveWalkUpTheTree() {
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchies(), longs().all())
        .checkAssert((h, seed) -> {
          Staffing staffing = GridGens.staffing(h, seed);
          List<StaffingRule> packages = new ArrayList<>();
          for (long s = seed; s < seed + 4; s++) { // a package at up to four levels
            for (StaffingRule rule : GridGens.rules(h.scheme(), s)) {
              if (rule.kind() == StaffingRule.Kind.PACKAGE) {
                packages.add(StaffingRule.builder().from(rule).code("P" + packages.size())
                    .build());
              }
            }
          }
          // the day: usually one a unit opens or closes on, where open and closed meet
          List<LocalDate> days = new ArrayList<>(List.of(ON));
          h.units().forEach(u -> {
            u.opened().ifPresent(days::add);
            u.closed().ifPresent(days::add);
          });
          LocalDate on = days.get(Math.floorMod(seed, days.size()));
          Responsibilities responsibilities = Responsibilities.of(h, staffing, packages);
          List<StaffingRule> deepestFirst = new ArrayList<>(packages);
          deepestFirst.sort(Comparator.comparingInt(
              (StaffingRule r) -> h.scheme().indexOf(r.level())).reversed());
          for (Unit unit : h.units()) {
            List<String> naive = new ArrayList<>();
            for (StaffingRule rule : deepestFirst) {
              Unit at = unit;
              while (at != null && !at.level().equals(rule.level())) {
                at = at.parent().map(h::unit).orElse(null);
              }
              if (at == null) {
                continue;
              }
              Set<PersonId> people = new LinkedHashSet<>();
              // a package for a unit closed that day has no holders, inherited or not
              for (Unit v = naiveOpen(at, on) ? at : null; v != null;
                  v = rule.inherited() ? v.parent().map(h::unit).orElse(null) : null) {
                for (Assignment a : staffing.assignments()) {
                  if (a.unit().equals(v.id()) && naiveOpen(v, on)
                      && rule.counts(staffing.role(a.role()).orElseThrow())) {
                    people.add(a.person());
                  }
                }
              }
              naive.add(rule.code() + ":" + at.id() + people);
            }
            assertThat(responsibilities.answerable(unit.id(), on))
                .as("%s on %s", unit.id(), on)
                .extracting(r -> r.responsibility().code() + ":" + r.unit() + r.people())
                .isEqualTo(naive);
          }
        });
  }

  static boolean naiveOpen(Unit unit, LocalDate on) {
    return unit.opened().map(day -> !day.isAfter(on)).orElse(true)
        && unit.closed().map(day -> day.isAfter(on)).orElse(true);
  }

  static StaffingRule pkg(String code, String name, String level, String role) {
    return StaffingRule.builder().code(code).name(name).kind(StaffingRule.Kind.PACKAGE)
        .level(level).addRoles(role).addSources("004").build();
  }

}
