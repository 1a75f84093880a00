package io.github.xiangzhi.bench;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.UnitLabels;
import io.github.xiangzhi.grid.scope.AccessScope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ancestor tests and scope checks (R-GRID-7) on the {@link SyntheticCounty} of a million
 * households: Xiangzhi's pre-order ranges against DHIS2's materialised-path test {@code
 * path.startsWith(ancestorPath)}, on the same pre-drawn random queries in the same run.
 *
 * <ul>
 *   <li>{@code positional} vs {@code pathStartsWith}: 4,096 (ancestor, unit) pairs given as
 *       pre-order positions; half are true pairs (an ancestor-or-self at a random depth), half
 *       random. Xiangzhi: {@link Hierarchy#isWithin(int, int)}; baseline: {@code
 *       paths[b].startsWith(paths[a])} over the array of paths. Neither side looks anything up.
 *   <li>{@code labels} vs {@code pathOfUnit}: the same pairs as each side keeps them on a unit.
 *       Xiangzhi: the units' {@linkplain UnitLabels interval labels} ({@link Hierarchy#label(int)},
 *       a {@code long} each), tested with {@link UnitLabels#isWithin(long, long)}; baseline: the
 *       units' DHIS2 paths ({@code OrganisationUnit.getPath()}, a {@code String} each), tested
 *       with {@code startsWith}. Neither side touches the hierarchy.
 *   <li>{@code idBased} vs {@code pathByIdStartsWith}: the same pairs as {@link UnitId}s.
 *       Xiangzhi: {@link Hierarchy#isWithin(UnitId, UnitId)} (two id→position hash lookups, then
 *       the range test); baseline: two lookups in a {@code HashMap<UnitId, String>} of paths,
 *       then {@code startsWith}.
 *   <li>{@code scopeHousehold} vs {@code scopeHouseholdPaths}: a staff member assigned to three
 *       villages in three townships; 4,096 random households by position. Xiangzhi: {@link
 *       AccessScope#canSeeHousehold(int)}; baseline: DHIS2's {@code isDescendant} over the
 *       user's units — the household's unit path (an array of references, no lookup) tested with
 *       {@code startsWith} against each of the three root paths.
 *   <li>{@code scopeHouseholdId} vs {@code scopeHouseholdIdPaths}: the same by {@link
 *       HouseholdId}: Xiangzhi looks the id up in its compact household table; the baseline in a
 *       {@code HashMap<HouseholdId, String>} of the households' unit paths.
 *   <li>{@code harnessFloor}: a calibration, not a check — the loop of {@code labels} with the
 *       cheapest comparison there is, to show how much of a sub-nanosecond score is the loop's.
 * </ul>
 *
 * <p>Scores are per query ({@code @OperationsPerInvocation}). The setup asserts that both sides
 * agree on every query.
 *
 * <pre>
 * ./mvnw -B -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar HierarchyAncestorBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class HierarchyAncestorBenchmark {
  static final int QUERIES = 4096;

  Hierarchy hierarchy;
  String[] paths;
  int[] ancestors;
  int[] units;
  long[] ancestorLabels;
  long[] unitLabels;
  String[] ancestorPaths;
  String[] unitPaths;
  UnitId[] ancestorIds;
  UnitId[] unitIds;
  Map<UnitId, String> pathById;

  AccessScope scope;
  String[] scopePaths;
  String[] householdPaths; // the path of each household's unit, by household position
  int[] householdQueries;
  HouseholdId[] householdIdQueries;
  Map<HouseholdId, String> householdPathById;

  @Setup
  public void setUp() {
    hierarchy = new SyntheticCounty().build();
    paths = SyntheticCounty.paths(hierarchy);
    SplittableRandom random = new SplittableRandom(SyntheticCounty.SEED + 1);
    int n = hierarchy.unitCount();
    ancestors = new int[QUERIES];
    units = new int[QUERIES];
    ancestorLabels = new long[QUERIES];
    unitLabels = new long[QUERIES];
    ancestorPaths = new String[QUERIES];
    unitPaths = new String[QUERIES];
    ancestorIds = new UnitId[QUERIES];
    unitIds = new UnitId[QUERIES];
    for (int q = 0; q < QUERIES; q++) {
      int b = random.nextInt(n);
      int a;
      if (q % 2 == 0) {
        a = b;
        for (int up = random.nextInt(4); up > 0 && hierarchy.parentIndex(a) >= 0; up--) {
          a = hierarchy.parentIndex(a);
        }
      } else {
        a = random.nextInt(n);
      }
      ancestors[q] = a;
      units[q] = b;
      ancestorLabels[q] = hierarchy.label(a);
      unitLabels[q] = hierarchy.label(b);
      ancestorPaths[q] = paths[a];
      unitPaths[q] = paths[b];
      ancestorIds[q] = hierarchy.unitAt(a);
      unitIds[q] = hierarchy.unitAt(b);
    }
    pathById = new HashMap<>();
    for (int u = 0; u < n; u++) {
      pathById.put(hierarchy.unitAt(u), paths[u]);
    }
    List<UnitId> villages = hierarchy.unitsAt("VILLAGE");
    List<UnitId> roots = List.of(villages.get(3), villages.get(160), villages.get(420));
    scope = AccessScope.of(hierarchy, roots);
    scopePaths = new String[roots.size()];
    for (int r = 0; r < roots.size(); r++) {
      scopePaths[r] = paths[hierarchy.indexOf(roots.get(r))];
    }
    int households = hierarchy.householdCount();
    householdPaths = new String[households];
    householdPathById = new HashMap<>(households * 2);
    for (int h = 0; h < households; h++) {
      householdPaths[h] = paths[hierarchy.unitIndexOfHousehold(h)];
    }
    householdQueries = new int[QUERIES];
    householdIdQueries = new HouseholdId[QUERIES];
    for (int q = 0; q < QUERIES; q++) {
      // one query in four falls in the scope, the rest anywhere
      int h = q % 4 == 0 ? scope.hierarchy().indexOf(scope.households()
          .get(random.nextInt(scope.householdCount()))) : random.nextInt(households);
      householdQueries[q] = h;
      householdIdQueries[q] = hierarchy.householdAt(h);
    }
    for (int h = 0; h < households; h++) {
      householdPathById.put(hierarchy.householdAt(h), householdPaths[h]);
    }
    for (int q = 0; q < QUERIES; q++) {
      boolean ours = hierarchy.isWithin(units[q], ancestors[q]);
      if (ours != paths[units[q]].startsWith(paths[ancestors[q]])
          || ours != hierarchy.isWithin(unitIds[q], ancestorIds[q])
          || ours != UnitLabels.isWithin(unitLabels[q], ancestorLabels[q])
          || ours != unitPaths[q].startsWith(ancestorPaths[q])) {
        throw new IllegalStateException("isWithin and startsWith disagree on query " + q);
      }
      if (scope.canSeeHousehold(householdQueries[q]) != descendant(householdPaths[
          householdQueries[q]]) || scope.canSee(householdIdQueries[q])
          != descendant(householdPaths[householdQueries[q]])) {
        throw new IllegalStateException("the scope and the paths disagree on query " + q);
      }
    }
  }

  /** DHIS2's isDescendant(Set) over the user's units. */
  private boolean descendant(String path) {
    for (String root : scopePaths) {
      if (path.startsWith(root)) {
        return true;
      }
    }
    return false;
  }

  /** Xiangzhi: positions in, two comparisons. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int positional() {
    int hits = 0;
    for (int q = 0; q < QUERIES; q++) {
      if (hierarchy.isWithin(units[q], ancestors[q])) {
        hits++;
      }
    }
    return hits;
  }

  /** Baseline: DHIS2's materialised path prefix test. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int pathStartsWith() {
    int hits = 0;
    for (int q = 0; q < QUERIES; q++) {
      if (paths[units[q]].startsWith(paths[ancestors[q]])) {
        hits++;
      }
    }
    return hits;
  }

  /** Xiangzhi: the units' interval labels, no hierarchy. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int labels() {
    int hits = 0;
    for (int q = 0; q < QUERIES; q++) {
      if (UnitLabels.isWithin(unitLabels[q], ancestorLabels[q])) {
        hits++;
      }
    }
    return hits;
  }

  /**
   * Calibration, not a check: the loop of {@link #labels} (the same two loads and the same hit
   * counter) with the cheapest comparison there is, {@code unit < ancestor} on the raw labels.
   * No ancestor test that reads the two labels and counts its hits this way can take less time
   * per query, so {@code pathOfUnit / harnessFloor} is the highest ratio this loop can show.
   */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int harnessFloor() {
    int hits = 0;
    for (int q = 0; q < QUERIES; q++) {
      if (unitLabels[q] < ancestorLabels[q]) {
        hits++;
      }
    }
    return hits;
  }

  /** Baseline: the units' DHIS2 paths, no lookup. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int pathOfUnit() {
    int hits = 0;
    for (int q = 0; q < QUERIES; q++) {
      if (unitPaths[q].startsWith(ancestorPaths[q])) {
        hits++;
      }
    }
    return hits;
  }

  /** Xiangzhi by id: two hash lookups, then the range test. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int idBased() {
    int hits = 0;
    for (int q = 0; q < QUERIES; q++) {
      if (hierarchy.isWithin(unitIds[q], ancestorIds[q])) {
        hits++;
      }
    }
    return hits;
  }

  /** Baseline by id: two lookups of paths, then the prefix test. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int pathByIdStartsWith() {
    int hits = 0;
    for (int q = 0; q < QUERIES; q++) {
      if (pathById.get(unitIds[q]).startsWith(pathById.get(ancestorIds[q]))) {
        hits++;
      }
    }
    return hits;
  }

  /** Xiangzhi: a three-root scope, households by position. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int scopeHousehold() {
    int hits = 0;
    for (int q = 0; q < QUERIES; q++) {
      if (scope.canSeeHousehold(householdQueries[q])) {
        hits++;
      }
    }
    return hits;
  }

  /** Baseline: the household's unit path against each root path. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int scopeHouseholdPaths() {
    int hits = 0;
    for (int q = 0; q < QUERIES; q++) {
      if (descendant(householdPaths[householdQueries[q]])) {
        hits++;
      }
    }
    return hits;
  }

  /** Xiangzhi: a three-root scope, households by id. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int scopeHouseholdId() {
    int hits = 0;
    for (int q = 0; q < QUERIES; q++) {
      if (scope.canSee(householdIdQueries[q])) {
        hits++;
      }
    }
    return hits;
  }

  /** Baseline by id: a hash lookup of the household's unit path, then each root path. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int scopeHouseholdIdPaths() {
    int hits = 0;
    for (int q = 0; q < QUERIES; q++) {
      if (descendant(householdPathById.get(householdIdQueries[q]))) {
        hits++;
      }
    }
    return hits;
  }
}
