package io.github.xiangzhi.grid.scope;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * 可见范围 — the units and households of some subtrees of one {@link Hierarchy}: what a person may
 * see or capture (R-GRID-7). Nothing outside the roots' subtrees is ever visible; an id the
 * hierarchy does not hold is not visible either.
 *
 * <p>Because a subtree is a contiguous range of pre-order positions, and a subtree's households a
 * contiguous range of household positions, a scope is a short sorted list of disjoint ranges
 * (nested roots are merged away). DHIS2 tests {@code path.startsWith(root.path)} once per root;
 * here a check is one unsigned comparison for one root, and for several a lookup in a small
 * index with a byte for every 64 positions the roots span.
 *
 * <p>Performance notes: {@link #canSee(int)} and {@link #canSeeHousehold(int)} take O(1) with no
 * loop and no branch on the answer, allocating nothing, for up to some 127 roots spanning up to
 * 4,194,304 positions; the id forms add one hash lookup. The index costs one byte per 64 units or
 * households between the first root and the end of the last (13 KiB for three villages across a
 * county of a million households). Past 64 KiB of index, or past 254 blocks that a root starts or
 * ends in, a check bisects the ranges instead: O(log k). {@link #filter} is O(n) in the items.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AccessScope {
  private final Hierarchy hierarchy;
  private final int[] from; // unit ranges [from, to), sorted and disjoint
  private final int[] to;
  private final int[] householdFrom;
  private final int[] householdTo;
  private final RangeSet unitRanges;
  private final RangeSet householdRanges;

  private AccessScope(Hierarchy hierarchy, int[] from, int[] to) {
    this.hierarchy = hierarchy;
    this.from = from;
    this.to = to;
    householdFrom = new int[from.length];
    householdTo = new int[from.length];
    for (int i = 0; i < from.length; i++) {
      householdFrom[i] = hierarchy.householdStart(from[i]);
      householdTo[i] = hierarchy.householdEnd(from[i]);
    }
    unitRanges = new RangeSet(from, to);
    householdRanges = new RangeSet(householdFrom, householdTo);
  }

  /**
   * The subtrees of {@code roots} in {@code hierarchy}; a root within another root's subtree
   * adds nothing.
   *
   * @throws io.github.xiangzhi.grid.hierarchy.UnknownUnitException if a root is not in the
   *     hierarchy
   */
  public static AccessScope of(Hierarchy hierarchy, Collection<UnitId> roots) {
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(roots, "roots");
    int[] positions = new int[roots.size()];
    int i = 0;
    for (UnitId root : roots) {
      int p = hierarchy.indexOf(checkNotNull(root, "root"));
      if (p < 0) {
        hierarchy.unit(root); // throws the hierarchy's UnknownUnitException
      }
      positions[i++] = p;
    }
    return ofPositions(hierarchy, positions);
  }

  /** The subtrees of the units at pre-order {@code positions}, for bulk callers. */
  public static AccessScope ofPositions(Hierarchy hierarchy, int... positions) {
    checkNotNull(hierarchy, "hierarchy");
    int[] sorted = positions.clone();
    Arrays.sort(sorted);
    int[] from = new int[sorted.length];
    int[] to = new int[sorted.length];
    int n = 0;
    for (int p : sorted) {
      checkArgument(p >= 0 && p < hierarchy.unitCount(), "no unit at position %s", p);
      if (n > 0 && p < to[n - 1]) {
        continue; // within the previous root's subtree
      }
      from[n] = p;
      to[n] = hierarchy.subtreeEnd(p);
      n++;
    }
    return new AccessScope(hierarchy, Arrays.copyOf(from, n), Arrays.copyOf(to, n));
  }

  /** Nothing at all. */
  public static AccessScope empty(Hierarchy hierarchy) {
    return ofPositions(hierarchy);
  }

  /** The whole hierarchy. */
  public static AccessScope all(Hierarchy hierarchy) {
    List<UnitId> roots = hierarchy.roots();
    return of(hierarchy, roots);
  }

  /** The hierarchy the scope is of. */
  public Hierarchy hierarchy() {
    return hierarchy;
  }

  /** The roots of the scope's subtrees, in pre-order, none within another. */
  public List<UnitId> roots() {
    ImmutableList.Builder<UnitId> out = ImmutableList.builderWithExpectedSize(from.length);
    for (int p : from) {
      out.add(hierarchy.unitAt(p));
    }
    return out.build();
  }

  /** True when the scope holds nothing. */
  public boolean isEmpty() {
    return from.length == 0;
  }

  /** True when the unit at pre-order position {@code unit} is within the scope. */
  public boolean canSee(int unit) {
    return unitRanges.contains(unit);
  }

  /** True when the hierarchy holds {@code unit} and it is within the scope. */
  public boolean canSee(UnitId unit) {
    int p = hierarchy.indexOf(unit);
    return p >= 0 && canSee(p);
  }

  /** True when the household at position {@code household} lies within the scope. */
  public boolean canSeeHousehold(int household) {
    return householdRanges.contains(household);
  }

  /** True when the hierarchy holds {@code household} and it lies within the scope. */
  public boolean canSee(HouseholdId household) {
    int h = hierarchy.indexOf(household);
    return h >= 0 && canSeeHousehold(h);
  }

  /** The items whose unit is within the scope, in their order. */
  public <T> List<T> filter(Collection<? extends T> items, Function<? super T, UnitId> unitOf) {
    List<T> out = new ArrayList<>();
    for (T item : items) {
      UnitId unit = unitOf.apply(item);
      if (unit != null && canSee(unit)) {
        out.add(item);
      }
    }
    return out;
  }

  /** The items whose household lies within the scope, in their order. */
  public <T> List<T> filterByHousehold(Collection<? extends T> items,
      Function<? super T, HouseholdId> householdOf) {
    List<T> out = new ArrayList<>();
    for (T item : items) {
      HouseholdId household = householdOf.apply(item);
      if (household != null && canSee(household)) {
        out.add(item);
      }
    }
    return out;
  }

  /** The households among {@code households} that lie within the scope. */
  public List<HouseholdId> filterHouseholds(Collection<HouseholdId> households) {
    return filterByHousehold(households, Function.identity());
  }

  /** The number of units within the scope. */
  public int unitCount() {
    int n = 0;
    for (int i = 0; i < from.length; i++) {
      n += to[i] - from[i];
    }
    return n;
  }

  /** The number of households within the scope. */
  public int householdCount() {
    int n = 0;
    for (int i = 0; i < householdFrom.length; i++) {
      n += householdTo[i] - householdFrom[i];
    }
    return n;
  }

  /** Every unit within the scope, in pre-order: a view. */
  public List<UnitId> units() {
    return new Ranges<>(from, to, unitCount(), hierarchy::unitAt);
  }

  /** Every household within the scope, in the order of their units: a view. */
  public List<HouseholdId> households() {
    return new Ranges<>(householdFrom, householdTo, householdCount(), hierarchy::householdAt);
  }

  /** The scope of both this scope's roots and {@code other}'s, of the same hierarchy. */
  public AccessScope union(AccessScope other) {
    checkNotNull(other, "other");
    checkArgument(other.hierarchy == hierarchy, "scopes of different hierarchies");
    int[] both = Arrays.copyOf(from, from.length + other.from.length);
    System.arraycopy(other.from, 0, both, from.length, other.from.length);
    return ofPositions(hierarchy, both);
  }

  /** True when everything {@code other} holds lies within this scope. */
  public boolean contains(AccessScope other) {
    for (int p : other.from) {
      if (!canSee(p)) {
        return false;
      }
    }
    return true;
  }

  private static final class Ranges<T> extends AbstractList<T> implements RandomAccess {
    private final int[] from;
    private final int[] to;
    private final int size;
    private final java.util.function.IntFunction<T> at;

    Ranges(int[] from, int[] to, int size, java.util.function.IntFunction<T> at) {
      this.from = from;
      this.to = to;
      this.size = size;
      this.at = at;
    }

    @Override
    public T get(int index) {
      Objects.checkIndex(index, size);
      int i = index;
      for (int r = 0; r < from.length; r++) {
        int length = to[r] - from[r];
        if (i < length) {
          return at.apply(from[r] + i);
        }
        i -= length;
      }
      throw new IndexOutOfBoundsException(index);
    }

    @Override
    public int size() {
      return size;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessScope && ((AccessScope) o).hierarchy == hierarchy
        && Arrays.equals(((AccessScope) o).from, from);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(from);
  }

  @Override
  public String toString() {
    return "AccessScope" + roots();
  }
}
