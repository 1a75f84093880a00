package io.github.xiangzhi.bench;

import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * The memory of a built hierarchy of the {@link SyntheticCounty}, measured with JOL: {@code
 * GraphLayout.parseInstance(hierarchy).totalSize()} — every object reachable from the hierarchy,
 * excluding nothing (the level scheme, the units and their ids, the household table, the
 * indexes) — divided by the number of households. Prints the total, the bytes per household and
 * the largest classes.
 *
 * <pre>
 * ./mvnw -B -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar io.github.xiangzhi.bench.HierarchyFootprint
 * </pre>
 */
public final class HierarchyFootprint {
  private HierarchyFootprint() {}

  /** Builds the county and prints its footprint. */
  public static void main(String[] args) {
    Hierarchy hierarchy = new SyntheticCounty().build();
    GraphLayout layout = GraphLayout.parseInstance(hierarchy);
    long total = layout.totalSize();
    System.out.println(layout.toFootprint());
    System.out.printf(Locale.ROOT, "%d units, %d households: %,d bytes, %.1f bytes per household%n",
        hierarchy.unitCount(), hierarchy.householdCount(), total,
        (double) total / hierarchy.householdCount());
  }
}
