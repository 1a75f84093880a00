package io.github.xiangzhi.grid.staff;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.UnknownUnitException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * 三级多方责任体系 — who answers for any unit (R-GRID-6, 004: "主要领导包片,分管领导和驻村工作组包村,
 * 机关干部……包网格,网格员、党员骨干、志愿者、乡贤……包院落"): the holders of every responsibility
 * package ({@link StaffingRule.Kind#PACKAGE} rule) from the unit up, nearest first. A household's
 * courtyard volunteers, its grid's cadres, its village's deputies and its area's principal
 * leader all answer for it.
 *
 * <p>Answers are for a day, and only units open on it count, as in {@link StaffingReport}: the
 * holders of a package for a unit closed by then (a village merged away, 拆乡并镇) answer for
 * nothing, and with an inherited package, people assigned to a closed unit above do not count.
 * Such a package appears with no people, so the gap shows.
 *
 * <p>Performance notes: {@link #answerable(UnitId, LocalDate)} walks the unit's path once per
 * package, O(depth × packages + assignments there).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Responsibilities {
  private final Hierarchy hierarchy;
  private final Staffing staffing;
  private final ImmutableList<StaffingRule> packages; // deepest level first

  private Responsibilities(Hierarchy hierarchy, Staffing staffing, List<StaffingRule> packages) {
    this.hierarchy = hierarchy;
    this.staffing = staffing;
    this.packages = ImmutableList.copyOf(packages);
  }

  /**
   * The responsibility system of the {@link StaffingRule.Kind#PACKAGE} rules among {@code rules}.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException naming rules or assignments that refer
   *     to levels, roles or units that do not exist
   */
  public static Responsibilities of(Hierarchy hierarchy, Staffing staffing,
      List<StaffingRule> rules) {
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(staffing, "staffing");
    checkNotNull(rules, "rules");
    StaffingReport.validate(hierarchy, staffing, rules).throwIfAny();
    List<StaffingRule> packages = new ArrayList<>();
    for (StaffingRule rule : rules) {
      if (rule.kind() == StaffingRule.Kind.PACKAGE) {
        packages.add(rule);
      }
    }
    packages.sort(Comparator.comparingInt(
        (StaffingRule r) -> hierarchy.scheme().indexOf(r.level())).reversed());
    return new Responsibilities(hierarchy, staffing, packages);
  }

  /** The packages, deepest level first. */
  public List<StaffingRule> packages() {
    return packages;
  }

  /**
   * Everyone answerable for {@code unit} on {@code on}: for each package at the unit's level or
   * above, its holders for the unit or ancestor at that level, nearest first, counting only
   * assignments to units open that day. A package whose holders are missing, or whose unit is
   * closed, appears with no people, so gaps show.
   *
   * @throws UnknownUnitException if the hierarchy does not hold the unit
   */
  public List<Responsible> answerable(UnitId unit, LocalDate on) {
    checkNotNull(unit, "unit");
    checkNotNull(on, "on");
    int position = hierarchy.indexOf(unit);
    if (position < 0) {
      hierarchy.unit(unit); // throws the hierarchy's own exception
    }
    List<Responsible> out = new ArrayList<>();
    for (StaffingRule rule : packages) {
      int at = -1;
      for (int u = position; u >= 0; u = hierarchy.parentIndex(u)) {
        if (hierarchy.units().get(u).level().equals(rule.level())) {
          at = u;
          break;
        }
      }
      if (at < 0) {
        continue;
      }
      Set<PersonId> people = StaffingReport.holders(hierarchy, staffing, rule, at, on,
          a -> staffing.role(a.role()).map(rule::counts).orElse(false));
      out.add(new Responsible(rule, hierarchy.unitAt(at), new ArrayList<>(people)));
    }
    return out;
  }

  /**
   * Everyone answerable for {@code household} on {@code on}: those of the unit it is attached to.
   *
   * @throws UnknownUnitException if the hierarchy does not hold the household
   */
  public List<Responsible> answerable(HouseholdId household, LocalDate on) {
    checkNotNull(household, "household");
    UnitId unit = hierarchy.unitOf(household)
        .orElseThrow(() -> new UnknownUnitException(household));
    return answerable(unit, on);
  }
}
