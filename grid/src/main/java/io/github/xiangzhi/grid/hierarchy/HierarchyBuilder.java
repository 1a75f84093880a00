package io.github.xiangzhi.grid.hierarchy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.HierarchyProblem.Kind;
import io.github.xiangzhi.grid.level.LevelScheme;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects units, households and groups and builds a {@link Hierarchy}, checking everything at
 * once: {@link #build()} returns a whole valid hierarchy or throws one {@link HierarchyException}
 * naming every duplicate id, unknown level or parent, cycle, level out of order, unknown or
 * clashing group, and household in two units, in an unknown one or in one that is not a leaf.
 *
 * <p>Households are taken in bulk as rows ({@link #addHousehold}); {@link #moveHousehold} and
 * {@link #removeHousehold} override earlier rows, as change sets need. The rows as given, broken
 * ones included, can be checked for coverage without building: {@link Coverage#check(
 * HierarchyBuilder, Iterable, java.time.LocalDate)}. Groups: when the builder declares any group
 * ({@link #addGroup}) or group set ({@link #addGroupSet}), every group a unit names must be
 * declared; with none declared, units name groups freely.
 *
 * <p>A unit without a parent is a root, at any level of the scheme: a county's profile starts at
 * the county, a township's at the township. Roots below the highest root level are not a build
 * problem but a coverage gap ({@link HierarchyProblem.Kind#ROOT_BELOW_TOP}), as empty grids are.
 *
 * <p>Performance notes: building takes O(units + households) time; households are held as two
 * parallel lists until {@code build()} sorts them by unit with a counting sort into the compact
 * {@code HouseholdTable}. Not thread-safe; a builder may build several hierarchies.
 */
public final class HierarchyBuilder {
  private final LevelScheme scheme;
  private final LinkedHashMap<UnitId, Unit> units = new LinkedHashMap<>();
  private final List<UnitId> duplicateUnits = new ArrayList<>();
  private final ArrayList<HouseholdId> householdIds = new ArrayList<>();
  private final ArrayList<UnitId> householdUnits = new ArrayList<>();
  private final Map<HouseholdId, Optional<UnitId>> overrides = new LinkedHashMap<>();
  private final LinkedHashMap<String, GroupSet> groupSets = new LinkedHashMap<>();
  private final LinkedHashMap<String, UnitGroup> groups = new LinkedHashMap<>();
  private final List<HierarchyProblem> groupProblems = new ArrayList<>();

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
    checkNotNull(more, "units");
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

  /** The units collected so far, the first of each id, in the order added: a read-only view. */
  public List<Unit> units() {
    return Collections.unmodifiableList(new ArrayList<>(units.values()));
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

  /** How many household rows have been added: a mark for {@link #truncateHouseholdRows}. */
  int householdRows() {
    return householdIds.size();
  }

  /** Drops the household rows added after the first {@code rows}. */
  void truncateHouseholdRows(int rows) {
    householdIds.subList(rows, householdIds.size()).clear();
    householdUnits.subList(rows, householdUnits.size()).clear();
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
   * Declares a group set and its groups. The same set again is harmless, as the same group is; a
   * second, different set with the same code, or a group declared elsewhere with another name, is
   * a problem {@link #build()} reports.
   */
  public HierarchyBuilder addGroupSet(GroupSet set) {
    checkNotNull(set, "set");
    GroupSet earlier = groupSets.putIfAbsent(set.code(), set);
    if (earlier != null) {
      if (!earlier.equals(set)) {
        groupProblems.add(HierarchyProblem.of(Kind.DUPLICATE_GROUP, "/groupSets/" + set.code(),
            List.of(), List.of(), set.code()));
      }
      return this;
    }
    set.groups().forEach(g -> declare(g, "/groupSets/" + set.code() + "/groups/" + g.code()));
    return this;
  }

  /** Declares a group that belongs to no set (or the same group again, which is harmless). */
  public HierarchyBuilder addGroup(UnitGroup group) {
    declare(checkNotNull(group, "group"), "/groups/" + group.code());
    return this;
  }

  private void declare(UnitGroup group, String path) {
    UnitGroup earlier = groups.putIfAbsent(group.code(), group);
    if (earlier != null && !earlier.equals(group)) {
      groupProblems.add(HierarchyProblem.of(Kind.DUPLICATE_GROUP, path, List.of(), List.of(),
          group.code()));
    }
  }

  /** The group sets declared so far. */
  public List<GroupSet> groupSets() {
    return ImmutableList.copyOf(groupSets.values());
  }

  /**
   * The group declared under {@code code}, in a set or alone, as the hierarchy will keep it: the
   * first declaration; a later, different one is a {@code DUPLICATE_GROUP} problem.
   */
  public Optional<UnitGroup> group(String code) {
    return Optional.ofNullable(groups.get(checkNotNull(code, "code")));
  }

  /**
   * Builds the hierarchy.
   *
   * @throws HierarchyException naming every problem; nothing is built
   */
  public Hierarchy build() {
    Analysis a = analyse();
    if (!a.problems.isEmpty()) {
      throw new HierarchyException(a.problems);
    }
    return HierarchyIndex.create(scheme, units, a.order, a.position, a.table, a.householdUnit,
        ImmutableList.copyOf(groupSets.values()), ImmutableMap.copyOf(groups));
  }

  /** The structural problems {@link #build()} would throw; empty when it would build. */
  public List<HierarchyProblem> problems() {
    return analyse().problems;
  }

  // ---------------------------------------------------------------- analysis

  /** Everything {@link #build()} and {@link Coverage} learn from the rows. */
  static final class Analysis {
    final List<HierarchyProblem> problems = new ArrayList<>();
    final List<UnitId> order = new ArrayList<>();
    final Map<UnitId, Integer> position = new HashMap<>();
    final Map<UnitId, List<UnitId>> children = new HashMap<>();
    /** Households of valid rows, sorted by unit position (duplicates included). */
    HouseholdTable table;
    int[] householdUnit;
    /** Households whose every row names an unknown unit. */
    final Set<HouseholdId> unknownUnitHouseholds = new LinkedHashSet<>();
    Map<UnitId, Unit> units;
    Map<String, UnitGroup> groups;
    List<GroupSet> groupSets;
  }

  Analysis analyse() {
    Analysis a = new Analysis();
    a.units = units;
    a.groups = groups;
    a.groupSets = ImmutableList.copyOf(groupSets.values());
    a.problems.addAll(groupProblems);
    for (UnitId id : duplicateUnits) {
      a.problems.add(HierarchyProblem.of(Kind.DUPLICATE_UNIT, "/units/" + id, List.of(id),
          List.of(), id));
    }
    List<UnitId> roots = new ArrayList<>();
    for (Unit unit : units.values()) {
      if (scheme.indexOf(unit.level()) < 0) {
        a.problems.add(HierarchyProblem.of(Kind.UNKNOWN_LEVEL, "/units/" + unit.id() + "/level",
            List.of(unit.id()), List.of(), unit.id(), unit.level(), scheme.code()));
      }
      if (unit.parent().isEmpty()) {
        // a root at any level: roots below the top root level are Coverage's gap, not a refusal
        roots.add(unit.id());
      } else if (!units.containsKey(unit.parent().get())) {
        a.problems.add(HierarchyProblem.of(Kind.UNKNOWN_PARENT,
            "/units/" + unit.id() + "/parent", List.of(unit.id(), unit.parent().get()), List.of(),
            unit.id(), unit.parent().get()));
      } else {
        a.children.computeIfAbsent(unit.parent().get(), k -> new ArrayList<>()).add(unit.id());
      }
      checkGroups(unit, a.problems);
    }
    // pre-order numbering from the roots; what it never reaches hangs on a cycle
    Deque<UnitId> stack = new ArrayDeque<>();
    for (int r = roots.size() - 1; r >= 0; r--) {
      stack.push(roots.get(r));
    }
    while (!stack.isEmpty()) {
      UnitId id = stack.pop();
      a.order.add(id);
      List<UnitId> kids = a.children.getOrDefault(id, List.of());
      for (int k = kids.size() - 1; k >= 0; k--) {
        stack.push(kids.get(k));
      }
    }
    if (a.order.size() < units.size()) {
      reportCycles(a.order, a.problems);
    }
    for (Unit unit : units.values()) {
      if (unit.parent().isPresent() && units.containsKey(unit.parent().get())) {
        Unit parent = units.get(unit.parent().get());
        if (scheme.indexOf(unit.level()) >= 0 && scheme.indexOf(parent.level()) >= 0
            && !scheme.allowsParent(parent.level(), unit.level())) {
          a.problems.add(HierarchyProblem.of(Kind.LEVEL_ORDER, "/units/" + unit.id() + "/parent",
              List.of(unit.id(), parent.id()), List.of(), unit.id(), unit.level(), parent.id(),
              parent.level()));
        }
      }
    }
    for (int i = 0; i < a.order.size(); i++) {
      a.position.put(a.order.get(i), i);
    }
    households(a);
    return a;
  }

  private void checkGroups(Unit unit, List<HierarchyProblem> problems) {
    if (unit.groups().isEmpty()) {
      return;
    }
    String path = "/units/" + unit.id() + "/groups";
    if (!groups.isEmpty()) {
      for (String group : unit.groups()) {
        if (!groups.containsKey(group)) {
          problems.add(HierarchyProblem.of(Kind.UNKNOWN_GROUP, path, List.of(unit.id()),
              List.of(), unit.id(), group));
        }
      }
    }
    for (GroupSet set : groupSets.values()) {
      if (!set.exclusive()) {
        continue;
      }
      List<String> held = new ArrayList<>();
      for (UnitGroup group : set.groups()) {
        if (unit.groups().contains(group.code())) {
          held.add(group.code());
        }
      }
      if (held.size() > 1) {
        problems.add(HierarchyProblem.of(Kind.EXCLUSIVE_GROUPS, path, List.of(unit.id()),
            List.of(), unit.id(), held, set.code()));
      }
    }
  }

  /** The household rows after overrides, checked and sorted by unit position. */
  private void households(Analysis a) {
    int n = householdIds.size();
    List<HouseholdId> ids = householdIds;
    List<UnitId> at = householdUnits;
    if (!overrides.isEmpty()) {
      ids = new ArrayList<>(n + overrides.size());
      at = new ArrayList<>(n + overrides.size());
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
    }
    int rows = ids.size();
    // each row's unit position; -1 for an unknown unit, -2 for a unit hanging on a cycle
    int[] rowUnit = new int[rows];
    int unitCount = a.position.size();
    int[] perUnit = new int[unitCount + 1];
    UnitId lastId = null;
    int lastPosition = -1;
    int kept = 0;
    for (int i = 0; i < rows; i++) {
      UnitId unit = at.get(i);
      int p;
      if (unit == lastId) { // rows usually come grouped by unit: skip the lookup
        p = lastPosition;
      } else {
        Integer found = a.position.get(unit);
        p = found == null ? (units.containsKey(unit) ? -2 : -1) : found;
        lastId = unit;
        lastPosition = p;
      }
      rowUnit[i] = p;
      if (p == -1) {
        a.unknownUnitHouseholds.add(ids.get(i));
        a.problems.add(HierarchyProblem.of(Kind.HOUSEHOLD_UNKNOWN_UNIT,
            "/households/" + ids.get(i), List.of(unit), List.of(ids.get(i)), ids.get(i), unit));
        continue;
      }
      if (p < 0) {
        continue; // its unit hangs on a cycle, reported above
      }
      if (a.children.containsKey(unit)) {
        a.problems.add(HierarchyProblem.of(Kind.HOUSEHOLD_ON_INNER_UNIT,
            "/households/" + ids.get(i), List.of(unit), List.of(ids.get(i)), ids.get(i), unit));
      }
      perUnit[p + 1]++;
      kept++;
    }
    if (!a.unknownUnitHouseholds.isEmpty()) {
      // a household with a valid row as well is not "only in an unknown unit"
      Set<HouseholdId> withValidRow = new HashSet<>();
      for (int i = 0; i < rows; i++) {
        if (rowUnit[i] >= 0 && a.unknownUnitHouseholds.contains(ids.get(i))) {
          withValidRow.add(ids.get(i));
        }
      }
      a.unknownUnitHouseholds.removeAll(withValidRow);
    }
    // counting sort by unit position, stable within a unit
    for (int u = 0; u < unitCount; u++) {
      perUnit[u + 1] += perUnit[u];
    }
    HouseholdId[] sortedIds = new HouseholdId[kept];
    int[] sortedUnits = new int[kept];
    for (int i = 0; i < rows; i++) {
      int p = rowUnit[i];
      if (p >= 0) {
        int slot = perUnit[p]++;
        sortedIds[slot] = ids.get(i);
        sortedUnits[slot] = p;
      }
    }
    List<Integer> duplicates = new ArrayList<>();
    a.table = HouseholdTable.of(sortedIds, duplicates);
    a.householdUnit = sortedUnits;
    if (!duplicates.isEmpty()) {
      reportDuplicates(duplicates, sortedIds, rows, ids, at, rowUnit, a.problems);
    }
  }

  /** One problem per household given more than once, naming its units in row order. */
  private static void reportDuplicates(List<Integer> duplicates, HouseholdId[] sortedIds,
      int rows, List<HouseholdId> ids, List<UnitId> at, int[] rowUnit,
      List<HierarchyProblem> problems) {
    Map<HouseholdId, List<UnitId>> unitsOf = new LinkedHashMap<>();
    Set<HouseholdId> repeated = new HashSet<>();
    for (int d : duplicates) {
      repeated.add(sortedIds[d]);
    }
    for (int i = 0; i < rows; i++) {
      if (rowUnit[i] >= 0 && repeated.contains(ids.get(i))) {
        unitsOf.computeIfAbsent(ids.get(i), k -> new ArrayList<>()).add(at.get(i));
      }
    }
    for (Map.Entry<HouseholdId, List<UnitId>> e : unitsOf.entrySet()) {
      HouseholdId id = e.getKey();
      List<UnitId> distinct = new ArrayList<>(new LinkedHashSet<>(e.getValue()));
      String path = "/households/" + id;
      if (distinct.size() == 1) {
        problems.add(HierarchyProblem.of(Kind.HOUSEHOLD_DUPLICATE_ROW, path, distinct,
            List.of(id), id, distinct.get(0)));
      } else if (distinct.size() == 2) {
        problems.add(HierarchyProblem.of(Kind.HOUSEHOLD_IN_TWO_UNITS, path, distinct,
            List.of(id), id, distinct.get(0), distinct.get(1)));
      } else {
        problems.add(HierarchyProblem.withKey(Kind.HOUSEHOLD_IN_TWO_UNITS,
            "grid.household.manyUnits", path, distinct, List.of(id), id, distinct.size(),
            distinct));
      }
    }
  }

  /** Names the units of every cycle once, by following parents from the unreached units. */
  private void reportCycles(List<UnitId> reached, List<HierarchyProblem> problems) {
    Set<UnitId> done = new HashSet<>(reached);
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
        List<UnitId> cycle = List.copyOf(walk.subList(seen.get(at), walk.size()));
        UnitId first = cycle.stream().min(UnitId::compareTo).orElseThrow();
        problems.add(HierarchyProblem.of(Kind.CYCLE, "/units/" + first + "/parent", cycle,
            List.of(), cycle));
      }
      done.addAll(walk);
    }
  }

  static List<Violation> violations(List<HierarchyProblem> problems) {
    List<Violation> out = new ArrayList<>(problems.size());
    problems.forEach(p -> out.add(p.toViolation()));
    return out;
  }
}
