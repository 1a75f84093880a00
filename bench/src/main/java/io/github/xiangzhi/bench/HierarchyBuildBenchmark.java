package io.github.xiangzhi.bench;

import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.HierarchyBuilder;
import io.github.xiangzhi.grid.hierarchy.HierarchyCsv;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
 * Building the {@link SyntheticCounty}'s hierarchy from a million household rows (shuffled, as a
 * merged register comes), each measurement one whole build:
 *
 * <ul>
 *   <li>{@code fromRows}: the ids already made ({@code addUnit} × 10,521, {@code addHousehold} ×
 *       1,000,000, {@code build()} with every check);
 *   <li>{@code fromCsv}: reading a units CSV and a 25 MB households CSV from {@code
 *       StringReader}s with {@link HierarchyCsv}, then building.
 * </ul>
 *
 * <p>The memory of the result is measured apart, with JOL: {@link HierarchyFootprint}.
 *
 * <pre>
 * ./mvnw -B -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar HierarchyBuildBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class HierarchyBuildBenchmark {

  SyntheticCounty county;
  String unitsCsv;
  String householdsCsv;

  @Setup
  public void setUp() throws IOException {
    county = new SyntheticCounty();
    Hierarchy h = county.build();
    StringWriter units = new StringWriter();
    HierarchyCsv.writeUnits(h, units);
    unitsCsv = units.toString();
    StringBuilder households = new StringBuilder(county.households.length * 32);
    households.append("household,unit\n");
    for (int i = 0; i < county.households.length; i++) {
      households.append(county.households[i].value()).append(',')
          .append(county.householdUnits[i].value()).append('\n');
    }
    householdsCsv = households.toString();
    if (!fromCsv().equals(h) || fromRows().householdCount() != 1_000_000) {
      throw new IllegalStateException("the two builds differ");
    }
  }

  /** Rows already in memory. */
  @Benchmark
  public Hierarchy fromRows() {
    return county.build();
  }

  /** Rows read from CSV text. */
  @Benchmark
  public Hierarchy fromCsv() {
    try {
      HierarchyBuilder b = Hierarchy.builder(county.scheme);
      HierarchyCsv.readUnits(new StringReader(unitsCsv), b);
      HierarchyCsv.readHouseholds(new StringReader(householdsCsv), b);
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
