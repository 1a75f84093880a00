package io.github.xiangzhi.testkit.mediation;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.profile.CoreSections;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.MediationSection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Places, policies, staff and clocks for mediation's tests: the presets loaded as a county loads
 * them, small hierarchies of the source towns built on grid's level schemes, and the official
 * 2024–2025 calendar.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The loader every section is registered with. */
  public static final ProfileLoader LOADER = ProfileLoader.standard();

  /** China's zone. */
  public static final ZoneId CHINA = GovernanceCalendar.CHINA;

  private static final java.util.Map<String, MediationPolicy> PRESETS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static volatile GovernanceCalendar official;

  /** The mediation preset {@code code}, loaded once through the profile loader. */
  public static MediationPolicy preset(String code) {
    return PRESETS.computeIfAbsent(code, Fixtures::load);
  }

  private static MediationPolicy load(String code) {
    String yaml = "profile: {id: test, name: 测试}\nmediation:\n"
        + new MediationSection().presets().get(code).indent(2);
    return LOADER.parse(yaml, "mediation/" + code).section(MediationPolicy.class).orElseThrow();
  }

  /** The official 2024–2025 calendar preset of core, loaded once. */
  public static GovernanceCalendar officialCalendar() {
    if (official == null) {
      official = loadCalendar();
    }
    return official;
  }

  private static GovernanceCalendar loadCalendar() {
    String yaml = "profile: {id: test, name: 测试}\ncalendar:\n"
        + new CoreSections.Calendar().presets().get("CHINA_2024_2025").indent(2);
    return LOADER.parse(yaml, "calendar").calendar();
  }

  /** 9:00 on {@code date} in China. */
  public static Instant at(LocalDate date) {
    return at(date, 9, 0);
  }

  /** {@code hour:minute} on {@code date} in China. */
  public static Instant at(LocalDate date, int hour, int minute) {
    return date.atTime(LocalTime.of(hour, minute)).atZone(CHINA).toInstant();
  }

  /** {@code hour:minute} on {@code yyyy-mm-dd} in China. */
  public static Instant at(String date, int hour, int minute) {
    return at(LocalDate.parse(date), hour, minute);
  }

  /** 9:00 on {@code yyyy-mm-dd} in China. */
  public static Instant at(String date) {
    return at(LocalDate.parse(date));
  }

  /** A clock fixed at {@code instant}. */
  public static Clock clock(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  /**
   * 渭沱镇 on grid's WEITUO scheme: 李湾村 with two grids (one with two courtyards) and 七星村 with
   * one grid.
   */
  public static Hierarchy weituo() {
    return Hierarchy.builder(LevelSchemes.source("WEITUO").orElseThrow())
        .addUnit(Unit.root("weituo", "TOWN", "渭沱镇"))
        .addUnit(Unit.of("liwan", "weituo", "VILLAGE", "李湾村"))
        .addUnit(Unit.of("qixing", "weituo", "VILLAGE", "七星村"))
        .addUnit(Unit.of("liwan-1", "liwan", "GRID", "李湾一网格"))
        .addUnit(Unit.of("liwan-2", "liwan", "GRID", "李湾二网格"))
        .addUnit(Unit.of("liwan-1-a", "liwan-1", "COURTYARD", "张家院"))
        .addUnit(Unit.of("liwan-1-b", "liwan-1", "COURTYARD", "李家院"))
        .addUnit(Unit.of("qixing-1", "qixing", "GRID", "七星一网格"))
        .addHousehold(HouseholdId.of("h1"), UnitId.of("liwan-1-a"))
        .addHousehold(HouseholdId.of("h2"), UnitId.of("liwan-2"))
        .addHousehold(HouseholdId.of("h3"), UnitId.of("qixing-1"))
        .build();
  }

  /**
   * 上坝镇 on grid's SHANGBA scheme: 新上村 with two villagers' groups and 旧墩村 with one.
   */
  public static Hierarchy shangba() {
    return Hierarchy.builder(LevelSchemes.source("SHANGBA").orElseThrow())
        .addUnit(Unit.root("shangba", "TOWN", "上坝镇"))
        .addUnit(Unit.of("xinshang", "shangba", "VILLAGE", "新上村"))
        .addUnit(Unit.of("jiudun", "shangba", "VILLAGE", "旧墩村"))
        .addUnit(Unit.of("xinshang-1", "xinshang", "GROUP", "新上村一组"))
        .addUnit(Unit.of("xinshang-2", "xinshang", "GROUP", "新上村二组"))
        .addUnit(Unit.of("jiudun-1", "jiudun", "GROUP", "旧墩村一组"))
        .build();
  }

  /**
   * A village of 安澜镇 on grid's ANLAN scheme (the party organisation): the village committee, a
   * branch, two party groups (grids), and a central household under the first.
   */
  public static Hierarchy anlan() {
    return Hierarchy.builder(LevelSchemes.source("ANLAN").orElseThrow())
        .addUnit(Unit.root("v", "VILLAGE_COMMITTEE", "某村党委"))
        .addUnit(Unit.of("v-b", "v", "PARTY_BRANCH", "第一党支部"))
        .addUnit(Unit.of("v-g1", "v-b", "PARTY_GROUP", "第一党小组"))
        .addUnit(Unit.of("v-g2", "v-b", "PARTY_GROUP", "第二党小组"))
        .addUnit(Unit.of("v-g1-c", "v-g1", "CENTRAL_HOUSEHOLD", "党员中心户"))
        .build();
  }

  /** A corner of 长治市 on grid's CHANGZHI scheme, down to two grids of one village. */
  public static Hierarchy changzhi() {
    return Hierarchy.builder(LevelSchemes.source("CHANGZHI").orElseThrow())
        .addUnit(Unit.root("changzhi", "CITY", "长治市"))
        .addUnit(Unit.of("county", "changzhi", "COUNTY", "某县"))
        .addUnit(Unit.of("township", "county", "TOWNSHIP", "某镇"))
        .addUnit(Unit.of("village", "township", "VILLAGE", "某村"))
        .addUnit(Unit.of("grid-1", "village", "GRID", "一网格"))
        .addUnit(Unit.of("grid-2", "village", "GRID", "二网格"))
        .build();
  }

  /** A staff member {@code id} holding {@code roles}. */
  public static StaffMember staff(String id, String... roles) {
    return StaffMember.of(id, "工作人员" + id, roles);
  }
}
