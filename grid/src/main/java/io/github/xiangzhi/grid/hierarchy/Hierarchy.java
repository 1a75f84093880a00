package io.github.xiangzhi.grid.hierarchy;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.level.Level;
import io.github.xiangzhi.grid.level.LevelScheme;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * 层级树 — an immutable tree (or forest) of units at the levels of a {@link LevelScheme}, with
 * households attached to its leaf units: the hierarchy every other module asks "which village is
 * this household in", "is this grid under that town" and "how many per unit".
 *
 * <p>Units are numbered in pre-order, so a subtree is the contiguous range of positions from a
 * unit to its {@linkplain #subtreeEnd(int) subtree end}, and households are stored in the order
 * of their units, so the households within a subtree are a contiguous range too. Ids map to
 * positions for callers that work in bulk; positions are stable for one hierarchy value only.
 *
 * <p>Performance notes: {@link #isAncestor}, {@link #isWithin} and their positional forms take
 * O(1), and {@link UnitLabels#isWithin} on two {@linkplain #label(int) labels} O(1) with no memory
 * access at all; {@link #path}, {@link #ancestors} and {@link #depth} O(depth); {@link
 * #subtree} and {@link #householdsWithin} are O(1) views; a {@link #rollup} is one pass over the households
 * and one over the units, allocating only the result. Households are kept in a compact table
 * (their ids' UTF-8 bytes and a few ints each) rather than as objects.
 *
 * <p>Units carry DHIS2's attributes — a level, an optional division code, opening and closing
 * dates, groups — and the hierarchy declares the {@link GroupSet}s that classify them ({@link
 * #groupSets()}, {@link #unitsInGroup}).
 *
 * <p>Build one with a {@link HierarchyBuilder}, from CSV with {@link HierarchyCsv}, or from the
 * county profile's {@code grid} section
 * ({@link io.github.xiangzhi.grid.profile.GridSection#hierarchy()}). A hierarchy is never changed in place: {@link #toBuilder()} starts a new one,
 * and a {@link io.github.xiangzhi.grid.change.ChangeSet} applies to give a new one. The memory of
 * a county of a million households is some 41 bytes per household (docs/PERFORMANCE.md).
 * Implementations are immutable and thread-safe.
 */
public interface Hierarchy {

  /** A builder of hierarchies at the levels of {@code scheme}. */
  static HierarchyBuilder builder(LevelScheme scheme) {
    return new HierarchyBuilder(scheme);
  }

  /** A builder holding this hierarchy's units and households, to derive a changed one. */
  HierarchyBuilder toBuilder();

  /** The level scheme the units follow. */
  LevelScheme scheme();

  // ---------------------------------------------------------------- units

  /** The number of units. */
  int unitCount();

  /** Every unit, in pre-order. */
  List<Unit> units();

  /** The unit {@code id}, if the hierarchy holds it. */
  Optional<Unit> find(UnitId id);

  /**
   * The unit {@code id}.
   *
   * @throws UnknownUnitException if the hierarchy does not hold it
   */
  Unit unit(UnitId id);

  /** True when the hierarchy holds the unit {@code id}. */
  boolean contains(UnitId id);

  /** The units without a parent, in the order they were added. */
  List<UnitId> roots();

  /** The parent of {@code id}; empty for a root. */
  Optional<UnitId> parent(UnitId id);

  /** The children of {@code id}, in the order they were added. */
  List<UnitId> children(UnitId id);

  /** The ancestors of {@code id}, nearest first; empty for a root. */
  List<UnitId> ancestors(UnitId id);

  /** The path from a root down to {@code id}, both included. */
  List<UnitId> path(UnitId id);

  /** The number of ancestors of {@code id}: 0 for a root. */
  int depth(UnitId id);

  /** The level of {@code id} in the scheme. */
  Level level(UnitId id);

  /** True when {@code id} has no child units (households attach only to such units). */
  boolean isLeaf(UnitId id);

  /** True when {@code ancestor} lies strictly above {@code descendant}. */
  boolean isAncestor(UnitId ancestor, UnitId descendant);

  /** True when {@code unit} is {@code root} or lies below it. */
  boolean isWithin(UnitId unit, UnitId root);

  /** The lowest unit that both {@code a} and {@code b} are within; empty across two roots. */
  Optional<UnitId> lowestCommonAncestor(UnitId a, UnitId b);

  /** {@code root} and every unit below it, in pre-order: a view, built in O(1). */
  List<UnitId> subtree(UnitId root);

  /**
   * The units at level {@code levelCode}, in pre-order.
   *
   * @throws io.github.xiangzhi.grid.level.UnknownLevelException if the scheme has no such level
   */
  List<UnitId> unitsAt(String levelCode);

  /**
   * The unit at level {@code levelCode} that {@code unit} is within (itself when it is at that
   * level); empty when none is, such as above it.
   *
   * @throws io.github.xiangzhi.grid.level.UnknownLevelException if the scheme has no such level
   */
  Optional<UnitId> ancestorAt(UnitId unit, String levelCode);

  // ---------------------------------------------------------------- groups

  /** The group sets the hierarchy declares, in the order declared. */
  List<GroupSet> groupSets();

  /** The declared group set {@code code}, if any. */
  Optional<GroupSet> groupSet(String code);

  /** Every declared group, those of the sets and the free ones, in the order declared. */
  List<UnitGroup> groups();

  /**
   * The units in the group {@code groupCode}, in pre-order; empty for a group no unit names.
   * O(1) to build: the list is precomputed.
   */
  List<UnitId> unitsInGroup(String groupCode);

  /** The group of the set {@code setCode} that {@code unit} belongs to, if any. */
  Optional<UnitGroup> groupOf(UnitId unit, String setCode);

  // ---------------------------------------------------------------- households

  /** The number of households. */
  int householdCount();

  /** Every household, in the order of their units' positions. */
  List<HouseholdId> households();

  /** The households attached to {@code unit} itself (only leaf units have any). */
  List<HouseholdId> households(UnitId unit);

  /** The households within {@code root}'s subtree: a view, built in O(1). */
  List<HouseholdId> householdsWithin(UnitId root);

  /** The unit {@code household} is attached to, if the hierarchy holds the household. */
  Optional<UnitId> unitOf(HouseholdId household);

  /** True when the hierarchy holds {@code household}. */
  boolean containsHousehold(HouseholdId household);

  // ---------------------------------------------------------------- positions, for bulk work

  /** The pre-order position of {@code unit}, or -1 when the hierarchy does not hold it. */
  int indexOf(UnitId unit);

  /** The unit at pre-order position {@code index}. */
  UnitId unitAt(int index);

  /** The position of the parent of the unit at {@code index}, or -1 for a root. */
  int parentIndex(int index);

  /** The position after the last unit of the subtree of the unit at {@code index}. */
  int subtreeEnd(int index);

  /** True when the unit at {@code unit} is the unit at {@code root} or lies below it. O(1). */
  boolean isWithin(int unit, int root);

  /**
   * The {@linkplain UnitLabels interval label} of the unit at pre-order {@code index}: its
   * position and subtree size in one {@code long}, from which {@link UnitLabels#isWithin} tells
   * ancestry without this hierarchy. Valid for this hierarchy value only.
   *
   * @throws IndexOutOfBoundsException if there is no unit at {@code index}
   */
  default long label(int index) {
    Objects.checkIndex(index, unitCount());
    return UnitLabels.of(index, subtreeEnd(index) - index);
  }

  /**
   * The {@linkplain UnitLabels interval label} of {@code unit}.
   *
   * @throws UnknownUnitException if the hierarchy does not hold {@code unit}
   */
  default long label(UnitId unit) {
    int index = indexOf(unit);
    if (index < 0) {
      unit(unit); // throws UnknownUnitException naming the id
    }
    return label(index);
  }

  /** The position of {@code household}, or -1 when the hierarchy does not hold it. */
  int indexOf(HouseholdId household);

  /** The household at position {@code index}. */
  HouseholdId householdAt(int index);

  /** The position of the unit the household at position {@code household} is attached to. */
  int unitIndexOfHousehold(int household);

  /** The first household position within the subtree of the unit at {@code unit}. */
  int householdStart(int unit);

  /** The position after the last household within the subtree of the unit at {@code unit}. */
  int householdEnd(int unit);

  // ---------------------------------------------------------------- rollups

  /** Sums a value per household up to every unit, in one pass. */
  UnitTotals rollup(ToLongFunction<HouseholdId> perHousehold);

  /**
   * Sums {@code metrics} values per household up to every unit, in one pass that allocates
   * nothing per household: rating targets count households, participants, starred and six-star
   * households at once.
   */
  UnitTotals rollup(int metrics, HouseholdMetrics perHousehold);

  /**
   * Sums {@code metrics} values that units hold themselves (matters filed, staff assigned) up to
   * every ancestor, in one pass.
   */
  UnitTotals rollupUnits(int metrics, UnitMetrics perUnit);
}
