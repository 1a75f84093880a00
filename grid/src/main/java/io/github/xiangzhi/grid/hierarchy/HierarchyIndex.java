package io.github.xiangzhi.grid.hierarchy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.level.Level;
import io.github.xiangzhi.grid.level.LevelScheme;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.ToLongFunction;

/**
 * The {@link Hierarchy} as flat arrays over pre-order positions: a parent and a subtree end per
 * unit (so "within" is two comparisons), a depth and a level per unit, the households sorted by
 * unit with a start offset per unit (so a subtree's households are one range), and an
 * open-addressing table from unit ids to positions keyed by the ids' text, whose hash {@code
 * String} caches (cheaper than {@code Identifier.hashCode}, which also hashes the class name).
 */
final class HierarchyIndex implements Hierarchy {
  private final LevelScheme scheme;
  private final ImmutableList<Unit> units; // pre-order
  private final UnitId[] ids; // pre-order
  private final int[] slots; // open addressing over the ids' text: position + 1, 0 = empty
  private final int[] parent;
  private final int[] end;
  private final int[] depth;
  private final int[] level;
  private final int[] householdStart; // unitCount + 1 entries
  private final HouseholdTable households;
  private final int[] householdUnit;
  private final ImmutableList<UnitId> roots;
  private final ImmutableList<GroupSet> groupSets;
  private final ImmutableMap<String, UnitGroup> groups;
  private final ImmutableMap<String, ImmutableList<UnitId>> groupMembers;

  private HierarchyIndex(LevelScheme scheme, ImmutableList<Unit> units,
      Map<UnitId, Integer> position, HouseholdTable households, int[] householdUnit,
      ImmutableList<GroupSet> groupSets, ImmutableMap<String, UnitGroup> groups) {
    this.scheme = scheme;
    this.groupSets = groupSets;
    this.groups = groups;
    this.units = units;
    ids = new UnitId[units.size()];
    slots = new int[Integer.highestOneBit(Math.max(4, units.size() * 2 - 1)) << 1];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = units.get(i).id();
      slots[probe(ids[i].value())] = i + 1;
    }
    this.households = households;
    this.householdUnit = householdUnit;
    int n = units.size();
    parent = new int[n];
    end = new int[n];
    depth = new int[n];
    level = new int[n];
    ImmutableList.Builder<UnitId> rootIds = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      Unit unit = units.get(i);
      parent[i] = unit.parent().map(position::get).orElse(-1);
      depth[i] = parent[i] < 0 ? 0 : depth[parent[i]] + 1;
      level[i] = scheme.indexOf(unit.level());
      if (parent[i] < 0) {
        rootIds.add(unit.id());
      }
    }
    roots = rootIds.build();
    Map<String, ImmutableList.Builder<UnitId>> members = new java.util.LinkedHashMap<>();
    for (Unit unit : units) {
      for (String group : unit.groups()) {
        members.computeIfAbsent(group, k -> ImmutableList.builder()).add(unit.id());
      }
    }
    ImmutableMap.Builder<String, ImmutableList<UnitId>> byGroup = ImmutableMap.builder();
    members.forEach((group, ids) -> byGroup.put(group, ids.build()));
    groupMembers = byGroup.buildOrThrow();
    // a subtree ends where the next unit no deeper than its root begins
    Arrays.fill(end, n);
    int[] open = new int[n + 1];
    int top = 0;
    for (int i = 0; i < n; i++) {
      while (top > 0 && depth[open[top - 1]] >= depth[i]) {
        end[open[--top]] = i;
      }
      open[top++] = i;
    }
    householdStart = new int[n + 1];
    for (int u : householdUnit) {
      householdStart[u + 1]++;
    }
    for (int i = 0; i < n; i++) {
      householdStart[i + 1] += householdStart[i];
    }
  }

  static HierarchyIndex create(LevelScheme scheme, Map<UnitId, Unit> units, List<UnitId> order,
      Map<UnitId, Integer> position, HouseholdTable households, int[] householdUnit,
      ImmutableList<GroupSet> groupSets, ImmutableMap<String, UnitGroup> groups) {
    ImmutableList.Builder<Unit> ordered = ImmutableList.builderWithExpectedSize(order.size());
    for (UnitId id : order) {
      ordered.add(units.get(id));
    }
    return new HierarchyIndex(scheme, ordered.build(), position, households, householdUnit,
        groupSets, groups);
  }

  @Override
  public HierarchyBuilder toBuilder() {
    HierarchyBuilder builder = new HierarchyBuilder(scheme);
    Set<String> inSets = new HashSet<>();
    for (GroupSet set : groupSets) {
      builder.addGroupSet(set);
      set.groups().forEach(g -> inSets.add(g.code()));
    }
    for (UnitGroup group : groups.values()) {
      if (!inSets.contains(group.code())) {
        builder.addGroup(group);
      }
    }
    builder.addUnits(units);
    for (int h = 0; h < householdUnit.length; h++) {
      builder.addHousehold(households.get(h), ids[householdUnit[h]]);
    }
    return builder;
  }

  @Override
  public LevelScheme scheme() {
    return scheme;
  }

  // ---------------------------------------------------------------- units

  private int require(UnitId id) {
    int p = indexOf(id);
    if (p < 0) {
      throw UnknownUnitException.unit(id);
    }
    return p;
  }

  /** The slot holding the unit whose id reads {@code text}, or the empty slot where it would go. */
  private int probe(String text) {
    int mask = slots.length - 1;
    int h = text.hashCode() * 0x9E3779B9; // String caches its hash
    for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0 || ids[entry - 1].value().equals(text)) {
        return slot;
      }
    }
  }

  @Override
  public int unitCount() {
    return units.size();
  }

  @Override
  public List<Unit> units() {
    return units;
  }

  @Override
  public Optional<Unit> find(UnitId id) {
    int p = indexOf(id);
    return p < 0 ? Optional.empty() : Optional.of(units.get(p));
  }

  @Override
  public Unit unit(UnitId id) {
    return units.get(require(id));
  }

  @Override
  public boolean contains(UnitId id) {
    return indexOf(id) >= 0;
  }

  @Override
  public List<UnitId> roots() {
    return roots;
  }

  @Override
  public Optional<UnitId> parent(UnitId id) {
    return units.get(require(id)).parent();
  }

  @Override
  public List<UnitId> children(UnitId id) {
    int p = require(id);
    List<UnitId> out = new ArrayList<>();
    for (int c = p + 1; c < end[p]; c = end[c]) {
      out.add(ids[c]);
    }
    return out;
  }

  @Override
  public List<UnitId> ancestors(UnitId id) {
    int p = require(id);
    List<UnitId> out = new ArrayList<>(depth[p]);
    for (int a = parent[p]; a >= 0; a = parent[a]) {
      out.add(ids[a]);
    }
    return out;
  }

  @Override
  public List<UnitId> path(UnitId id) {
    int p = require(id);
    UnitId[] out = new UnitId[depth[p] + 1];
    for (int a = p, i = depth[p]; a >= 0; a = parent[a], i--) {
      out[i] = ids[a];
    }
    return Arrays.asList(out);
  }

  @Override
  public int depth(UnitId id) {
    return depth[require(id)];
  }

  @Override
  public Level level(UnitId id) {
    return scheme.levels().get(level[require(id)]);
  }

  @Override
  public boolean isLeaf(UnitId id) {
    int p = require(id);
    return end[p] == p + 1;
  }

  @Override
  public boolean isAncestor(UnitId ancestor, UnitId descendant) {
    int a = require(ancestor);
    int d = require(descendant);
    return a < d && d < end[a];
  }

  @Override
  public boolean isWithin(UnitId unit, UnitId root) {
    return isWithin(require(unit), require(root));
  }

  @Override
  public Optional<UnitId> lowestCommonAncestor(UnitId a, UnitId b) {
    int x = require(a);
    int y = require(b);
    while (depth[x] > depth[y]) {
      x = parent[x];
    }
    while (depth[y] > depth[x]) {
      y = parent[y];
    }
    while (x != y && x >= 0) {
      x = parent[x];
      y = parent[y];
    }
    return x < 0 ? Optional.empty() : Optional.of(ids[x]);
  }

  @Override
  public List<UnitId> subtree(UnitId root) {
    int r = require(root);
    return new IdRange(r, end[r]);
  }

  @Override
  public List<UnitId> unitsAt(String levelCode) {
    int wanted = scheme.require(levelCode);
    List<UnitId> out = new ArrayList<>();
    for (int i = 0; i < level.length; i++) {
      if (level[i] == wanted) {
        out.add(ids[i]);
      }
    }
    return out;
  }

  @Override
  public Optional<UnitId> ancestorAt(UnitId unit, String levelCode) {
    int wanted = scheme.require(levelCode);
    for (int a = require(unit); a >= 0; a = parent[a]) {
      if (level[a] == wanted) {
        return Optional.of(ids[a]);
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- groups

  @Override
  public List<GroupSet> groupSets() {
    return groupSets;
  }

  @Override
  public Optional<GroupSet> groupSet(String code) {
    return groupSets.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  @Override
  public List<UnitGroup> groups() {
    return groups.values().asList();
  }

  @Override
  public List<UnitId> unitsInGroup(String groupCode) {
    return groupMembers.getOrDefault(groupCode, ImmutableList.of());
  }

  @Override
  public Optional<UnitGroup> groupOf(UnitId unit, String setCode) {
    Unit u = units.get(require(unit));
    Optional<GroupSet> set = groupSet(setCode);
    if (set.isEmpty()) {
      return Optional.empty();
    }
    for (UnitGroup group : set.get().groups()) {
      if (u.groups().contains(group.code())) {
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- households

  @Override
  public int householdCount() {
    return householdUnit.length;
  }

  @Override
  public List<HouseholdId> households() {
    return new HouseholdRange(0, householdUnit.length);
  }

  @Override
  public List<HouseholdId> households(UnitId unit) {
    int p = require(unit);
    return isLeafAt(p) ? new HouseholdRange(householdStart[p], householdStart[p + 1]) : List.of();
  }

  private boolean isLeafAt(int p) {
    return end[p] == p + 1;
  }

  @Override
  public List<HouseholdId> householdsWithin(UnitId root) {
    int r = require(root);
    return new HouseholdRange(householdStart[r], householdStart[end[r]]);
  }

  @Override
  public Optional<UnitId> unitOf(HouseholdId household) {
    int h = households.indexOf(household);
    return h < 0 ? Optional.empty() : Optional.of(ids[householdUnit[h]]);
  }

  @Override
  public boolean containsHousehold(HouseholdId household) {
    return indexOf(household) >= 0;
  }

  // ---------------------------------------------------------------- positions

  @Override
  public int indexOf(UnitId unit) {
    checkNotNull(unit, "unit");
    return slots[probe(unit.value())] - 1;
  }

  @Override
  public UnitId unitAt(int index) {
    return ids[index];
  }

  @Override
  public int parentIndex(int index) {
    return parent[index];
  }

  @Override
  public int subtreeEnd(int index) {
    return end[index];
  }

  @Override
  public boolean isWithin(int unit, int root) {
    // root <= unit < end[root] as one unsigned comparison: no branch to mispredict
    return unit - root + Integer.MIN_VALUE < end[root] - root + Integer.MIN_VALUE;
  }

  @Override
  public int indexOf(HouseholdId household) {
    checkNotNull(household, "household");
    return households.indexOf(household);
  }

  @Override
  public HouseholdId householdAt(int index) {
    Objects.checkIndex(index, householdUnit.length);
    return households.get(index);
  }

  @Override
  public int unitIndexOfHousehold(int household) {
    return householdUnit[household];
  }

  @Override
  public int householdStart(int unit) {
    return householdStart[unit];
  }

  @Override
  public int householdEnd(int unit) {
    return householdStart[end[unit]];
  }

  // ---------------------------------------------------------------- rollups

  @Override
  public UnitTotals rollup(ToLongFunction<HouseholdId> perHousehold) {
    return rollup(1, (h, row) -> row[0] += perHousehold.applyAsLong(households.get(h)));
  }

  @Override
  public UnitTotals rollup(int metrics, HouseholdMetrics perHousehold) {
    if (metrics < 1) {
      throw new IllegalArgumentException("metrics must be positive: " + metrics);
    }
    long[] totals = new long[units.size() * metrics];
    long[] row = new long[metrics];
    if (metrics == 1) {
      for (int h = 0; h < householdUnit.length; h++) {
        row[0] = 0L;
        perHousehold.measure(h, row);
        totals[householdUnit[h]] += row[0];
      }
      return upward(totals, 1);
    }
    for (int h = 0; h < householdUnit.length; h++) {
      Arrays.fill(row, 0L);
      perHousehold.measure(h, row);
      int base = householdUnit[h] * metrics;
      for (int m = 0; m < metrics; m++) {
        totals[base + m] += row[m];
      }
    }
    return upward(totals, metrics);
  }

  @Override
  public UnitTotals rollupUnits(int metrics, UnitMetrics perUnit) {
    if (metrics < 1) {
      throw new IllegalArgumentException("metrics must be positive: " + metrics);
    }
    long[] totals = new long[units.size() * metrics];
    long[] row = new long[metrics];
    for (int u = 0; u < units.size(); u++) {
      Arrays.fill(row, 0L);
      perUnit.measure(u, row);
      System.arraycopy(row, 0, totals, u * metrics, metrics);
    }
    return upward(totals, metrics);
  }

  /** Adds each unit's total into its parent's, children before parents (reverse pre-order). */
  private UnitTotals upward(long[] totals, int metrics) {
    for (int u = units.size() - 1; u >= 0; u--) {
      int p = parent[u];
      if (p >= 0) {
        for (int m = 0; m < metrics; m++) {
          totals[p * metrics + m] += totals[u * metrics + m];
        }
      }
    }
    return new Totals(totals, metrics);
  }

  private final class Totals implements UnitTotals {
    private final long[] totals;
    private final int metrics;

    Totals(long[] totals, int metrics) {
      this.totals = totals;
      this.metrics = metrics;
    }

    @Override
    public int metrics() {
      return metrics;
    }

    @Override
    public long get(UnitId unit, int metric) {
      return getAt(require(unit), metric);
    }

    @Override
    public long getAt(int unitIndex, int metric) {
      Objects.checkIndex(metric, metrics);
      return totals[unitIndex * metrics + metric];
    }
  }

  // ---------------------------------------------------------------- views and equality

  private final class IdRange extends AbstractList<UnitId> implements RandomAccess {
    private final int from;
    private final int to;

    IdRange(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public UnitId get(int i) {
      Objects.checkIndex(i, to - from);
      return ids[from + i];
    }

    @Override
    public int size() {
      return to - from;
    }
  }

  private final class HouseholdRange extends AbstractList<HouseholdId> implements RandomAccess {
    private final int from;
    private final int to;

    HouseholdRange(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public HouseholdId get(int i) {
      Objects.checkIndex(i, to - from);
      return households.get(from + i);
    }

    @Override
    public int size() {
      return to - from;
    }
  }

  /**
   * Equal when the scheme, the units and each household's unit are equal, whatever the order in
   * which they were added.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof HierarchyIndex)) {
      return false;
    }
    HierarchyIndex other = (HierarchyIndex) o;
    if (!scheme.equals(other.scheme) || units.size() != other.units.size()
        || householdUnit.length != other.householdUnit.length
        || !groupSets.equals(other.groupSets) || !groups.equals(other.groups)) {
      return false;
    }
    for (Unit unit : units) {
      if (!unit.equals(other.find(unit.id()).orElse(null))) {
        return false;
      }
    }
    for (int h = 0; h < householdUnit.length; h++) {
      int there = other.households.indexOf(households.get(h));
      if (there < 0 || !other.ids[other.householdUnit[there]]
          .equals(ids[householdUnit[h]])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = scheme.hashCode();
    for (Unit unit : units) {
      hash += unit.hashCode();
    }
    return hash * 31 + householdUnit.length;
  }

  @Override
  public String toString() {
    return "Hierarchy{" + scheme.code() + ", " + units.size() + " units, "
        + householdUnit.length + " households}";
  }
}
