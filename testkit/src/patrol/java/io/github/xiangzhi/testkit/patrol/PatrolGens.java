package io.github.xiangzhi.testkit.patrol;

import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.group.SpecialGroupMembership;
import io.github.xiangzhi.core.group.SpecialGroupRoster;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.core.privacy.Sensitivity;
import io.github.xiangzhi.core.profile.CoreSections;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.HierarchyBuilder;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.grid.staff.Assignment;
import io.github.xiangzhi.grid.staff.Role;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.grid.staff.Staffing;
import io.github.xiangzhi.patrol.policy.AreaPatrolRule;
import io.github.xiangzhi.patrol.policy.ChecklistItem;
import io.github.xiangzhi.patrol.policy.FieldDayRule;
import io.github.xiangzhi.patrol.policy.GeoPoint;
import io.github.xiangzhi.patrol.policy.PatrolPolicy;
import io.github.xiangzhi.patrol.policy.Route;
import io.github.xiangzhi.patrol.policy.RoutePatrolRule;
import io.github.xiangzhi.patrol.policy.Season;
import io.github.xiangzhi.patrol.policy.Site;
import io.github.xiangzhi.patrol.policy.SiteKind;
import io.github.xiangzhi.patrol.policy.SpecialGroupFrequency;
import io.github.xiangzhi.patrol.policy.TeamRule;
import io.github.xiangzhi.patrol.policy.TeamSlot;
import io.github.xiangzhi.patrol.policy.TimeWindow;
import io.github.xiangzhi.patrol.policy.VideoRoundRule;
import io.github.xiangzhi.patrol.policy.VisitRule;
import io.github.xiangzhi.patrol.schedule.PlanInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators and fixtures for the patrol module: random towns (a hierarchy of the
 * WEITUO scheme, staff with the roles the policies name, a special-group roster), random policies
 * over them, and the small fixed town of the examples.
 */
public final class PatrolGens {
  private PatrolGens() {}

  /** The WEITUO scheme: town, village, grid, courtyard. */
  public static final LevelScheme WEITUO = LevelSchemes.source("WEITUO").orElseThrow();

  /** The roles the fixtures' staff hold. */
  public static final ImmutableList<Role> ROLES = ImmutableList.of(
      Role.of("GRID_WORKER", "网格员", "grid worker"),
      Role.builder().code("POLICE").name("民警").nameEn("police officer").legalService(true)
          .build(),
      Role.of("RED_ARMBAND_VOLUNTEER", "红袖标志愿者", "red-armband volunteer"),
      Role.of("VIDEO_PATROLLER", "视频巡查员", "camera operator"),
      Role.of("TOWN_CADRE", "镇机关干部", "town cadre"),
      Role.of("VILLAGE_CADRE", "村组干部", "village cadre"));

  private static final GovernanceCalendar CHINA = readChina();

  /** The calendar of mainland China for 2024 and 2025, core's preset. */
  public static GovernanceCalendar china() {
    return CHINA;
  }

  private static GovernanceCalendar readChina() {
    try {
      return XiangzhiJson.newYamlMapper().readValue(
          new CoreSections.Calendar().presets().get("CHINA_2024_2025"), GovernanceCalendar.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A town: its hierarchy, staffing, roster and a policy fitting them. */
  public record Town(Hierarchy hierarchy, Staffing staffing, SpecialGroupRoster roster,
      PatrolPolicy policy, GovernanceCalendar calendar, LocalDate start, int days) {

    /** The plan input of the town. */
    public PlanInput input() {
      return PlanInput.builder().hierarchy(hierarchy).staffing(staffing).roster(roster)
          .calendar(calendar).start(start).endExclusive(start.plusDays(days)).build();
    }
  }

  /** Random towns with every kind of patrol, over 1 to 60 days of 2024 and 2025. */
  public static Gen<Town> towns() {
    return longs().all().map(PatrolGens::town);
  }

  /** The town seed {@code seed} gives. */
  public static Town town(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    HierarchyBuilder b = Hierarchy.builder(WEITUO).addUnit(Unit.root("T", "TOWN", "镇"));
    Staffing.Builder staff = Staffing.builder().addAllRoles(ROLES);
    List<String> villages = new ArrayList<>();
    List<HouseholdId> households = new ArrayList<>();
    int people = 0;
    people = person(staff, people, "VIDEO_PATROLLER", "T", random.nextInt(1, 3));
    people = person(staff, people, "POLICE", "T", random.nextInt(0, 2));
    int villageCount = random.nextInt(1, 4);
    for (int v = 0; v < villageCount; v++) {
      String village = "V" + v;
      villages.add(village);
      b.addUnit(Unit.of(village, "T", "VILLAGE", "村" + v));
      people = person(staff, people, "POLICE", village, random.nextInt(1, 3));
      people = person(staff, people, "RED_ARMBAND_VOLUNTEER", village, random.nextInt(1, 5));
      people = person(staff, people, "VILLAGE_CADRE", village, 1);
      int grids = random.nextInt(1, 4);
      for (int g = 0; g < grids; g++) {
        String grid = village + "-G" + g;
        b.addUnit(Unit.of(grid, village, "GRID", "网格" + g));
        int workers = random.nextInt(10) == 0 ? 0 : random.nextInt(4) == 0 ? 2 : 1;
        people = person(staff, people, "GRID_WORKER", grid, workers);
        int courtyards = random.nextInt(0, 3);
        List<String> leaves = new ArrayList<>();
        for (int c = 0; c < courtyards; c++) {
          String courtyard = grid + "-C" + c;
          b.addUnit(Unit.of(courtyard, grid, "COURTYARD", "院落" + c));
          leaves.add(courtyard);
        }
        if (leaves.isEmpty()) {
          leaves.add(grid);
        }
        for (String leaf : leaves) {
          int n = random.nextInt(0, 9);
          for (int k = 0; k < n; k++) {
            HouseholdId h = HouseholdId.of("h" + households.size());
            households.add(h);
            b.addHousehold(h, UnitId.of(leaf));
          }
        }
      }
    }
    // town cadres take villages (包村) and go down on field days
    int cadres = random.nextInt(1, 3);
    for (int c = 0; c < cadres; c++) {
      String id = "p" + people++;
      staff.addMembers(StaffMember.of(id, "干部" + id, "TOWN_CADRE"));
      staff.addAssignments(Assignment.of(id, "T", "TOWN_CADRE"));
      for (String village : villages) {
        if (random.nextBoolean()) {
          staff.addAssignments(Assignment.of(id, village, "TOWN_CADRE"));
        }
      }
    }
    Hierarchy hierarchy = b.build();

    List<SpecialGroupMembership> memberships = new ArrayList<>();
    String[] categories = {"LEFT_BEHIND_ELDERLY", "PETITIONER", "VETERAN"};
    for (HouseholdId h : households) {
      if (random.nextInt(5) == 0) {
        String category = categories[random.nextInt(categories.length)];
        memberships.add(SpecialGroupMembership.builder().person(PersonId.of("r-" + h))
            .household(h).category(category).sensitivity(Sensitivity.GENERAL).build());
      }
    }
    if (random.nextInt(8) == 0) {
      memberships.add(SpecialGroupMembership.builder().person(PersonId.of("r-nohouse"))
          .category("LEFT_BEHIND_ELDERLY").sensitivity(Sensitivity.GENERAL).build());
    }

    PatrolPolicy.Builder policy = PatrolPolicy.builder()
        .addChecklist(ChecklistItem.builder().code("STRAW_BURNING").name("秸秆禁烧")
            .addSeasons(Season.of(MonthDay.of(5, 15), MonthDay.of(6, 30))).build())
        .addChecklist(ChecklistItem.of("TRAFFIC_SAFETY", "交通安全", "traffic safety"))
        .addSiteKinds(SiteKind.of("ROAD", "交通要道", "main road"))
        .addTeams(TeamRule.builder().code("RED").name("红袖标联巡")
            .addMembers(TeamSlot.of("RED_ARMBAND_VOLUNTEER", random.nextInt(1, 3)),
                TeamSlot.of("POLICE", 1)).build())
        .addTeams(TeamRule.builder().code("AREA").name("镇村联巡")
            .addMembers(TeamSlot.of("TOWN_CADRE", 1), TeamSlot.of("VILLAGE_CADRE", 1)).build())
        .routePatrol(RoutePatrolRule.builder().team("RED").window(TimeWindow.of("08:00", "22:00"))
            .minutes(60).build())
        .area(AreaPatrolRule.builder().level("VILLAGE").team("AREA")
            .addDays(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)
            .window(TimeWindow.of("14:00", "18:00")).minutes(90).build())
        .video(VideoRoundRule.builder().level("TOWN").role("VIDEO_PATROLLER")
            .morning(TimeWindow.of("08:30", "12:00")).afternoon(TimeWindow.of("14:30", "18:00"))
            .minutes(30).build())
        .fieldDays(FieldDayRule.builder().addRoles("TOWN_CADRE")
            .hours(TimeWindow.of("09:00", "12:00")).workingDaysOnly(random.nextBoolean()).build())
        .visits(VisitRule.builder().role("GRID_WORKER").everyDays(random.nextInt(3, 31))
            .workingDaysOnly(random.nextBoolean()).hours(TimeWindow.of("09:00", "17:00"))
            .minutes(30)
            .addSpecialGroups(SpecialGroupFrequency.of("LEFT_BEHIND_ELDERLY", random.nextInt(1, 8)),
                SpecialGroupFrequency.of("PETITIONER", random.nextInt(2, 15)))
            .specialGroupsWorkingDaysOnly(random.nextInt(4) == 0).build());
    int routes = random.nextInt(0, 4);
    for (int r = 0; r < routes; r++) {
      int from = random.nextInt(6, 19) * 60;
      int length = random.nextInt(2, 7) * 60;
      int to = Math.min(from + length, 23 * 60 + 59);
      Route.Builder route = Route.builder().code("R" + r).name("线路" + r)
          .unit(UnitId.of(random.nextBoolean() ? "T" : villages.get(random.nextInt(villages.size()))))
          .window(TimeWindow.of(java.time.LocalTime.of(from / 60, 0),
              java.time.LocalTime.of(to / 60, to % 60)))
          .minutes(random.nextInt(30, 61)).patrolsPerDay(random.nextInt(1, 3));
      int sites = random.nextInt(1, 4);
      for (int s = 0; s < sites; s++) {
        route.addSites(Site.builder().code("S" + s).name("部位" + s).kind("ROAD")
            .key(random.nextInt(6) == 0)
            .location(GeoPoint.of(29.4 + random.nextDouble(0.05), 106.6 + random.nextDouble(0.05)))
            .build());
      }
      policy.addRoutes(route.build());
    }
    GovernanceCalendar calendar = random.nextInt(3) == 0 ? GovernanceCalendar.standard() : china();
    LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(0, 700));
    int days = random.nextInt(1, 61);
    return new Town(hierarchy, staff.build(), SpecialGroupRoster.of(memberships), policy.build(),
        calendar, start, days);
  }

  private static int person(Staffing.Builder staff, int next, String role, String unit, int n) {
    for (int i = 0; i < n; i++) {
      String id = "p" + next++;
      staff.addMembers(StaffMember.of(id, "人员" + id, role));
      staff.addAssignments(Assignment.of(id, unit, role));
    }
    return next;
  }
}
