package io.github.xiangzhi.patrol.schedule;

import static io.github.xiangzhi.testkit.core.Problems.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.group.SpecialGroupMembership;
import io.github.xiangzhi.core.group.SpecialGroupRoster;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.privacy.Disclosure;
import io.github.xiangzhi.core.privacy.Permission;
import io.github.xiangzhi.core.privacy.Sensitivity;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.staff.Assignment;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.patrol.PatrolKind;
import io.github.xiangzhi.patrol.policy.AreaPatrolRule;
import io.github.xiangzhi.patrol.policy.ChecklistItem;
import io.github.xiangzhi.patrol.policy.FieldDayRule;
import io.github.xiangzhi.patrol.policy.KeyPeriod;
import io.github.xiangzhi.patrol.policy.PatrolPolicy;
import io.github.xiangzhi.patrol.policy.Route;
import io.github.xiangzhi.patrol.policy.Season;
import io.github.xiangzhi.patrol.policy.Site;
import io.github.xiangzhi.patrol.policy.SpecialGroupFrequency;
import io.github.xiangzhi.patrol.policy.TeamRule;
import io.github.xiangzhi.patrol.policy.TeamSlot;
import io.github.xiangzhi.patrol.policy.TimeWindow;
import io.github.xiangzhi.patrol.policy.VideoRoundRule;
import io.github.xiangzhi.patrol.policy.VisitRule;
import io.github.xiangzhi.testkit.patrol.PatrolGens;
import io.github.xiangzhi.testkit.patrol.Weituo;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PatrolPlannerTest {
  static final Hierarchy WEITUO = Weituo.hierarchy();

  static PlanInput.Builder input(LocalDate start, int days) {
    return PlanInput.builder().hierarchy(WEITUO).staffing(Weituo.staffing())
        .calendar(PatrolGens.china()).start(start).endExclusive(start.plusDays(days));
  }

  static List<ScheduledPatrol> of(Schedule schedule, PatrolKind kind) {
    return schedule.patrols().stream().filter(p -> p.kind() == kind).collect(Collectors.toList());
  }

  @Test
  void R_PAT_1_aWeekOfRoutePatrolsAndHouseholdVisitsInWeituo() {
    PlanResult result = PatrolPlanner.of(Weituo.policy().build())
        .plan(input(LocalDate.of(2024, 3, 4), 7).build(), 2024);
    assertThat(result.isFeasible()).as("%s", result.infeasibilities()).isTrue();
    Schedule schedule = result.schedule();
    List<ScheduledPatrol> routes = of(schedule, PatrolKind.ROUTE);
    assertThat(routes).hasSize(14); // two routes, every day
    for (ScheduledPatrol p : routes) {
      assertThat(p.from()).isBetween(LocalTime.of(19, 0), LocalTime.of(22, 0));
      assertThat(p.team()).hasSize(3);
      assertThat(p.startInstant()).isEqualTo(p.date().atTime(p.from())
          .atZone(GovernanceCalendar.CHINA).toInstant());
    }
    assertThat(routes).filteredOn(p -> p.route().orElseThrow().equals("LIWAN_ROAD"))
        .allSatisfy(p -> assertThat(p.team()).containsExactlyInAnyOrder(PersonId.of("red-1"),
            PersonId.of("red-2"), PersonId.of("police-1")));
    // every household once in the week, on working days, by the worker of its grid (逐户逐院)
    for (HouseholdId h : WEITUO.households()) {
      assertThat(schedule.visitsTo(h)).hasSize(1).allSatisfy(v -> {
        assertThat(v.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(v.reason()).contains(VisitReason.ROUTINE);
        assertThat(v.team()).containsExactly(schedule.requirement(h).orElseThrow().worker()
            .orElseThrow());
      });
    }
    assertThat(schedule.requirement(HouseholdId.of("h5")).orElseThrow().servingUnit())
        .contains(UnitId.of("liwan-1"));
    assertThat(schedule.of(PersonId.of("gw-1"))).extracting(p -> p.household().orElseThrow())
        .containsExactlyInAnyOrder(HouseholdId.of("h1"), HouseholdId.of("h2"),
            HouseholdId.of("h5"));
    assertThat(schedule.on(LocalDate.of(2024, 3, 4))).allSatisfy(
        p -> assertThat(p.date()).isEqualTo(LocalDate.of(2024, 3, 4)));
    assertThat(schedule.on(LocalDate.of(2024, 3, 11))).isEmpty();
    assertThat(result.workload().visits()).containsOnlyKeys(PersonId.of("gw-1"),
        PersonId.of("gw-2"), PersonId.of("gw-3"));
    assertThat(result.workload().maxMinRatio().getAsDouble()).isEqualTo(3.0);
  }

  @Test
  void R_PAT_1_theDefaultRandomnessIsSecureAndStillKeepsTimesInTheirWindows() {
    PatrolPlanner planner = PatrolPlanner.of(Weituo.policy().build());
    PlanResult result = planner.plan(input(LocalDate.of(2024, 3, 4), 3).build());
    assertThat(of(result.schedule(), PatrolKind.ROUTE)).hasSize(6)
        .allSatisfy(p -> assertThat(p.to()).isBeforeOrEqualTo(LocalTime.of(23, 0)));
  }

  @Test
  void R_PAT_1_areaPatrolsCheckTheItemsInSeasonOnTheirDays() {
    PatrolPolicy policy = areaPolicy().build();
    Schedule schedule = PatrolPlanner.of(policy)
        .plan(input(LocalDate.of(2024, 6, 24), 14).build(), 1).schedule();
    List<ScheduledPatrol> areas = of(schedule, PatrolKind.AREA);
    // 李湾村 on Mondays and Thursdays; 七星村 is a key area (重点区域): every day
    assertThat(areas).filteredOn(p -> p.unit().orElseThrow().equals(UnitId.of("liwan")))
        .extracting(ScheduledPatrol::date).containsExactly(LocalDate.of(2024, 6, 24),
            LocalDate.of(2024, 6, 27), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 4));
    assertThat(areas).filteredOn(p -> p.unit().orElseThrow().equals(UnitId.of("qixing")))
        .hasSize(14);
    // straw burning is checked in the harvest season only
    assertThat(areas).filteredOn(p -> p.date().isBefore(LocalDate.of(2024, 7, 1)))
        .allSatisfy(p -> assertThat(p.checklist()).containsExactly("STRAW_BURNING",
            "TRAFFIC_SAFETY"));
    assertThat(areas).filteredOn(p -> !p.date().isBefore(LocalDate.of(2024, 7, 1)))
        .allSatisfy(p -> assertThat(p.checklist()).containsExactly("TRAFFIC_SAFETY"));
    assertThat(areas).allSatisfy(p -> assertThat(p.team()).hasSize(2));
  }

  static PatrolPolicy.Builder areaPolicy() {
    return Weituo.policy()
        .addChecklist(ChecklistItem.builder().code("STRAW_BURNING").name("秸秆禁烧")
            .addSeasons(Season.of(MonthDay.of(5, 15), MonthDay.of(6, 30))).build(),
            ChecklistItem.of("TRAFFIC_SAFETY", "交通安全", "traffic safety"))
        .addTeams(TeamRule.builder().code("AREA").name("镇村联巡")
            .addMembers(TeamSlot.of("POLICE", 1), TeamSlot.of("VILLAGE_CADRE", 1)).build())
        .area(AreaPatrolRule.builder().level("VILLAGE").team("AREA")
            .addDays(DayOfWeek.MONDAY, DayOfWeek.THURSDAY).window(TimeWindow.of("14:00", "18:00"))
            .minutes(90).addKeyAreaGroups("KEY_AREA").build());
  }

  @Test
  void R_PAT_3_keyPeriodsAndKeySitesRaiseThePatrols() {
    PatrolPolicy policy = areaPolicy()
        .routes(List.of(Route.builder().code("QIXING_ROAD").name("七星场镇")
            .unit(UnitId.of("qixing"))
            .addSites(Site.builder().code("KTV").name("七星歌舞厅").kind("ENTERTAINMENT_VENUE")
                .key(true).build()).build()))
        .addKeyPeriods(KeyPeriod.builder().code("NATIONAL_DAY").name("国庆假期")
            .season(Season.of(MonthDay.of(10, 1), MonthDay.of(10, 7))).build())
        .build();
    Schedule schedule = PatrolPlanner.of(policy)
        .plan(input(LocalDate.of(2024, 9, 29), 4).build(), 8).schedule();
    // a key site: two patrols a day; in the key period one more, and area patrols every day
    assertThat(of(schedule, PatrolKind.ROUTE).stream()
        .collect(Collectors.groupingBy(ScheduledPatrol::date, Collectors.counting())))
        .containsEntry(LocalDate.of(2024, 9, 29), 2L).containsEntry(LocalDate.of(2024, 9, 30), 2L)
        .containsEntry(LocalDate.of(2024, 10, 1), 3L).containsEntry(LocalDate.of(2024, 10, 2), 3L);
    assertThat(of(schedule, PatrolKind.AREA)).filteredOn(
        p -> p.unit().orElseThrow().equals(UnitId.of("liwan"))).extracting(ScheduledPatrol::date)
        .containsExactly(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 1),
            LocalDate.of(2024, 10, 2));
    // the day's patrols of one route lie in successive parts of the window, never overlapping
    List<ScheduledPatrol> october = of(schedule, PatrolKind.ROUTE).stream()
        .filter(p -> p.date().equals(LocalDate.of(2024, 10, 1))).collect(Collectors.toList());
    assertThat(october.get(0).to()).isBeforeOrEqualTo(october.get(1).from());
    assertThat(october.get(1).to()).isBeforeOrEqualTo(october.get(2).from());
  }

  @Test
  void R_PAT_3_tooFewPeopleForTheTeamIsReportedNotLeftAsAGap() {
    // one police officer, at the town, for two routes at the same hour: one cannot be staffed
    PatrolPolicy policy = Weituo.policy()
        .routePatrol(io.github.xiangzhi.patrol.policy.RoutePatrolRule.builder().team("RED")
            .window(TimeWindow.of("20:00", "21:00")).minutes(60).build())
        .build();
    List<Assignment> assignments = Weituo.staffing().assignments().stream()
        .filter(a -> !a.person().value().startsWith("police-")).collect(Collectors.toList());
    assignments.add(Assignment.of("police-1", "weituo", "POLICE"));
    PlanInput input = input(LocalDate.of(2024, 3, 4), 1)
        .staffing(Weituo.staffingBuilder().assignments(assignments).build())
        .build();
    PlanResult result = PatrolPlanner.of(policy).plan(input, 4);
    assertThat(of(result.schedule(), PatrolKind.ROUTE)).hasSize(1);
    Infeasibility short1 = result.infeasibilities().get(0);
    assertThat(short1.reason()).isEqualTo(InfeasibilityReason.TEAM_SHORT);
    assertThat(short1.role()).contains("POLICE");
    assertThat(short1.message(Locale.ENGLISH)).isEqualTo(
        "route patrol QIXING_ROAD on 2024-03-04: needs 1 × POLICE, only 0 free");
    assertThat(short1.message(Locale.CHINA)).isEqualTo(
        "2024-03-04 QIXING_ROAD的线上巡:需要POLICE 1人,仅0人有空");
  }

  @Test
  void R_PAT_2_theCommandCentreRoundsTheCamerasEachMorningAndAfternoon() {
    PatrolPolicy policy = Weituo.policy().video(VideoRoundRule.builder().level("TOWN")
        .role("VIDEO_PATROLLER").morning(TimeWindow.of("08:30", "12:00"))
        .afternoon(TimeWindow.of("14:30", "18:00")).minutes(30).build()).build();
    Schedule schedule = PatrolPlanner.of(policy)
        .plan(input(LocalDate.of(2024, 3, 1), 10).build(), 5).schedule();
    List<ScheduledPatrol> rounds = of(schedule, PatrolKind.VIDEO);
    assertThat(rounds).hasSize(20);
    assertThat(rounds.stream().collect(Collectors.groupingBy(ScheduledPatrol::date,
        Collectors.mapping(p -> p.from().isBefore(LocalTime.NOON), Collectors.toSet()))))
        .allSatisfy((date, halves) -> assertThat(halves).containsExactlyInAnyOrder(true, false));
    assertThat(rounds).allSatisfy(p -> {
      assertThat(p.team()).containsExactly(PersonId.of("video-1"));
      assertThat(p.unit()).contains(UnitId.of("weituo"));
    });
  }

  @Test
  void R_PAT_5_fieldDaysFallOnTheTenthTwentiethAndThirtiethAndOnFebruarysLastDay() {
    FieldDayRule rule = FieldDayRule.builder().addRoles("TOWN_CADRE", "VILLAGE_CADRE")
        .hours(TimeWindow.of("09:00", "12:00")).build();
    GovernanceCalendar china = PatrolGens.china();
    assertThat(rule.fieldDays(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 1), china))
        .containsExactly(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 20),
            LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 20),
            LocalDate.of(2024, 3, 30));
    assertThat(rule.fieldDays(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 1), china))
        .containsExactly(LocalDate.of(2023, 2, 10), LocalDate.of(2023, 2, 20),
            LocalDate.of(2023, 2, 28));
    // moved off rest days: 10 Feb 2024 is in the Spring Festival, 18 Feb a make-up workday
    FieldDayRule working = FieldDayRule.builder().from(rule).workingDaysOnly(true).build();
    assertThat(working.fieldDays(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1), china))
        .containsExactly(LocalDate.of(2024, 2, 18), LocalDate.of(2024, 2, 20),
            LocalDate.of(2024, 2, 29));

    Schedule schedule = PatrolPlanner.of(Weituo.policy().fieldDays(rule).build())
        .plan(input(LocalDate.of(2024, 2, 1), 60).build(), 6).schedule();
    List<ScheduledPatrol> fieldDays = of(schedule, PatrolKind.FIELD_DAY);
    // the town cadre takes the town and 李湾村 in turn; each village cadre their village
    assertThat(fieldDays).filteredOn(p -> p.team().contains(PersonId.of("cadre-1")))
        .extracting(p -> p.date() + " " + p.unit().orElseThrow())
        .containsExactly("2024-02-10 weituo", "2024-02-20 liwan", "2024-02-29 weituo",
            "2024-03-10 liwan", "2024-03-20 weituo", "2024-03-30 liwan");
    assertThat(fieldDays).hasSize(18).allSatisfy(p -> {
      assertThat(p.date().getDayOfMonth()).isIn(10, 20, 29, 30);
      assertThat(p.from()).isEqualTo(LocalTime.of(9, 0));
    });
  }

  @Test
  void R_PAT_6_specialGroupHouseholdsAreVisitedAtTheirCategorysFrequencyWithoutRevealingIt() {
    PatrolPolicy policy = Weituo.policy().visits(VisitRule.builder().role("GRID_WORKER")
        .everyDays(30).hours(TimeWindow.of("09:00", "17:00")).minutes(30)
        .addSpecialGroups(SpecialGroupFrequency.of("LEFT_BEHIND_ELDERLY", 7),
            SpecialGroupFrequency.of("DRUG_USER", 3))
        .build()).build();
    SpecialGroupRoster roster = SpecialGroupRoster.of(List.of(
        member("r1", "h1", "LEFT_BEHIND_ELDERLY", Sensitivity.GENERAL),
        member("r2", "h1", "DRUG_USER", Sensitivity.SENSITIVE),
        member("r3", "h4", "LEFT_BEHIND_ELDERLY", Sensitivity.GENERAL),
        member("r4", "h6", "VETERAN", Sensitivity.GENERAL)));
    PlanResult result = PatrolPlanner.of(policy).plan(
        input(LocalDate.of(2024, 1, 29), 28).roster(roster).build(), 12);
    assertThat(result.isFeasible()).as("%s", result.infeasibilities()).isTrue();
    Schedule schedule = result.schedule();
    assertThat(schedule.requirement(HouseholdId.of("h1")).orElseThrow().everyDays()).isEqualTo(3);
    assertThat(schedule.requirement(HouseholdId.of("h4")).orElseThrow().everyDays()).isEqualTo(7);
    assertThat(schedule.requirement(HouseholdId.of("h6")).orElseThrow().reason())
        .isEqualTo(VisitReason.ROUTINE); // veterans have no closer frequency here
    // visited over the Spring Festival too: special-group visits are not bound to working days
    assertThat(gaps(schedule, "h1")).allSatisfy(g -> assertThat(g).isLessThanOrEqualTo(3));
    assertThat(gaps(schedule, "h4")).allSatisfy(g -> assertThat(g).isLessThanOrEqualTo(7));
    assertThat(schedule.visitsTo(HouseholdId.of("h1")))
        .anySatisfy(v -> assertThat(v.date()).isBetween(LocalDate.of(2024, 2, 10),
            LocalDate.of(2024, 2, 17)))
        .allSatisfy(v -> assertThat(v.reason()).contains(VisitReason.SPECIAL_GROUP));
    // nothing shown names a category
    String shown = schedule.patrols().toString() + schedule.requirement(HouseholdId.of("h1"))
        + schedule + result + schedule.visitsTo(HouseholdId.of("h1")).get(0)
        .reason().orElseThrow().text(Locale.CHINA);
    assertThat(shown).doesNotContain("LEFT_BEHIND", "DRUG", "留守", "吸毒").contains("特殊群体走访");
    // unless a disclosure allows: general categories with SPECIAL_GROUPS, all with SENSITIVE
    HouseholdId h1 = HouseholdId.of("h1");
    assertThat(schedule.specialGroupCategories(h1, Disclosure.none())).isEmpty();
    assertThat(schedule.specialGroupCategories(h1, Disclosure.of(Permission.SPECIAL_GROUPS)))
        .containsExactly("LEFT_BEHIND_ELDERLY");
    assertThat(schedule.specialGroupCategories(h1,
        Disclosure.of(Permission.SENSITIVE_SPECIAL_GROUPS)))
        .containsExactly("LEFT_BEHIND_ELDERLY", "DRUG_USER");
  }

  static SpecialGroupMembership member(String person, String household, String category,
      Sensitivity sensitivity) {
    return SpecialGroupMembership.builder().person(PersonId.of(person))
        .household(HouseholdId.of(household)).category(category).sensitivity(sensitivity).build();
  }

  /** The days from the period's start to the first visit, between visits, and to its end. */
  static List<Integer> gaps(Schedule schedule, String household) {
    List<Integer> days = schedule.visitsTo(HouseholdId.of(household)).stream()
        .map(v -> (int) (v.date().toEpochDay() - schedule.start().toEpochDay()))
        .collect(Collectors.toList());
    List<Integer> gaps = new java.util.ArrayList<>();
    int prev = -1;
    for (int d : days) {
      gaps.add(d - prev);
      prev = d;
    }
    gaps.add(schedule.dayCount() - prev);
    return gaps;
  }

  @Test
  void R_PAT_6_aPlanNeedingMoreVisitsThanTheWorkersCanMakeIsReported() {
    // a daily visit to 30 households in 李湾二网格, by one worker with 4 slots a day
    var builder = Weituo.builder();
    for (int i = 0; i < 30; i++) {
      builder.addHousehold(HouseholdId.of("x" + i), UnitId.of("liwan-2"));
    }
    PatrolPolicy policy = Weituo.policy().visits(VisitRule.builder().role("GRID_WORKER")
        .everyDays(1).workingDaysOnly(false).hours(TimeWindow.of("09:00", "11:00")).minutes(30)
        .build()).build();
    PlanResult result = PatrolPlanner.of(policy).plan(PlanInput.builder()
        .hierarchy(builder.build()).staffing(Weituo.staffing())
        .period(GovernancePeriod.ofMonth(YearMonth.of(2024, 3))).build(), 3);
    assertThat(result.isFeasible()).isFalse();
    Infeasibility capacity = result.infeasibilities().stream()
        .filter(i -> i.reason() == InfeasibilityReason.VISIT_CAPACITY).findFirst().orElseThrow();
    assertThat(capacity.person()).contains(PersonId.of("gw-2"));
    assertThat(capacity.message(Locale.ENGLISH)).isEqualTo(
        "Grid worker gw-2 must make at least 961 visits but has only 124 visit slots in the period");
    List<Infeasibility> missed = result.infeasibilities().stream()
        .filter(i -> i.reason() == InfeasibilityReason.DEADLINE_MISSED)
        .collect(Collectors.toList());
    assertThat(missed).isNotEmpty().allSatisfy(i -> assertThat(i.person())
        .contains(PersonId.of("gw-2")));
    assertThat(missed.get(0).message(Locale.ENGLISH)).isEqualTo("Household x3 (routine visit)"
        + " was due a visit by 2024-03-01; grid worker gw-2 had 4 free slots and all were taken");
    // still nobody is double-booked: four visits a day at four different times
    assertThat(result.schedule().of(PersonId.of("gw-2")).stream()
        .collect(Collectors.groupingBy(ScheduledPatrol::date, Collectors.mapping(
            ScheduledPatrol::from, Collectors.toSet()))))
        .allSatisfy((date, times) -> assertThat(times).hasSize(4));
  }

  @Test
  void R_PAT_6_theSpringFestivalPileUpIsVisitedAheadAndWeeklyHouseholdsDoNotCrowdOutTheRest() {
    // one worker, 81 households with h3: monthly on working days; eight of them weekly on any
    // day; seven visits a day fill three quarters of the quarter's working-day slots
    var builder = Weituo.builder();
    List<SpecialGroupMembership> members = new java.util.ArrayList<>();
    for (int i = 0; i < 80; i++) {
      builder.addHousehold(HouseholdId.of("z" + i), UnitId.of("liwan-2"));
      if (i % 10 == 0) {
        members.add(member("rz" + i, "z" + i, "LEFT_BEHIND_ELDERLY", Sensitivity.GENERAL));
      }
    }
    PatrolPolicy policy = Weituo.policy().visits(VisitRule.builder().role("GRID_WORKER")
        .everyDays(30).hours(TimeWindow.of("09:00", "12:30")).minutes(30)
        .addSpecialGroups(SpecialGroupFrequency.of("LEFT_BEHIND_ELDERLY", 7)).build()).build();
    PlanResult result = PatrolPlanner.of(policy).plan(PlanInput.builder()
        .hierarchy(builder.build()).staffing(Weituo.staffing()).calendar(PatrolGens.china())
        .roster(SpecialGroupRoster.of(members)).period(GovernancePeriod.ofQuarter(2024, 1))
        .build(), 17);
    assertThat(result.infeasibilities()).isEmpty();
    Schedule schedule = result.schedule();
    // the Spring Festival (10 to 17 February) has no routine visit, only weekly ones
    assertThat(schedule.of(PersonId.of("gw-2"))).filteredOn(v -> !v.date()
        .isBefore(LocalDate.of(2024, 2, 10)) && !v.date().isAfter(LocalDate.of(2024, 2, 17)))
        .isNotEmpty().allSatisfy(v -> assertThat(v.reason()).contains(VisitReason.SPECIAL_GROUP));
    // a weekly household is visited about weekly, not every day the worker has a free slot
    assertThat(schedule.visitsTo(HouseholdId.of("z10")).size()).isBetween(13, 16);
    assertThat(gaps(schedule, "z10")).allSatisfy(g -> assertThat(g).isLessThanOrEqualTo(7));
    assertThat(schedule.visitsTo(HouseholdId.of("z11")).size()).isBetween(3, 5);
  }

  @Test
  void householdsNoWorkerServesAreReportedAndTheRestPlanned() {
    PlanInput input = input(LocalDate.of(2024, 3, 4), 7)
        .staffing(Weituo.staffingBuilder().assignments(Weituo.staffing().assignments().stream()
            .filter(a -> !a.person().value().equals("gw-3")).collect(Collectors.toList()))
            .build())
        .roster(SpecialGroupRoster.of(List.of(SpecialGroupMembership.builder()
            .person(PersonId.of("r9")).category("LEFT_BEHIND_ELDERLY")
            .sensitivity(Sensitivity.GENERAL).build())))
        .build();
    PatrolPolicy policy = Weituo.policy().visits(VisitRule.builder().from(
        Weituo.policy().build().visits().orElseThrow())
        .addSpecialGroups(SpecialGroupFrequency.of("LEFT_BEHIND_ELDERLY", 7)).build()).build();
    PlanResult result = PatrolPlanner.of(policy).plan(input, 1);
    assertThat(result.infeasibilities()).extracting(i -> i.message(Locale.ENGLISH))
        .containsExactly(
            "Special-group member r9 has no household on the roster and cannot be visited",
            "Household h4 in unit qixing-1: no GRID_WORKER serves that unit or any unit above it",
            "Household h6 in unit qixing-1: no GRID_WORKER serves that unit or any unit above it");
    assertThat(result.schedule().visitsTo(HouseholdId.of("h1"))).hasSize(1);
  }

  @Test
  void inputThatDoesNotFitThePolicyThrowsNamingEveryProblemBeforeAnythingIsPlanned() {
    PatrolPolicy policy = Weituo.policy()
        .addRoutes(Route.builder().code("LOST").name("无处线").unit(UnitId.of("nowhere"))
            .addSites(Site.of("S", "某处", "ROAD")).build())
        .addTeams(TeamRule.builder().code("X").name("未用编组").addMembers(TeamSlot.of("GHOST", 1))
            .build())
        .video(VideoRoundRule.builder().level("COUNTY").role("OPERATOR")
            .morning(TimeWindow.of("09:00", "10:00")).afternoon(TimeWindow.of("15:00", "16:00"))
            .minutes(30).build())
        .build();
    InvalidValueException e = thrown(InvalidValueException.class, () -> PatrolPlanner.of(policy)
        .plan(input(LocalDate.of(2024, 3, 4), 7).build(), 1));
    assertThat(e.violations()).extracting(Violation::path, v -> v.message(Locale.ENGLISH))
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("/routes/2/unit",
                "Unit nowhere is not in the hierarchy"),
            org.assertj.core.api.Assertions.tuple("/video/level",
                "Level COUNTY is not a level of the scheme WEITUO"),
            org.assertj.core.api.Assertions.tuple("/video/role",
                "Unknown role OPERATOR: the staffing does not define it"));
    // a period that ends before it starts, or is too long
    assertThatThrownBy(() -> input(LocalDate.of(2024, 3, 4), 0).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("A plan must end after it starts: 2024-03-04 to 2024-03-04");
    assertThatThrownBy(() -> input(LocalDate.of(2024, 3, 4), 800).build())
        .hasMessage("A plan covers at most 731 days, not 800");
  }

  @Test
  void aWindowTooShortForTheDaysPatrolsIsReported() {
    PatrolPolicy policy = Weituo.policy().routes(List.of(Route.builder().code("SHORT")
        .name("短线").unit(UnitId.of("liwan")).window(TimeWindow.of("20:00", "21:30"))
        .minutes(60).patrolsPerDay(2).addSites(Site.of("S", "桥", "ROAD")).build())).build();
    PlanResult result = PatrolPlanner.of(policy).plan(input(LocalDate.of(2024, 3, 4), 2).build(),
        1);
    assertThat(of(result.schedule(), PatrolKind.ROUTE)).isEmpty();
    assertThat(result.infeasibilities()).extracting(i -> i.message(Locale.ENGLISH)).containsExactly(
        "Route SHORT on 2024-03-04: a window of 90 minutes cannot hold 2 patrols side by side",
        "Route SHORT on 2024-03-05: a window of 90 minutes cannot hold 2 patrols side by side");
  }

  @Test
  void twoWorkersOfOneGridShareItsHouseholdsEvenly() {
    var builder = Weituo.builder();
    for (int i = 0; i < 19; i++) {
      builder.addHousehold(HouseholdId.of("y" + i), UnitId.of("liwan-2"));
    }
    PlanInput input = PlanInput.builder().hierarchy(builder.build())
        .staffing(Weituo.staffingBuilder()
            .addMembers(StaffMember.of("gw-4", "褚网格", "GRID_WORKER"))
            .addAssignments(Assignment.of("gw-4", "liwan-2", "GRID_WORKER")).build())
        .calendar(PatrolGens.china()).period(GovernancePeriod.ofQuarter(2024, 2)).build();
    PlanResult result = PatrolPlanner.of(Weituo.policy().build()).plan(input, 1);
    assertThat(result.isFeasible()).isTrue();
    assertThat(result.workload().visits().get(PersonId.of("gw-2")))
        .isEqualTo(result.workload().visits().get(PersonId.of("gw-4")));
  }

}
