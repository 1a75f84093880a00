package io.github.xiangzhi.patrol.policy;

import static io.github.xiangzhi.testkit.core.Problems.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.profile.CoreSections;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.core.profile.Problem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PatrolSectionTest {
  static final ProfileLoader LOADER = ProfileLoader.standard();
  static final PatrolSection SECTION = new PatrolSection();

  /** A profile with the sources' special groups and {@code patrol} as the patrol section. */
  static String document(String patrol) {
    return "profile: {id: test, name: 测试镇}\n"
        + "specialGroups:\n" + new CoreSections.SpecialGroups().presets().get("SOURCES").indent(2)
        + "patrol:\n" + patrol.indent(2);
  }

  static PatrolPolicy preset(String code) {
    CountyProfile profile = LOADER.parse(document(SECTION.presets().get(code)), code);
    return profile.section(PatrolPolicy.class).orElseThrow();
  }

  @Test
  void theSectionIsRegisteredWithThreePresetsThatLoadAloneToo() {
    assertThat(LOADER.sectionType("patrol")).containsInstanceOf(PatrolSection.class);
    assertThat(SECTION.presets().keySet()).containsExactly("ANLAN", "SHANGBA", "WEITUO");
    // without a specialGroups section the category check is skipped, as the CLI's demo needs
    for (String code : SECTION.presets().keySet()) {
      String alone = "profile: {id: demo, name: 演示}\npatrol:\n"
          + SECTION.presets().get(code).indent(2);
      assertThat(LOADER.parse(alone, code).section(PatrolPolicy.class)).isPresent();
    }
  }

  @Test
  void R_PAT_1_anlanPresetHasTheThreeKindsAndTheSixChecklistItems() {
    PatrolPolicy anlan = preset("ANLAN");
    assertThat(anlan.checklist()).extracting(ChecklistItem::name)
        .containsExactly("森林防火", "秸秆禁烧", "信访矛盾隐患排查", "人居环境整治", "地质灾害防范", "交通安全");
    assertThat(anlan.siteKinds()).extracting(SiteKind::name)
        .containsExactly("交通要道", "娱乐场所", "重点企业");
    assertThat(anlan.area()).isPresent(); // 面上巡
    assertThat(anlan.routePatrol()).isPresent(); // 线上巡
    assertThat(anlan.visits()).isPresent(); // 点上巡
    TeamRule red = anlan.team(anlan.routePatrol().get().team()).orElseThrow();
    assertThat(red.members()).extracting(TeamSlot::role)
        .containsExactly("RED_ARMBAND_VOLUNTEER", "POLICE");
    assertThat(anlan.visits().get().specialGroups()).extracting(SpecialGroupFrequency::category)
        .containsExactly("LEFT_BEHIND_ELDERLY", "LEFT_BEHIND_CHILDREN", "PETITIONER", "VETERAN",
            "LIFTED_FROM_POVERTY", "SEVERE_MENTAL_DISORDER");
    assertThat(SECTION.summary(anlan, Locale.ENGLISH))
        .isEqualTo("area patrol, route patrol, household visit; 6 checklist items, 0 routes,"
            + " 2 team rules");
    assertThat(SECTION.summary(anlan, Locale.CHINA))
        .isEqualTo("面上巡、线上巡、点上巡(入户走访);联巡内容6项,线路0条,编组规则2个");
  }

  @Test
  void anEmptyPolicyLoadsAndSaysSo() {
    PatrolPolicy empty = LOADER.parse(document("{}"), "empty").section(PatrolPolicy.class)
        .orElseThrow();
    assertThat(SECTION.summary(empty, Locale.ENGLISH))
        .isEqualTo("-; 0 checklist items, 0 routes, 0 team rules");
  }

  @Test
  void R_PAT_1_seasonalItemsAreCheckedInTheirSeasonsOnly() {
    PatrolPolicy anlan = preset("ANLAN");
    // straw burning at the harvests, forest fire over the new year, the rest all year
    assertThat(codes(anlan, LocalDate.of(2024, 6, 1)))
        .containsExactly("STRAW_BURNING", "PETITION_DISPUTE_HAZARDS", "LIVING_ENVIRONMENT",
            "GEOLOGICAL_HAZARDS", "TRAFFIC_SAFETY");
    assertThat(codes(anlan, LocalDate.of(2024, 1, 15))).contains("FOREST_FIRE")
        .doesNotContain("STRAW_BURNING");
    assertThat(codes(anlan, LocalDate.of(2024, 11, 10))).contains("FOREST_FIRE",
        "STRAW_BURNING");
    assertThat(codes(anlan, LocalDate.of(2024, 8, 1))).doesNotContain("FOREST_FIRE",
        "STRAW_BURNING").hasSize(4);
    Season overNewYear = Season.of(MonthDay.of(11, 1), MonthDay.of(4, 30));
    assertThat(overNewYear.contains(LocalDate.of(2024, 4, 30))).isTrue();
    assertThat(overNewYear.contains(LocalDate.of(2024, 5, 1))).isFalse();
    assertThat(overNewYear.contains(LocalDate.of(2024, 10, 31))).isFalse();
    assertThat(overNewYear.contains(LocalDate.of(2024, 2, 29))).isTrue();
  }

  static java.util.List<String> codes(PatrolPolicy policy, LocalDate date) {
    return policy.checklistOn(date).stream().map(ChecklistItem::code).toList();
  }

  @Test
  void R_PAT_2_shangbaPresetHasAMorningAndAnAfternoonCameraRound() {
    VideoRoundRule video = preset("SHANGBA").video().orElseThrow();
    assertThat(video.morning().to()).isBeforeOrEqualTo(LocalTime.NOON);
    assertThat(video.afternoon().from()).isAfterOrEqualTo(LocalTime.NOON);
    assertThat(video.level()).isEqualTo("TOWN");
  }

  @Test
  void R_PAT_3_shangbaPresetHasTheFiveInOneForceAndKeyPlacesAndPeriods() {
    PatrolPolicy shangba = preset("SHANGBA");
    TeamRule force = shangba.team("FIVE_IN_ONE").orElseThrow();
    assertThat(force.members()).extracting(TeamSlot::role).containsExactly("TOWN_CADRE",
        "VILLAGE_POLICE", "VILLAGE_CADRE", "JOINT_DEFENCE_MEMBER", "UNIT_GUARD");
    assertThat(shangba.area().orElseThrow().days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY,
        DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY);
    assertThat(shangba.area().get().keyAreaGroups()).containsExactly("KEY_AREA");
    assertThat(shangba.keyPeriodsOn(LocalDate.of(2025, 2, 1))).extracting(KeyPeriod::code)
        .containsExactly("SPRING_FESTIVAL");
    assertThat(shangba.keyPeriodsOn(LocalDate.of(2025, 7, 1))).isEmpty();
    // a key site raises a route to the key-site patrols a day, a key period adds to that
    Route route = Route.builder().code("R1").name("场镇线").unit(UnitId.of("T"))
        .addSites(Site.builder().code("KTV").name("歌舞厅").kind("ENTERTAINMENT_VENUE").key(true)
            .build())
        .build();
    assertThat(shangba.patrolsOn(route, LocalDate.of(2025, 7, 1))).isEqualTo(2);
    assertThat(shangba.patrolsOn(route, LocalDate.of(2025, 10, 3))).isEqualTo(3);
  }

  @Test
  void R_PAT_5_weituoPresetHasFieldDaysOnTheTenthTwentiethAndThirtieth() {
    FieldDayRule fieldDays = preset("WEITUO").fieldDays().orElseThrow();
    assertThat(fieldDays.days()).containsExactly(10, 20, 30);
    assertThat(fieldDays.roles()).contains("TOWN_CADRE", "VILLAGE_CADRE", "GRID_LEADER");
  }

  @Test
  void R_PAT_6_aFrequencyForACategoryTheProfileLacksIsReportedWithItsPath() {
    String patrol = String.join("\n",
        "visits:",
        "  role: GRID_WORKER",
        "  everyDays: 30",
        "  hours: {from: '09:00', to: '17:00'}",
        "  minutes: 30",
        "  specialGroups:",
        "    - {category: VETERAN, everyDays: 30}",
        "    - {category: ORPHAN, everyDays: 7}",
        "");
    String document = document(patrol);
    ProfileException e = catchProfile(document);
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey).containsExactly(
        tuple("/patrol/visits/specialGroups/1/category", "patrol.specialGroup.unknown"));
    int line = document.substring(0, document.indexOf("ORPHAN")).split("\n", -1).length;
    assertThat(e.problems().get(0).line()).isEqualTo(line);
    assertThat(e.problems().get(0).message(Locale.ENGLISH)).isEqualTo(
        "Unknown special-group category ORPHAN: the specialGroups section has no such code");
  }

  @Test
  void badInputIsReportedWithThePathOfEveryOffendingField() {
    // the loader binds a section until its first broken value and reports it with its path
    assertThat(loadProblem("teams: [{code: RED, name: 红袖标, members: [{role: POLICE, count: 0}]}]"))
        .isEqualTo(tuple("/patrol/teams/0/members/0/count", "patrol.team.count"));
    assertThat(loadProblem(String.join("\n",
        "siteKinds: [{code: ROAD, name: 交通要道}]",
        "teams: [{code: RED, name: 红袖标, members: [{role: POLICE, count: 1}]}]",
        "routes:",
        "  - {code: R1, name: 一号线, unit: T, team: RED, window: {from: '22:00', to: '20:00'},",
        "     minutes: 60, sites: [{code: S1, name: 路口, kind: ROAD}]}")))
        .isEqualTo(tuple("/patrol/routes/0/window/to", "patrol.window.order"));
    assertThat(loadProblem(String.join("\n",
        "siteKinds: [{code: ROAD, name: 交通要道}]",
        "routes: [{code: R1, name: 一号线, unit: T, sites: []}]")))
        .isEqualTo(tuple("/patrol/routes/0/sites", "patrol.route.noSites"));
    assertThat(loadProblem("visits: {role: GRID_WORKER, everyDays: 0, hours: {from: '09:00',"
        + " to: '17:00'}, minutes: 30}"))
        .isEqualTo(tuple("/patrol/visits/everyDays", "patrol.everyDays.positive"));
    // an optional value given with a bad field: the field's problem, not also "expected null"
    assertThat(loadProblem("visits: {role: GRID_WORKER, everyDays: weekly, hours: {from: '09:00',"
        + " to: '17:00'}, minutes: 30}"))
        .isEqualTo(tuple("/patrol/visits/everyDays", "profile.value.type"));
    // each value is checked on its own when built in code, naming the field and the value
    Violation frequency = violation(() -> VisitRule.builder().role("GRID_WORKER").everyDays(0)
        .hours(TimeWindow.of("09:00", "17:00")).minutes(30).build());
    assertThat(frequency.path()).isEqualTo("/everyDays");
    assertThat(frequency.message(Locale.ENGLISH))
        .isEqualTo("A visit frequency is at least one day, not 0");
    assertThat(frequency.message(Locale.CHINA)).isEqualTo("走访频次至少为一天,不能是0");
    assertThatThrownBy(() -> TimeWindow.of("22:00", "20:00"))
        .hasMessage("The window must end after it starts: 22:00 to 20:00");
    Violation noSites = violation(() -> Route.builder().code("R1").name("一号线")
        .unit(UnitId.of("T")).build());
    assertThat(noSites.path()).isEqualTo("/sites");
    assertThat(noSites.message(Locale.ENGLISH)).isEqualTo("Route R1 has no sites");
    // references between the policy's parts
    InvalidValueException policy = thrown(InvalidValueException.class, () -> PatrolPolicy.builder()
        .addSiteKinds(SiteKind.of("ROAD", "交通要道", "road"))
        .addRoutes(Route.builder().code("R2").name("二号线").unit(UnitId.of("T")).team("BLUE")
            .window(TimeWindow.of("08:00", "09:00")).minutes(90)
            .addSites(Site.of("S1", "路口", "BRIDGE")).build())
        .addRoutes(Route.builder().code("R3").name("三号线").unit(UnitId.of("T"))
            .addSites(Site.of("S1", "路口", "ROAD")).build())
        .build());
    assertThat(policy.violations()).extracting(Violation::path).containsExactly(
        "/routes/0/team", "/routes/0/minutes", "/routes/0/sites/0/kind", "/routes/1/team",
        "/routes/1/window", "/routes/1/minutes");
  }

  @Test
  void aPolicyWritesAndReadsBackEqual() {
    for (String code : SECTION.presets().keySet()) {
      CountyProfile profile = LOADER.parse(document(SECTION.presets().get(code)), code);
      CountyProfile again = LOADER.parse(LOADER.toYaml(profile), code + "-again");
      assertThat(again.section(PatrolPolicy.class)).isEqualTo(profile.section(PatrolPolicy.class));
    }
  }

  static org.assertj.core.groups.Tuple loadProblem(String patrol) {
    ProfileException e = catchProfile(document(patrol));
    assertThat(e.problems()).hasSize(1);
    return tuple(e.problems().get(0).path(), e.problems().get(0).messageKey());
  }

  static ProfileException catchProfile(String yaml) {
    try {
      LOADER.parse(yaml, "test.yaml");
    } catch (ProfileException e) {
      return e;
    }
    throw new AssertionError("the profile loaded");
  }

  static Violation violation(Runnable r) {
    InvalidValueException e = thrown(InvalidValueException.class, r);
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

}
