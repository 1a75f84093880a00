package io.github.xiangzhi.patrol.policy;

import static io.github.xiangzhi.testkit.core.Problems.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The policy's parts at the edges of what they accept (a value on the limit builds, one past it
 * is reported with its path and message key) and the arithmetic they do for the planner: windows,
 * seasons, distances, field days, patrols a day.
 */
class PolicyRulesTest {

  static final TimeWindow DAY = TimeWindow.of("08:00", "09:30");


  @Test
  void aWindowCountsMinutesFromMidnightAndHoldsAPatrolOnlyWhollyInside() {
    assertThat(DAY.fromMinute()).isEqualTo(480);
    assertThat(DAY.toMinute()).isEqualTo(570);
    assertThat(DAY.minutes()).isEqualTo(90);
    assertThat(TimeWindow.of("08:15", "09:05").fromMinute()).isEqualTo(495);
    assertThat(TimeWindow.of("08:15", "09:05").minutes()).isEqualTo(50);
    assertThat(DAY.holds(480, 90)).isTrue();
    assertThat(DAY.holds(479, 10)).isFalse();
    assertThat(DAY.holds(481, 90)).isFalse();
    assertThat(DAY.holds(480, 91)).isFalse();
    assertThat(DAY.holds(560, 10)).isTrue();
    assertThat(DAY).hasToString("08:00-09:30");
    assertThat(problems(() -> TimeWindow.of(LocalTime.of(8, 0, 1), LocalTime.of(9, 0))))
        .containsExactly("/from patrol.window.wholeMinutes");
    assertThat(problems(() -> TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(9, 0, 0, 1))))
        .containsExactly("/to patrol.window.wholeMinutes");
    assertThat(problems(() -> TimeWindow.of(LocalTime.of(8, 0, 0, 5), LocalTime.of(9, 0))))
        .containsExactly("/from patrol.window.wholeMinutes");
    assertThat(problems(() -> TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(9, 0, 7))))
        .containsExactly("/to patrol.window.wholeMinutes");
    assertThat(problems(() -> TimeWindow.of("08:00", "08:00")))
        .containsExactly("/to patrol.window.order");
    assertThat(problems(() -> TimeWindow.of("08:00", "08:01"))).isEmpty();
  }

  @Test
  void R_PAT_1_aSeasonHoldsBothEndsAndMayRunOverNewYear() {
    Season march = Season.of(MonthDay.of(3, 1), MonthDay.of(3, 31));
    assertThat(march.contains(LocalDate.of(2024, 3, 1))).isTrue();
    assertThat(march.contains(LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(march.contains(LocalDate.of(2024, 2, 29))).isFalse();
    assertThat(march.contains(LocalDate.of(2024, 4, 1))).isFalse();
    Season winter = Season.of(MonthDay.of(12, 1), MonthDay.of(2, 28));
    assertThat(winter.contains(LocalDate.of(2024, 12, 1))).isTrue();
    assertThat(winter.contains(LocalDate.of(2025, 1, 15))).isTrue();
    assertThat(winter.contains(LocalDate.of(2025, 2, 28))).isTrue();
    assertThat(winter.contains(LocalDate.of(2024, 11, 30))).isFalse();
    assertThat(winter.contains(LocalDate.of(2025, 3, 1))).isFalse();
    assertThat(winter.contains(LocalDate.of(2025, 7, 1))).isFalse();
    Season oneDay = Season.of(MonthDay.of(6, 5), MonthDay.of(6, 5));
    assertThat(oneDay.contains(LocalDate.of(2024, 6, 5))).isTrue();
    assertThat(oneDay.contains(LocalDate.of(2024, 6, 4))).isFalse();
    assertThat(oneDay.contains(LocalDate.of(2024, 6, 6))).isFalse();
    assertThat(winter).hasToString("--12-01..--02-28");
  }

  @Test
  void R_PAT_1_aChecklistItemIsActiveInAnyOfItsSeasonsOrAllYearWithout() {
    ChecklistItem always = ChecklistItem.of("TRAFFIC", "交通安全", "traffic safety");
    assertThat(always.activeOn(LocalDate.of(2024, 8, 8))).isTrue();
    ChecklistItem straw = ChecklistItem.builder().code("STRAW").name("秸秆禁烧")
        .addSeasons(Season.of(MonthDay.of(5, 20), MonthDay.of(6, 30)))
        .addSeasons(Season.of(MonthDay.of(9, 20), MonthDay.of(11, 10))).build();
    assertThat(straw.activeOn(LocalDate.of(2024, 6, 1))).isTrue();
    assertThat(straw.activeOn(LocalDate.of(2024, 10, 1))).isTrue();
    assertThat(straw.activeOn(LocalDate.of(2024, 8, 1))).isFalse();
    assertThat(straw.activeOn(LocalDate.of(2024, 12, 1))).isFalse();
    assertThat(problems(() -> ChecklistItem.of("straw burning", " ", "straw")))
        .containsExactly("/code core.code.syntax", "/name core.blank");
  }

  @Test
  void aDistanceIsTheGreatCircleAndCoordinatesStayOnTheEarth() {
    GeoPoint origin = GeoPoint.of(0, 0);
    assertThat(origin.distanceMetres(GeoPoint.of(0, 1))).isCloseTo(111_195.08, within(0.01));
    assertThat(origin.distanceMetres(GeoPoint.of(1, 0))).isCloseTo(111_195.08, within(0.01));
    assertThat(GeoPoint.of(30, 120).distanceMetres(GeoPoint.of(30, 121)))
        .isCloseTo(96_297.46, within(0.01));
    assertThat(GeoPoint.of(30, 120).distanceMetres(GeoPoint.of(31, 121)))
        .isCloseTo(146_775.88, within(0.01));
    assertThat(GeoPoint.of(31, 121).distanceMetres(GeoPoint.of(30, 120)))
        .isCloseTo(146_775.88, within(0.01));
    assertThat(GeoPoint.of(89, 0).distanceMetres(GeoPoint.of(-89, 180)))
        .isCloseTo(20_015_114.44, within(0.01));
    assertThat(origin.distanceMetres(origin)).isZero();
    assertThat(problems(() -> GeoPoint.of(90, 180))).isEmpty();
    assertThat(problems(() -> GeoPoint.of(-90, -180))).isEmpty();
    assertThat(problems(() -> GeoPoint.of(90.001, 0)))
        .containsExactly("/latitude patrol.location.latitude");
    assertThat(problems(() -> GeoPoint.of(-90.001, 0)))
        .containsExactly("/latitude patrol.location.latitude");
    assertThat(problems(() -> GeoPoint.of(0, 180.001)))
        .containsExactly("/longitude patrol.location.longitude");
    assertThat(problems(() -> GeoPoint.of(0, -180.001)))
        .containsExactly("/longitude patrol.location.longitude");
  }

  @Test
  void theAuditsTolerancesHaveDefaultsAndRanges() {
    AuditRule standard = AuditRule.standard();
    assertThat(List.of(standard.graceMinutes(), standard.lateMinutes(), standard.lateDays(),
        standard.maxDistanceMetres())).containsExactly(30, 120, 2, 500);
    assertThat(problems(() -> AuditRule.builder().graceMinutes(0).lateMinutes(0).lateDays(0)
        .maxDistanceMetres(0).build())).isEmpty();
    assertThat(problems(() -> AuditRule.builder().graceMinutes(720).lateMinutes(1440)
        .lateDays(366).build())).isEmpty();
    assertThat(problems(() -> AuditRule.builder().graceMinutes(-1).lateMinutes(10).build()))
        .containsExactly("/graceMinutes patrol.audit.range");
    assertThat(problems(() -> AuditRule.builder().graceMinutes(721).lateMinutes(1440).build()))
        .containsExactly("/graceMinutes patrol.audit.range");
    assertThat(problems(() -> AuditRule.builder().graceMinutes(60).lateMinutes(59).build()))
        .containsExactly("/lateMinutes patrol.audit.range");
    assertThat(problems(() -> AuditRule.builder().graceMinutes(60).lateMinutes(60).build()))
        .isEmpty();
    assertThat(problems(() -> AuditRule.builder().lateMinutes(1441).build()))
        .containsExactly("/lateMinutes patrol.audit.range");
    assertThat(problems(() -> AuditRule.builder().lateDays(-1).build()))
        .containsExactly("/lateDays patrol.audit.range");
    assertThat(problems(() -> AuditRule.builder().lateDays(367).build()))
        .containsExactly("/lateDays patrol.audit.range");
    assertThat(problems(() -> AuditRule.builder().maxDistanceMetres(-1).build()))
        .containsExactly("/maxDistanceMetres patrol.audit.range");
  }

  @Test
  void R_PAT_3_aKeyPeriodAddsOneRoutePatrolAndDailyAreasByDefault() {
    KeyPeriod festival = KeyPeriod.builder().code("SPRING").name("春节前后")
        .season(Season.of(MonthDay.of(1, 20), MonthDay.of(2, 20))).build();
    assertThat(festival.extraRoutePatrols()).isEqualTo(1);
    assertThat(festival.dailyAreaPatrols()).isTrue();
    assertThat(problems(() -> KeyPeriod.builder().code("SPRING").name("春节前后")
        .season(festival.season()).extraRoutePatrols(0).build())).isEmpty();
    assertThat(problems(() -> KeyPeriod.builder().code("spring").name("")
        .season(festival.season()).extraRoutePatrols(-1).build())).containsExactly(
            "/code core.code.syntax", "/name core.blank",
            "/extraRoutePatrols patrol.keyPeriod.extra");
  }

  @Test
  void R_PAT_1_aPatrolsMinutesMustFitItsWindowExactlyAtMost() {
    // area patrols
    assertThat(problems(() -> area(90).build())).isEmpty();
    assertThat(problems(() -> area(91).build())).containsExactly("/minutes patrol.minutes.window");
    assertThat(problems(() -> area(0).build())).containsExactly("/minutes patrol.minutes.positive");
    assertThat(problems(() -> area(1).days(List.<DayOfWeek>of()).addKeyAreaGroups("key area")
        .build())).containsExactly("/days patrol.area.noDays", "/keyAreaGroups core.code.syntax");
    assertThat(area(30).build().days()).hasSize(7);
    // route defaults
    assertThat(problems(() -> RoutePatrolRule.builder().team("RED").window(DAY).minutes(90)
        .build())).isEmpty();
    assertThat(problems(() -> RoutePatrolRule.builder().team("RED").window(DAY).minutes(91)
        .build())).containsExactly("/minutes patrol.minutes.window");
    assertThat(problems(() -> RoutePatrolRule.builder().team("red").window(DAY).minutes(0)
        .build())).containsExactly("/team core.code.syntax", "/minutes patrol.minutes.positive");
    // household visits
    assertThat(problems(() -> visit(90, 1).build())).isEmpty();
    assertThat(problems(() -> visit(1, 1).build())).isEmpty();
    assertThat(problems(() -> RoutePatrolRule.builder().team("RED").window(DAY).minutes(1)
        .build())).isEmpty();
    assertThat(problems(() -> visit(91, 1).build()))
        .containsExactly("/minutes patrol.minutes.window");
    assertThat(problems(() -> visit(0, 0).build())).containsExactly(
        "/everyDays patrol.everyDays.positive", "/minutes patrol.minutes.positive");
    assertThat(problems(() -> visit(30, 7).addSpecialGroups(SpecialGroupFrequency.of("ELDERLY", 7),
        SpecialGroupFrequency.of("ELDERLY", 3)).build()))
        .containsExactly("/specialGroups/1/category core.duplicate");
    assertThat(problems(() -> SpecialGroupFrequency.of("ELDERLY", 1))).isEmpty();
    assertThat(problems(() -> SpecialGroupFrequency.of("elderly", 0))).containsExactly(
        "/category core.code.syntax", "/everyDays patrol.everyDays.positive");
  }

  @Test
  void R_PAT_6_aVisitDayHoldsAsManyVisitsAsWholeVisitsFitItsHours() {
    assertThat(visit(30, 7).build().slotsPerDay()).isEqualTo(3);
    assertThat(visit(40, 7).build().slotsPerDay()).isEqualTo(2);
    assertThat(visit(90, 7).build().slotsPerDay()).isEqualTo(1);
    VisitRule rule = visit(30, 7).build();
    assertThat(rule.workingDaysOnly()).isTrue();
    assertThat(rule.specialGroupsWorkingDaysOnly()).isFalse();
  }

  @Test
  void R_PAT_2_cameraRoundsAreOneBeforeNoonAndOneAfter() {
    assertThat(problems(() -> video("08:00", "12:00", "12:00", "13:00", 60).build())).isEmpty();
    assertThat(problems(() -> video("08:00", "09:00", "14:00", "16:00", 60).build())).isEmpty();
    assertThat(problems(() -> video("08:00", "09:00", "14:00", "16:00", 1).build())).isEmpty();
    assertThat(problems(() -> video("08:00", "12:01", "14:00", "15:00", 30).build()))
        .containsExactly("/morning/to patrol.video.morning");
    assertThat(problems(() -> video("08:00", "09:00", "11:59", "15:00", 30).build()))
        .containsExactly("/afternoon/from patrol.video.afternoon");
    assertThat(problems(() -> video("08:00", "09:00", "14:00", "16:00", 61).build()))
        .containsExactly("/minutes patrol.minutes.window");
    assertThat(problems(() -> video("08:00", "10:00", "14:00", "15:00", 61).build()))
        .containsExactly("/minutes patrol.minutes.window");
    assertThat(problems(() -> video("08:00", "09:00", "14:00", "15:00", 0).build()))
        .containsExactly("/minutes patrol.minutes.positive");
    assertThat(problems(() -> video("08:00", "09:00", "14:00", "15:00", 30).level("village")
        .role("grid worker").build()))
        .containsExactly("/level core.code.syntax", "/role core.code.syntax");
  }

  @Test
  void R_PAT_5_fieldDaysFallOnTheTenthsAndOnTheLastDayOfAShortMonth() {
    GovernanceCalendar calendar = GovernanceCalendar.standard();
    FieldDayRule rule = fieldDays(false).build();
    assertThat(rule.fieldDays(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1), calendar))
        .containsExactly(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 20),
            LocalDate.of(2024, 2, 29));
    assertThat(rule.fieldDays(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 1), calendar))
        .containsExactly(LocalDate.of(2023, 2, 10), LocalDate.of(2023, 2, 20),
            LocalDate.of(2023, 2, 28));
    // the start is in the range, the end is not
    assertThat(rule.fieldDays(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 20), calendar))
        .containsExactly(LocalDate.of(2024, 2, 10));
    assertThat(rule.fieldDays(LocalDate.of(2024, 1, 25), LocalDate.of(2024, 3, 15), calendar))
        .containsExactly(LocalDate.of(2024, 1, 30), LocalDate.of(2024, 2, 10),
            LocalDate.of(2024, 2, 20), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 10));
    // a rest day stays put unless the rule asks for working days
    assertThat(rule.fieldDays(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 2), calendar))
        .containsExactly(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 20),
            LocalDate.of(2026, 5, 30));
    FieldDayRule working = fieldDays(true).build();
    assertThat(working.fieldDays(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 2), calendar))
        .containsExactly(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 20),
            LocalDate.of(2026, 6, 1));
    // Saturday 30 January 2027 moves into February
    assertThat(working.fieldDays(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 2), calendar))
        .containsExactly(LocalDate.of(2027, 2, 1));
    assertThat(rule.fieldDays(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 2), calendar))
        .isEmpty();
    // the 30th and the 31st of February are one day
    FieldDayRule ends = fieldDays(false).days(List.of(30, 31)).build();
    assertThat(ends.fieldDays(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 1), calendar))
        .containsExactly(LocalDate.of(2023, 2, 28));
    assertThat(ends.fieldDays(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 1), calendar))
        .containsExactly(LocalDate.of(2023, 3, 30), LocalDate.of(2023, 3, 31));
    FieldDayRule first = fieldDays(false).days(List.of(1)).build();
    assertThat(first.fieldDays(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 3, 1), calendar))
        .isEmpty();
    assertThat(first.fieldDays(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 3, 2), calendar))
        .containsExactly(LocalDate.of(2024, 3, 1));
  }

  @Test
  void R_PAT_5_fieldDayRulesNameRolesAndDaysOfTheMonth() {
    assertThat(fieldDays(false).build().days()).containsExactly(10, 20, 30);
    assertThat(fieldDays(false).build().workingDaysOnly()).isFalse();
    assertThat(problems(() -> fieldDays(false).days(List.of(1, 31)).build())).isEmpty();
    assertThat(problems(() -> fieldDays(false).days(List.of(0, 32, 10, 10)).build()))
        .containsExactly("/days/0 patrol.fieldDays.day", "/days/1 patrol.fieldDays.day",
            "/days/3 core.duplicate");
    assertThat(problems(() -> FieldDayRule.builder().hours(DAY).days(List.<Integer>of())
        .build())).containsExactly("/roles patrol.fieldDays.noRoles",
            "/days patrol.fieldDays.noDays");
    assertThat(problems(() -> FieldDayRule.builder().addRoles("town cadre").hours(DAY).build()))
        .containsExactly("/roles core.code.syntax");
  }

  @Test
  void R_PAT_3_aTeamCountsItsMembersAndNamesEachRoleAndBodyOnce() {
    TeamRule five = TeamRule.builder().code("FIVE").name("五位一体")
        .addMembers(TeamSlot.of("TOWN_CADRE", 1), TeamSlot.of("VILLAGE_POLICE", 2),
            TeamSlot.of("JOINT_DEFENCE", 3)).addBodies("POLICE_STATION").build();
    assertThat(five.size()).isEqualTo(6);
    assertThat(problems(() -> TeamSlot.of("POLICE", 1))).isEmpty();
    assertThat(problems(() -> TeamSlot.of("police", 0)))
        .containsExactly("/role core.code.syntax", "/count patrol.team.count");
    assertThat(problems(() -> TeamRule.builder().code("red").name(" ")
        .addBodies("police station", "PS", "PS").build())).containsExactly(
            "/code core.code.syntax", "/name core.blank", "/members patrol.team.empty",
            "/bodies/0 core.code.syntax", "/bodies/2/body core.duplicate");
    assertThat(problems(() -> TeamRule.builder().code("RED").name("红袖标")
        .addMembers(TeamSlot.of("POLICE", 1), TeamSlot.of("POLICE", 2)).build()))
        .containsExactly("/members/1/role core.duplicate");
  }

  @Test
  void R_PAT_3_aRouteWithAKeySitePatrolsAtLeastTheKeyNumberPlusKeyPeriods() {
    Site plain = Site.of("S1", "路口", "ROAD");
    Site key = Site.builder().code("S2").name("加油站").kind("ROAD").key(true)
        .location(GeoPoint.of(30, 120)).build();
    assertThat(plain.key()).isFalse();
    Route quiet = route("R1", 1, plain).build();
    Route guarded = route("R2", 1, plain, key).build();
    Route busy = route("R3", 3, key).build();
    assertThat(quiet.hasKeySite()).isFalse();
    assertThat(guarded.hasKeySite()).isTrue();
    PatrolPolicy policy = policy().addRoutes(quiet, guarded, busy)
        .addKeyPeriods(KeyPeriod.builder().code("SPRING").name("春节前后")
            .season(Season.of(MonthDay.of(1, 20), MonthDay.of(2, 20))).extraRoutePatrols(2)
            .build(),
            KeyPeriod.builder().code("NEW_YEAR").name("元旦")
            .season(Season.of(MonthDay.of(12, 30), MonthDay.of(1, 25))).build())
        .build();
    LocalDate ordinary = LocalDate.of(2024, 5, 5);
    assertThat(policy.keySitePatrolsPerDay()).isEqualTo(2);
    assertThat(policy.patrolsOn(quiet, ordinary)).isEqualTo(1);
    assertThat(policy.patrolsOn(guarded, ordinary)).isEqualTo(2);
    assertThat(policy.patrolsOn(busy, ordinary)).isEqualTo(3);
    // 22 January lies in both key periods: 2 + 1 more
    LocalDate both = LocalDate.of(2024, 1, 22);
    assertThat(policy.keyPeriodsOn(both)).extracting(KeyPeriod::code)
        .containsExactly("SPRING", "NEW_YEAR");
    assertThat(policy.patrolsOn(quiet, both)).isEqualTo(4);
    assertThat(policy.patrolsOn(guarded, both)).isEqualTo(5);
    assertThat(policy.patrolsOn(busy, LocalDate.of(2024, 2, 1))).isEqualTo(5);
    assertThat(policy.keyPeriodsOn(ordinary)).isEmpty();
    PatrolPolicy three = policy().keySitePatrolsPerDay(3).addRoutes(guarded).build();
    assertThat(three.patrolsOn(guarded, ordinary)).isEqualTo(3);
  }

  @Test
  void aRouteTakesTheDefaultsItDoesNotGiveItself() {
    Route own = route("R1", 1, Site.of("S1", "路口", "ROAD")).team("BLUE")
        .window(TimeWindow.of("20:00", "22:00")).minutes(45).build();
    Route bare = Route.builder().code("R2").name("二号线").unit(UnitId.of("T"))
        .addSites(Site.of("S1", "路口", "ROAD")).build();
    PatrolPolicy policy = policy().addTeams(team("BLUE")).addRoutes(own, bare).build();
    assertThat(policy.teamOf(own)).isEqualTo("BLUE");
    assertThat(policy.windowOf(own)).isEqualTo(TimeWindow.of("20:00", "22:00"));
    assertThat(policy.minutesOf(own)).isEqualTo(45);
    assertThat(policy.teamOf(bare)).isEqualTo("RED");
    assertThat(policy.windowOf(bare)).isEqualTo(DAY);
    assertThat(policy.minutesOf(bare)).isEqualTo(60);
    assertThat(policy.team("BLUE")).map(TeamRule::code).contains("BLUE");
    assertThat(policy.team("GREEN")).isEmpty();
  }

  @Test
  void aRouteIsCheckedOnItsOwnAndAgainstThePolicy() {
    assertThat(problems(() -> route("R1", 1, Site.of("S1", "路口", "ROAD")).minutes(1).build()))
        .isEmpty();
    assertThat(problems(() -> route("r1", 0, Site.of("S1", "路口", "ROAD"),
        Site.of("S1", "桥", "ROAD")).name(" ").team("blue").minutes(0).build())).containsExactly(
            "/code core.code.syntax", "/name core.blank", "/team core.code.syntax",
            "/minutes patrol.minutes.positive", "/patrolsPerDay patrol.route.patrolsPerDay",
            "/sites/1/code core.duplicate");
    assertThat(problems(() -> Site.of("s1", "", "road"))).containsExactly(
        "/code core.code.syntax", "/name core.blank", "/kind core.code.syntax");
    assertThat(problems(() -> SiteKind.of("road", " ", "road")))
        .containsExactly("/code core.code.syntax", "/name core.blank");
    // minutes equal to the window fit; a minute more does not
    assertThat(problems(() -> policy().addRoutes(route("R1", 1, Site.of("S1", "路口", "ROAD"))
        .minutes(90).build()).build())).isEmpty();
    assertThat(problems(() -> policy().addRoutes(route("R1", 1, Site.of("S1", "路口", "ROAD"))
        .minutes(91).build()).build())).containsExactly("/routes/0/minutes patrol.minutes.window");
    assertThat(problems(() -> policy().addRoutes(route("R1", 1, Site.of("S1", "路口", "ROAD"))
        .window(TimeWindow.of("08:00", "08:30")).build()).build()))
        .containsExactly("/routes/0/minutes patrol.minutes.window");
  }

  @Test
  void aPolicyChecksItsSizesCodesAndTeamReferences() {
    ImmutableList.Builder<ChecklistItem> items = ImmutableList.builder();
    for (int i = 0; i < PatrolPolicy.MAX_CHECKLIST; i++) {
      items.add(ChecklistItem.of("ITEM_" + i, "项目" + i, "x"));
    }
    assertThat(problems(() -> PatrolPolicy.builder().addAllChecklist(items.build()).build()))
        .isEmpty();
    assertThat(problems(() -> PatrolPolicy.builder().addAllChecklist(items.build())
        .addChecklist(ChecklistItem.of("ONE_MORE", "多一项", "x")).build()))
        .containsExactly("/checklist patrol.checklist.size");
    assertThat(problems(() -> policy().keySitePatrolsPerDay(1).build())).isEmpty();
    assertThat(problems(() -> policy().keySitePatrolsPerDay(0).build()))
        .containsExactly("/keySitePatrolsPerDay patrol.keySitePatrolsPerDay");
    assertThat(problems(() -> PatrolPolicy.builder()
        .routePatrol(RoutePatrolRule.builder().team("GREEN").window(DAY).minutes(60).build())
        .area(area(30).team("BLUE").build()).build()))
        .containsExactly("/routePatrol/team patrol.team.unknown", "/area/team patrol.team.unknown");
    assertThat(problems(() -> policy().area(area(30).build()).build())).isEmpty();
    assertThat(problems(() -> PatrolPolicy.builder()
        .addChecklist(ChecklistItem.of("A", "甲", "x"), ChecklistItem.of("A", "乙", "x"))
        .addSiteKinds(SiteKind.of("ROAD", "路", "x"), SiteKind.of("ROAD", "道", "x"))
        .addTeams(team("RED"), team("RED"))
        .addRoutes(route("R1", 1, Site.of("S1", "路口", "ROAD")).team("RED").window(DAY)
            .minutes(30).build(), route("R1", 2, Site.of("S2", "桥", "ROAD")).team("RED")
            .window(DAY).minutes(30).build())
        .addKeyPeriods(period("K"), period("K")).build())).containsExactly(
            "/checklist/1/code core.duplicate", "/siteKinds/1/code core.duplicate",
            "/teams/1/code core.duplicate", "/routes/1/code core.duplicate",
            "/keyPeriods/1/code core.duplicate");
  }

  @Test
  void R_PAT_1_theSummaryNamesEveryKindAPolicyPlans() {
    PatrolPolicy all = policy()
        .addRoutes(route("R1", 1, Site.of("S1", "路口", "ROAD")).build())
        .area(area(30).build()).visits(visit(30, 7).build())
        .video(video("08:00", "09:00", "14:00", "15:00", 30).build())
        .fieldDays(fieldDays(false).build()).build();
    PatrolSection section = new PatrolSection();
    assertThat(section.summary(all, Locale.ENGLISH)).isEqualTo("area patrol, route patrol,"
        + " household visit, camera round, field day; 0 checklist items, 1 routes, 1 team rules");
    PatrolPolicy routesOnly = PatrolPolicy.builder().addTeams(team("RED")).addSiteKinds(
        SiteKind.of("ROAD", "交通要道", "road")).addRoutes(route("R1", 1,
            Site.of("S1", "路口", "ROAD")).team("RED").window(DAY).minutes(30).build()).build();
    assertThat(section.summary(routesOnly, Locale.ENGLISH))
        .startsWith("route patrol; 0 checklist items, 1 routes");
    assertThat(section.summary(policy().build(), Locale.ENGLISH))
        .startsWith("route patrol; 0 checklist items, 0 routes");
  }

  // ---------------------------------------------------------------- builders

  static AreaPatrolRule.Builder area(int minutes) {
    return AreaPatrolRule.builder().level("VILLAGE").team("RED").window(DAY).minutes(minutes);
  }

  static VisitRule.Builder visit(int minutes, int everyDays) {
    return VisitRule.builder().role("GRID_WORKER").everyDays(everyDays).hours(DAY)
        .minutes(minutes);
  }

  static VideoRoundRule.Builder video(String mFrom, String mTo, String aFrom, String aTo,
      int minutes) {
    return VideoRoundRule.builder().level("VILLAGE").role("GRID_WORKER")
        .morning(TimeWindow.of(mFrom, mTo)).afternoon(TimeWindow.of(aFrom, aTo)).minutes(minutes);
  }

  static FieldDayRule.Builder fieldDays(boolean workingDaysOnly) {
    return FieldDayRule.builder().addRoles("TOWN_CADRE").hours(DAY)
        .workingDaysOnly(workingDaysOnly);
  }

  static TeamRule team(String code) {
    return TeamRule.builder().code(code).name("巡逻队").addMembers(TeamSlot.of("POLICE", 1))
        .build();
  }

  static KeyPeriod period(String code) {
    return KeyPeriod.builder().code(code).name("时段")
        .season(Season.of(MonthDay.of(1, 1), MonthDay.of(1, 31))).build();
  }

  static Route.Builder route(String code, int patrolsPerDay, Site... sites) {
    return Route.builder().code(code).name("线路").unit(UnitId.of("T"))
        .patrolsPerDay(patrolsPerDay).addSites(sites);
  }

  /** A policy with a road site kind, a team RED and route defaults RED, {@link #DAY}, 60'. */
  static PatrolPolicy.Builder policy() {
    return PatrolPolicy.builder().addSiteKinds(SiteKind.of("ROAD", "交通要道", "road"))
        .addTeams(team("RED"))
        .routePatrol(RoutePatrolRule.builder().team("RED").window(DAY).minutes(60).build());
  }
}
