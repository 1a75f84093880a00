package io.github.xiangzhi.testkit.patrol;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.HierarchyBuilder;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.staff.Assignment;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.grid.staff.Staffing;
import io.github.xiangzhi.patrol.policy.PatrolPolicy;
import io.github.xiangzhi.patrol.policy.Route;
import io.github.xiangzhi.patrol.policy.RoutePatrolRule;
import io.github.xiangzhi.patrol.policy.Site;
import io.github.xiangzhi.patrol.policy.SiteKind;
import io.github.xiangzhi.patrol.policy.TeamRule;
import io.github.xiangzhi.patrol.policy.TeamSlot;
import io.github.xiangzhi.patrol.policy.TimeWindow;
import io.github.xiangzhi.patrol.policy.VisitRule;

/**
 * 渭沱镇, small: two villages; 李湾村 has two grids, the first with two courtyards (张家院 with
 * h1 and h5, 李家院 with h2), the second with h3; 七星村 has one grid with h4 and h6. Each grid has
 * a grid worker, each village a police officer and two red-armband volunteers, the town a camera
 * operator, a town cadre (包村 李湾村) and each village a village cadre.
 */
public final class Weituo {
  private Weituo() {}

  /** The hierarchy. */
  public static Hierarchy hierarchy() {
    return builder().build();
  }

  /** The hierarchy's builder, to add to. */
  public static HierarchyBuilder builder() {
    return Hierarchy.builder(PatrolGens.WEITUO)
        .addUnit(Unit.root("weituo", "TOWN", "渭沱镇"))
        .addUnit(Unit.of("liwan", "weituo", "VILLAGE", "李湾村"))
        .addUnit(Unit.builder().id(UnitId.of("qixing")).parent(UnitId.of("weituo"))
            .level("VILLAGE").name("七星村").addGroups("KEY_AREA").build())
        .addUnit(Unit.of("liwan-1", "liwan", "GRID", "李湾一网格"))
        .addUnit(Unit.of("liwan-2", "liwan", "GRID", "李湾二网格"))
        .addUnit(Unit.of("liwan-1-a", "liwan-1", "COURTYARD", "张家院"))
        .addUnit(Unit.of("liwan-1-b", "liwan-1", "COURTYARD", "李家院"))
        .addUnit(Unit.of("qixing-1", "qixing", "GRID", "七星一网格"))
        .addHousehold(HouseholdId.of("h1"), UnitId.of("liwan-1-a"))
        .addHousehold(HouseholdId.of("h2"), UnitId.of("liwan-1-b"))
        .addHousehold(HouseholdId.of("h3"), UnitId.of("liwan-2"))
        .addHousehold(HouseholdId.of("h4"), UnitId.of("qixing-1"))
        .addHousehold(HouseholdId.of("h5"), UnitId.of("liwan-1-a"))
        .addHousehold(HouseholdId.of("h6"), UnitId.of("qixing-1"));
  }

  /** The staffing. */
  public static Staffing staffing() {
    return staffingBuilder().build();
  }

  /** The staffing's builder, to add to. */
  public static Staffing.Builder staffingBuilder() {
    return Staffing.builder().addAllRoles(PatrolGens.ROLES)
        .addMembers(StaffMember.of("gw-1", "张网格", "GRID_WORKER"),
            StaffMember.of("gw-2", "李网格", "GRID_WORKER"),
            StaffMember.of("gw-3", "王网格", "GRID_WORKER"),
            StaffMember.of("police-1", "赵警官", "POLICE"),
            StaffMember.of("police-2", "钱警官", "POLICE"),
            StaffMember.of("red-1", "孙志愿", "RED_ARMBAND_VOLUNTEER"),
            StaffMember.of("red-2", "周志愿", "RED_ARMBAND_VOLUNTEER"),
            StaffMember.of("red-3", "吴志愿", "RED_ARMBAND_VOLUNTEER"),
            StaffMember.of("red-4", "郑志愿", "RED_ARMBAND_VOLUNTEER"),
            StaffMember.of("video-1", "冯视频", "VIDEO_PATROLLER"),
            StaffMember.of("cadre-1", "陈干部", "TOWN_CADRE"),
            StaffMember.of("vc-1", "褚村干", "VILLAGE_CADRE"),
            StaffMember.of("vc-2", "卫村干", "VILLAGE_CADRE"))
        .addAssignments(Assignment.of("gw-1", "liwan-1", "GRID_WORKER"),
            Assignment.of("gw-2", "liwan-2", "GRID_WORKER"),
            Assignment.of("gw-3", "qixing-1", "GRID_WORKER"),
            Assignment.of("police-1", "liwan", "POLICE"),
            Assignment.of("police-2", "qixing", "POLICE"),
            Assignment.of("red-1", "liwan", "RED_ARMBAND_VOLUNTEER"),
            Assignment.of("red-2", "liwan", "RED_ARMBAND_VOLUNTEER"),
            Assignment.of("red-3", "qixing", "RED_ARMBAND_VOLUNTEER"),
            Assignment.of("red-4", "qixing", "RED_ARMBAND_VOLUNTEER"),
            Assignment.of("video-1", "weituo", "VIDEO_PATROLLER"),
            Assignment.of("cadre-1", "weituo", "TOWN_CADRE"),
            Assignment.of("cadre-1", "liwan", "TOWN_CADRE"),
            Assignment.of("vc-1", "liwan", "VILLAGE_CADRE"),
            Assignment.of("vc-2", "qixing", "VILLAGE_CADRE"));
  }

  /** A policy with one route per village and weekly household visits. */
  public static PatrolPolicy.Builder policy() {
    return PatrolPolicy.builder()
        .addSiteKinds(SiteKind.of("ROAD", "交通要道", "main road"),
            SiteKind.of("ENTERTAINMENT_VENUE", "娱乐场所", "entertainment venue"))
        .addTeams(TeamRule.builder().code("RED").name("红袖标联巡队伍")
            .addMembers(TeamSlot.of("RED_ARMBAND_VOLUNTEER", 2), TeamSlot.of("POLICE", 1))
            .build())
        .routePatrol(RoutePatrolRule.builder().team("RED").window(TimeWindow.of("19:00", "23:00"))
            .minutes(60).build())
        .addRoutes(Route.builder().code("LIWAN_ROAD").name("李湾村道").unit(UnitId.of("liwan"))
            .addSites(Site.of("BRIDGE", "李湾桥", "ROAD")).build())
        .addRoutes(Route.builder().code("QIXING_ROAD").name("七星场镇").unit(UnitId.of("qixing"))
            .addSites(Site.of("KTV", "七星歌舞厅", "ENTERTAINMENT_VENUE")).build())
        .visits(VisitRule.builder().role("GRID_WORKER").everyDays(7).workingDaysOnly(true)
            .hours(TimeWindow.of("09:00", "17:00")).minutes(30).build());
  }
}
