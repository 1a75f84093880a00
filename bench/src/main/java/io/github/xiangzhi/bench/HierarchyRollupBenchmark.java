package io.github.xiangzhi.bench;

import com.google.common.graph.GraphBuilder;
import com.google.common.graph.ImmutableGraph;
import com.google.common.graph.MutableGraph;
import com.google.common.graph.Traverser;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.UnitTotals;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rolling a per-household value (points, say) up to every unit of the {@link SyntheticCounty}
 * (10,521 units, 1,000,000 households): Xiangzhi's {@link Hierarchy#rollup} against Guava's
 * {@code Traverser.forTree} over an {@code ImmutableGraph} of the same tree, in the same run.
 *
 * <p>The baseline's graph holds the units and the households as nodes (pre-order unit positions,
 * then household positions, as {@code Integer}s), edges from parent to child; a post-order
 * traversal from the root sums each node's value and its successors' totals into a {@code long[]}
 * (arrays, not maps, to spare the baseline). Xiangzhi: {@code rollup(1, metrics)} reading the
 * same {@code long[]} of values by household position (the last digit of each household's id); and {@code rollup(ToLongFunction)}, which
 * hands the function each {@link HouseholdId} (built from the compact table as it goes). The setup
 * asserts the totals agree for every unit.
 *
 * <pre>
 * ./mvnw -B -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar HierarchyRollupBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class HierarchyRollupBenchmark {

  Hierarchy hierarchy;
  long[] values; // by household position
  ImmutableGraph<Integer> graph;
  int unitCount;
  Integer root;

  @Setup
  public void setUp() {
    hierarchy = new SyntheticCounty().build();
    unitCount = hierarchy.unitCount();
    int households = hierarchy.householdCount();
    values = new long[households];
    for (int h = 0; h < households; h++) {
      values[h] = valueOf(hierarchy.householdAt(h));
    }
    MutableGraph<Integer> g = GraphBuilder.directed().expectedNodeCount(unitCount + households)
        .build();
    for (int u = 0; u < unitCount; u++) {
      g.addNode(u);
      if (hierarchy.parentIndex(u) >= 0) {
        g.putEdge(hierarchy.parentIndex(u), u);
      }
    }
    for (int h = 0; h < households; h++) {
      g.putEdge(hierarchy.unitIndexOfHousehold(h), unitCount + h);
    }
    graph = ImmutableGraph.copyOf(g);
    root = 0;
    long[] baseline = guava();
    UnitTotals ours = xiangzhi();
    UnitTotals byId = xiangzhiById();
    for (int u = 0; u < unitCount; u++) {
      if (ours.getAt(u, 0) != baseline[u] || byId.getAt(u, 0) != baseline[u]) {
        throw new IllegalStateException("the rollups disagree at unit " + hierarchy.unitAt(u));
      }
    }
  }

  /** Xiangzhi: one pass over the households by position, one over the units. */
  @Benchmark
  public UnitTotals xiangzhi() {
    long[] v = values;
    return hierarchy.rollup(1, (h, row) -> row[0] += v[h]);
  }

  /**
   * Xiangzhi's id-keyed form: the function gets each household's id, here reading the value off
   * the id itself so that no lookup of the caller's is timed.
   */
  @Benchmark
  public UnitTotals xiangzhiById() {
    return hierarchy.rollup(HierarchyRollupBenchmark::valueOf);
  }

  /** The value of a household: the last digit of its id (0 to 9), known to both sides. */
  static long valueOf(HouseholdId id) {
    String text = id.value();
    return text.charAt(text.length() - 1) - '0';
  }

  /** Baseline: a post-order traversal of the graph with Guava's Traverser. */
  @Benchmark
  public long[] guava() {
    long[] totals = new long[unitCount + values.length];
    for (Integer node : Traverser.forTree(graph::successors).depthFirstPostOrder(root)) {
      int n = node;
      long total = n >= unitCount ? values[n - unitCount] : 0L;
      for (Integer child : graph.successors(node)) {
        total += totals[child];
      }
      totals[n] = total;
    }
    return totals;
  }

}
