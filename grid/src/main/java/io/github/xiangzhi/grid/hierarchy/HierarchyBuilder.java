package io.github.xiangzhi.grid.hierarchy;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.level.LevelScheme;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects units and households and builds a {@link Hierarchy}, checking everything at once:
 * {@link #build()} returns a whole valid hierarchy or throws one {@link HierarchyException} naming
 * every duplicate id, unknown level or parent, cycle, level out of order, and household in two
 * units, in an unknown one or in one that is not a leaf.
 *
 * <p>Households are taken in bulk as rows ({@link #addHousehold}); {@link #moveHousehold} and
 * {@link #removeHousehold} override earlier rows, as change sets need. Not thread-safe; a builder
 * may build several hierarchies.
 */
public final class HierarchyBuilder {
  private final LevelScheme scheme;
  private final LinkedHashMap<UnitId, Unit> units = new LinkedHashMap<>();
  private final List<UnitId> duplicateUnits = new ArrayList<>();
  private final ArrayList<HouseholdId> householdIds = new ArrayList<>();
  private final ArrayList<UnitId> householdUnits = new ArrayList<>();
  private final Map<HouseholdId, Optional<UnitId>> overrides = new LinkedHashMap<>();

  HierarchyBuilder(LevelScheme scheme) {
    this.scheme = checkNotNull(scheme, "scheme");
  }

  /** The scheme the hierarchy will follow. */
  public LevelScheme scheme() {
    return scheme;
  }

  /** Adds a unit; adding a second unit with the same id is a problem {@link #build()} reports. */
  public HierarchyBuilder addUnit(Unit unit) {
    checkNotNull(unit, "unit");
    if (units.putIfAbsent(unit.id(), unit) != null) {
      duplicateUnits.add(unit.id());
    }
    return this;
  }

  /** Adds every unit of {@code more}. */
  public HierarchyBuilder addUnits(Iterable<? extends Unit> more) {
    more.forEach(this::addUnit);
    return this;
  }

  /** Adds {@code unit}, or replaces the unit with its id. */
  public HierarchyBuilder putUnit(Unit unit) {
    checkNotNull(unit, "unit");
    units.put(unit.id(), unit);
    return this;
  }

  /** Removes the unit {@code id}, if present; its children and households must go elsewhere. */
  public HierarchyBuilder removeUnit(UnitId id) {
    units.remove(id);
    return this;
  }

  /** The unit {@code id} collected so far, if any. */
  public Optional<Unit> unit(UnitId id) {
    return Optional.ofNullable(units.get(id));
  }

  /**
   * Attaches {@code household} to the leaf unit {@code unit}. A household given twice is a
   * problem {@link #build()} reports, naming both units.
   */
  public HierarchyBuilder addHousehold(HouseholdId household, UnitId unit) {
    householdIds.add(checkNotNull(household, "household"));
    householdUnits.add(checkNotNull(unit, "unit"));
    return this;
  }

  /** Moves {@code household} to {@code unit}, overriding the rows added for it. */
  public HierarchyBuilder moveHousehold(HouseholdId household, UnitId unit) {
    overrides.put(checkNotNull(household, "household"), Optional.of(checkNotNull(unit, "unit")));
    return this;
  }

  /** Removes {@code household}, overriding the rows added for it. */
  public HierarchyBuilder removeHousehold(HouseholdId household) {
    overrides.put(checkNotNull(household, "household"), Optional.empty());
    return this;
  }

  /**
   * Builds the hierarchy.
   *
   * @throws HierarchyException naming every problem; nothing is built
   */
  public Hierarchy build() {
    List<Violation> problems = new ArrayList<>();
    for (UnitId id : duplicateUnits) {
      problems.add(violation("/units/" + id, "grid.unit.duplicate", id));
    }
    Map<UnitId, List<UnitId>> children = new HashMap<>();
    List<UnitId> roots = new ArrayList<>();
    for (Unit unit : units.values()) {
      if (scheme.indexOf(unit.level()) < 0) {
        problems.add(violation("/units/" + unit.id() + "/level", "grid.unit.level.unknown",
            unit.id(), unit.level(), scheme.code()));
      }
      if (unit.parent().isEmpty()) {
        roots.add(unit.id());
      } else if (!units.containsKey(unit.parent().get())) {
        problems.add(violation("/units/" + unit.id() + "/parent", "grid.unit.parent.unknown",
            unit.id(), unit.parent().get()));
      } else {
        children.computeIfAbsent(unit.parent().get(), k -> new ArrayList<>()).add(unit.id());
      }
    }
    // pre-order numbering from the roots; what it never reaches hangs on a cycle
    List<UnitId> order = new ArrayList<>(units.size());
    Deque<UnitId> stack = new ArrayDeque<>();
    for (int r = roots.size() - 1; r >= 0; r--) {
      stack.push(roots.get(r));
    }
    while (!stack.isEmpty()) {
      UnitId id = stack.pop();
      order.add(id);
      List<UnitId> kids = children.getOrDefault(id, List.of());
      for (int k = kids.size() - 1; k >= 0; k--) {
        stack.push(kids.get(k));
      }
    }
    if (order.size() < units.size()) {
      reportCycles(order, problems);
    }
    for (Unit unit : units.values()) {
      if (unit.parent().isPresent() && units.containsKey(unit.parent().get())) {
        Unit parent = units.get(unit.parent().get());
        if (scheme.indexOf(unit.level()) >= 0 && scheme.indexOf(parent.level()) >= 0
            && !scheme.allowsParent(parent.level(), unit.level())) {
          problems.add(violation("/units/" + unit.id() + "/parent", "grid.unit.level.order",
              unit.id(), unit.level(), parent.id(), parent.level()));
        }
      }
    }
    Map<UnitId, Integer> position = new HashMap<>(units.size() * 2);
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i), i);
    }
    HouseholdRows rows = households(children, position, order, problems);
    if (!problems.isEmpty()) {
      throw new HierarchyException(problems);
    }
    return HierarchyIndex.create(scheme, units, order, position, rows.table, rows.units);
  }

  /** The household rows after overrides, checked and sorted by unit position. */
  private HouseholdRows households(Map<UnitId, List<UnitId>> children,
      Map<UnitId, Integer> position, List<UnitId> order, List<Violation> problems) {
    int n = householdIds.size();
    List<HouseholdId> ids = new ArrayList<>(n + overrides.size());
    List<UnitId> at = new ArrayList<>(n + overrides.size());
    for (int i = 0; i < n; i++) {
      if (!overrides.containsKey(householdIds.get(i))) {
        ids.add(householdIds.get(i));
        at.add(householdUnits.get(i));
      }
    }
    for (Map.Entry<HouseholdId, Optional<UnitId>> e : overrides.entrySet()) {
      if (e.getValue().isPresent()) {
        ids.add(e.getKey());
        at.add(e.getValue().get());
      }
    }
    // rows whose unit is unknown (or hangs on a cycle) are reported and left out of the rest
    List<HouseholdId> keptIds = new ArrayList<>(ids.size());
    List<UnitId> keptUnits = new ArrayList<>(ids.size());
    List<Integer> keptPositions = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      Integer p = position.get(at.get(i));
      if (p == null) {
        if (!units.containsKey(at.get(i))) { // else its unit hangs on a cycle, reported above
          problems.add(violation("/households/" + ids.get(i), "grid.household.unit.unknown",
              ids.get(i), at.get(i)));
        }
        continue;
      }
      if (children.containsKey(at.get(i))) {
        problems.add(violation("/households/" + ids.get(i), "grid.household.unit.notLeaf",
            ids.get(i), at.get(i)));
      }
      keptIds.add(ids.get(i));
      keptUnits.add(at.get(i));
      keptPositions.add(p);
    }
    ids = keptIds;
    at = keptUnits;
    int count = ids.size();
    int[] unitPosition = new int[count];
    int[] perUnit = new int[position.size() + 1];
    for (int i = 0; i < count; i++) {
      unitPosition[i] = keptPositions.get(i);
      perUnit[unitPosition[i] + 1]++;
    }
    // counting sort by unit position, stable within a unit
    for (int u = 0; u < position.size(); u++) {
      perUnit[u + 1] += perUnit[u];
    }
    HouseholdId[] sortedIds = new HouseholdId[count];
    int[] sortedUnits = new int[count];
    int[] next = Arrays.copyOf(perUnit, perUnit.length);
    for (int i = 0; i < count; i++) {
      int slot = next[unitPosition[i]]++;
      sortedIds[slot] = ids.get(i);
      sortedUnits[slot] = unitPosition[i];
    }
    List<Integer> duplicates = new ArrayList<>();
    HouseholdTable table = HouseholdTable.of(sortedIds, duplicates);
    if (!duplicates.isEmpty()) {
      Map<HouseholdId, UnitId> first = new HashMap<>();
      for (int i = 0; i < count; i++) {
        first.putIfAbsent(ids.get(i), at.get(i));
      }
      for (int d : duplicates) {
        HouseholdId id = sortedIds[d];
        UnitId other = first.get(id);
        UnitId here = order.get(sortedUnits[d]);
        problems.add(here.equals(other)
            ? violation("/households/" + id, "grid.household.duplicate", id, here)
            : violation("/households/" + id, "grid.household.twoUnits", id, other, here));
      }
    }
    return new HouseholdRows(table, sortedUnits);
  }

  /** Names the units of every cycle once, by following parents from the unreached units. */
  private void reportCycles(List<UnitId> reached, List<Violation> problems) {
    java.util.Set<UnitId> done = new java.util.HashSet<>(reached);
    for (UnitId start : units.keySet()) {
      if (done.contains(start)) {
        continue;
      }
      List<UnitId> walk = new ArrayList<>();
      Map<UnitId, Integer> seen = new HashMap<>();
      UnitId at = start;
      while (at != null && !done.contains(at) && !seen.containsKey(at)) {
        seen.put(at, walk.size());
        walk.add(at);
        Unit unit = units.get(at);
        at = unit == null || unit.parent().isEmpty() ? null : unit.parent().get();
      }
      if (at != null && seen.containsKey(at)) {
        List<UnitId> cycle = walk.subList(seen.get(at), walk.size());
        UnitId first = cycle.stream().min(UnitId::compareTo).orElseThrow();
        problems.add(violation("/units/" + first + "/parent", "grid.unit.cycle", cycle));
      }
      done.addAll(walk);
    }
  }

  private static Violation violation(String path, String key, Object... arguments) {
    return new Violation(path, key, Arrays.asList(arguments));
  }

  private static final class HouseholdRows {
    final HouseholdTable table;
    final int[] units;

    HouseholdRows(HouseholdTable table, int[] units) {
      this.table = table;
      this.units = units;
    }
  }
}
