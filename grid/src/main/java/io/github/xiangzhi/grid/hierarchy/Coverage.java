package io.github.xiangzhi.grid.hierarchy;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.HierarchyProblem.Kind;
import io.github.xiangzhi.grid.level.LevelScheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

/**
 * 全覆盖检查 — checks "横到边、纵到底、全覆盖、无缝隙" (R-GRID-2): every household of the area in
 * exactly one leaf unit, no unit orphaned, levels in the scheme's order, no empty grid, no closed
 * unit still holding households, every unit classified where a compulsory group set says so.
 *
 * <p>A hierarchy may start at any level of its scheme (a county's profile at the county, a
 * township's at the township), but all its roots at the same one: a root below the highest level
 * any root sits at (a lone grid beside the town) is a unit cut off from the tree, reported as
 * {@link Kind#ROOT_BELOW_TOP}. Like every coverage gap it is reported, not refused: the
 * hierarchy still builds.
 *
 * <p>Coverage is of one day. The checks of a unit's own state — an empty grid, an unclassified
 * unit, an open unit under a closed parent, a root below the top — count only units open that
 * day: a unit closed by then, or yet to open, is not part of the tree that day, and the top root
 * level is the highest among the roots open that day. A unit still holding households is a gap
 * from the day it closes on.
 *
 * <p>Two entry points, so a county's test suite sees every gap and overlap listed rather than the
 * first exception: {@link #check(HierarchyBuilder, Iterable, LocalDate)} works on the raw rows,
 * broken ones included (a household in two grids, a unit under an unknown parent), and {@link
 * #check(Hierarchy, Iterable, LocalDate)} on a built hierarchy against the register of the
 * area's households. Both return a {@link CoverageReport}; neither throws for bad data.
 *
 * <p>Performance notes: O(units + households + register); the register is indexed in the same
 * compact table the hierarchy uses, so a register of a million households costs some 30 MB while
 * it is checked, not a {@code HashSet}'s hundred.
 */
public final class Coverage {
  private Coverage() {}

  /**
   * Checks a built hierarchy on {@code on}: households of {@code register} that no unit holds,
   * households held but not registered, empty grids, closed units holding households, open units
   * under closed ones, roots below the top root level and unclassified units.
   */
  public static CoverageReport check(Hierarchy hierarchy, Iterable<HouseholdId> register,
      LocalDate on) {
    checkNotNull(register, "register");
    return check(hierarchy, on, register);
  }

  /** Checks a built hierarchy on {@code on} without a register: units only. */
  public static CoverageReport check(Hierarchy hierarchy, LocalDate on) {
    return check(hierarchy, on, null);
  }

  private static CoverageReport check(Hierarchy h, LocalDate on, Iterable<HouseholdId> register) {
    checkNotNull(h, "hierarchy");
    checkNotNull(on, "on");
    List<HierarchyProblem> problems = new ArrayList<>();
    int n = h.unitCount();
    List<Unit> roots = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      if (h.parentIndex(u) < 0) {
        roots.add(h.units().get(u));
      }
    }
    int top = topLevel(h.scheme(), roots, on);
    for (int u = 0; u < n; u++) {
      Unit unit = h.units().get(u);
      if (h.parentIndex(u) < 0) {
        rootProblems(unit, h.scheme(), top, on, problems);
      }
      int own = h.subtreeEnd(u) == u + 1 ? h.householdEnd(u) - h.householdStart(u) : 0;
      int within = h.householdEnd(u) - h.householdStart(u);
      int parent = h.parentIndex(u);
      unitProblems(unit, h.subtreeEnd(u) == u + 1, own, within,
          parent < 0 ? null : h.units().get(parent), on, h.groupSets(), problems);
    }
    long registered = 0;
    long covered = 0;
    if (register != null) {
      RegisterIndex index = RegisterIndex.of(register);
      registered = index.table.size();
      for (int i = 0; i < index.table.size(); i++) {
        HouseholdId id = index.table.get(i);
        if (h.indexOf(id) < 0) {
          problems.add(unattached(id));
        } else {
          covered++;
        }
      }
      for (int i = 0; i < h.householdCount(); i++) {
        HouseholdId id = h.householdAt(i);
        if (index.table.indexOf(id) < 0) {
          problems.add(unregistered(id, h.unitAt(h.unitIndexOfHousehold(i))));
        }
      }
    }
    return new CoverageReport(on, problems, h.unitCount(), h.householdCount(),
        register == null ? -1 : registered, covered);
  }

  /**
   * Checks the raw rows of {@code builder} on {@code on} against {@code register}: every
   * structural problem {@link HierarchyBuilder#build()} would throw (each household in two
   * units named once with all its units), and every gap the built check finds, as far as the
   * rows allow (units on a cycle are left out of the unit checks).
   */
  public static CoverageReport check(HierarchyBuilder builder, Iterable<HouseholdId> register,
      LocalDate on) {
    checkNotNull(builder, "builder");
    checkNotNull(register, "register");
    checkNotNull(on, "on");
    HierarchyBuilder.Analysis a = builder.analyse();
    List<HierarchyProblem> problems = new ArrayList<>(a.problems);
    int n = a.order.size();
    int[] perUnit = new int[n];
    for (int u : a.householdUnit) {
      perUnit[u]++;
    }
    // households within each unit's subtree: children after parents in pre-order, so add upward
    long[] within = new long[n];
    for (int u = n - 1; u >= 0; u--) {
      within[u] += perUnit[u];
      Unit unit = a.units.get(a.order.get(u));
      if (unit.parent().isPresent()) {
        Integer p = a.position.get(unit.parent().get());
        if (p != null) {
          within[p] += within[u];
        }
      }
    }
    List<Unit> roots = new ArrayList<>();
    for (UnitId id : a.order) {
      if (a.units.get(id).parent().isEmpty()) {
        roots.add(a.units.get(id));
      }
    }
    int top = topLevel(builder.scheme(), roots, on);
    for (int u = 0; u < n; u++) {
      Unit unit = a.units.get(a.order.get(u));
      if (unit.parent().isEmpty()) {
        rootProblems(unit, builder.scheme(), top, on, problems);
      }
      boolean leaf = !a.children.containsKey(unit.id());
      Unit parent = unit.parent().map(a.units::get).orElse(null);
      unitProblems(unit, leaf, perUnit[u], within[u], parent, on, a.groupSets, problems);
    }
    RegisterIndex index = RegisterIndex.of(register);
    Set<HouseholdId> overlapping = new HashSet<>();
    for (HierarchyProblem p : a.problems) {
      if (p.kind() == Kind.HOUSEHOLD_IN_TWO_UNITS) {
        overlapping.addAll(p.households());
      }
    }
    long covered = 0;
    for (int i = 0; i < index.table.size(); i++) {
      HouseholdId id = index.table.get(i);
      if (a.table.indexOf(id) >= 0) {
        covered += overlapping.contains(id) ? 0 : 1;
      } else if (!a.unknownUnitHouseholds.contains(id)) {
        problems.add(unattached(id));
      }
    }
    for (int i = 0; i < a.table.size(); i++) {
      HouseholdId id = a.table.get(i);
      // the first row of each household only; repeated rows are overlaps, reported already
      if (a.table.indexOf(id) == i && index.table.indexOf(id) < 0) {
        problems.add(unregistered(id, a.order.get(a.householdUnit[i])));
      }
    }
    for (HouseholdId id : a.unknownUnitHouseholds) {
      if (index.table.indexOf(id) < 0) {
        problems.add(unregistered(id, null));
      }
    }
    return new CoverageReport(on, problems, n, countDistinct(a), index.table.size(), covered);
  }

  private static long countDistinct(HierarchyBuilder.Analysis a) {
    long distinct = 0;
    for (int i = 0; i < a.table.size(); i++) {
      if (a.table.indexOf(a.table.get(i)) == i) {
        distinct++;
      }
    }
    return distinct;
  }

  /**
   * The index in {@code scheme} of the highest level a root open on {@code on} sits at; -1 when
   * none is open or has a level of the scheme (those are reported as unknown levels).
   */
  private static int topLevel(LevelScheme scheme, List<Unit> roots, LocalDate on) {
    int top = -1;
    for (Unit root : roots) {
      if (!root.isOpenOn(on)) {
        continue; // not part of the tree that day
      }
      int level = scheme.indexOf(root.level());
      if (level >= 0 && (top < 0 || level < top)) {
        top = level;
      }
    }
    return top;
  }

  /** A root below the top root level {@code top} is cut off from the tree. */
  private static void rootProblems(Unit root, LevelScheme scheme, int top, LocalDate on,
      List<HierarchyProblem> problems) {
    if (top >= 0 && root.isOpenOn(on) && scheme.indexOf(root.level()) > top) {
      UnitId id = root.id();
      problems.add(HierarchyProblem.of(Kind.ROOT_BELOW_TOP, "/units/" + id + "/parent",
          List.of(id), List.of(), id, root.level(), scheme.levels().get(top).code()));
    }
  }

  private static void unitProblems(Unit unit, boolean leaf, long own, long within, Unit parent,
      LocalDate on, List<GroupSet> groupSets, List<HierarchyProblem> problems) {
    UnitId id = unit.id();
    boolean closed = isClosed(unit, on);
    boolean open = unit.isOpenOn(on); // the unit's own checks count only units open that day
    if (leaf && own == 0 && open) {
      problems.add(HierarchyProblem.of(Kind.EMPTY_GRID, "/units/" + id, List.of(id), List.of(),
          id));
    }
    if (closed && within > 0) {
      problems.add(HierarchyProblem.of(Kind.CLOSED_UNIT_WITH_HOUSEHOLDS, "/units/" + id + "/closed",
          List.of(id), List.of(), id, unit.closed().orElseThrow(), within));
    }
    if (open && parent != null && isClosed(parent, on)) {
      problems.add(HierarchyProblem.of(Kind.OPEN_UNDER_CLOSED, "/units/" + id + "/parent",
          List.of(id, parent.id()), List.of(), id, parent.id(), parent.closed().orElseThrow()));
    }
    if (open) {
      for (GroupSet set : groupSets) {
        if (set.compulsory() && set.appliesTo(unit.level())
            && set.groups().stream().noneMatch(g -> unit.groups().contains(g.code()))) {
          problems.add(HierarchyProblem.of(Kind.UNCLASSIFIED_UNIT, "/units/" + id + "/groups",
              List.of(id), List.of(), id, set.code()));
        }
      }
    }
  }

  /** Closed on {@code on}: its closing day is on or before it. */
  static boolean isClosed(Unit unit, LocalDate on) {
    return unit.closed().isPresent() && !unit.closed().get().isAfter(on);
  }

  private static HierarchyProblem unattached(HouseholdId id) {
    return HierarchyProblem.of(Kind.HOUSEHOLD_UNATTACHED, "/households/" + id, List.of(),
        List.of(id), id);
  }

  private static HierarchyProblem unregistered(HouseholdId id, UnitId unit) {
    return HierarchyProblem.of(Kind.HOUSEHOLD_UNREGISTERED, "/households/" + id,
        unit == null ? List.of() : List.of(unit), List.of(id), id, unit == null ? "-" : unit);
  }

  /** The register as a compact table; repeated ids count once. */
  private static final class RegisterIndex {
    final HouseholdTable table;

    private RegisterIndex(HouseholdTable table) {
      this.table = table;
    }

    static RegisterIndex of(Iterable<HouseholdId> register) {
      List<HouseholdId> ids = new ArrayList<>();
      register.forEach(id -> ids.add(checkNotNull(id, "register holds a null household")));
      List<Integer> repeated = new ArrayList<>();
      HouseholdTable first = HouseholdTable.of(ids.toArray(new HouseholdId[0]), repeated);
      if (repeated.isEmpty()) {
        return new RegisterIndex(first);
      }
      List<HouseholdId> distinct = new ArrayList<>(ids.size() - repeated.size());
      for (int i = 0; i < ids.size(); i++) {
        if (first.indexOf(ids.get(i)) == i) {
          distinct.add(ids.get(i));
        }
      }
      return new RegisterIndex(HouseholdTable.of(distinct.toArray(new HouseholdId[0]),
          new ArrayList<>()));
    }
  }
}
