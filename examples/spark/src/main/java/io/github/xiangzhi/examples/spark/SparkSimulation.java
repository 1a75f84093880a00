package io.github.xiangzhi.examples.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.examples.sim.AttainmentChart;
import io.github.xiangzhi.examples.sim.Simulation;
import io.github.xiangzhi.examples.sim.SimulationResult;
import io.github.xiangzhi.examples.sim.SimulationSettings;
import io.github.xiangzhi.examples.sim.SimulationSize;
import io.github.xiangzhi.examples.sim.Tally;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.rating.star.policy.RatingSectionType;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * 分布式政策模拟 — {@code xiangzhi simulate} as an Apache Spark job (Java API). The work is cut
 * into blocks of whole villages (a village's households are always simulated together, in one
 * task, from the village's own seed {@code Seeds.village(seed, run, village)}); each partition
 * adds its villages into a {@link Tally} of integer counts, and the tallies are summed on the
 * driver. Integer sums do not depend on the partitioning or the order, and no village's draws
 * depend on another's, so the result — and the CSV files — equal the single-machine simulator's
 * for the same seed, byte for byte.
 *
 * <p>The driver ships one {@link Simulation} (the compiled scheme and model, a few kilobytes) to
 * the executors in the task closures; no household data crosses the network, only one tally per
 * partition ({@code runs × years × 9} longs).
 *
 * <p>Run with spark-submit (see the README):
 *
 * <pre>
 * spark-submit --class io.github.xiangzhi.examples.spark.SparkSimulation \
 *   examples/spark/target/xiangzhi-examples-spark-0.1.0-SNAPSHOT-job.jar \
 *   PROFILE.yaml HOUSEHOLDS VILLAGES YEARS RUNS SEED OUT_DIR [PARTITIONS]
 * </pre>
 */
public final class SparkSimulation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Villages per element of the distributed collection. */
  public static final int BLOCK_VILLAGES = 256;

  private SparkSimulation() {}

  /** One block of villages of one run: [from, to). */
  static final class Block implements Serializable {
    private static final long serialVersionUID = 1L;
    final int run;
    final int from;
    final int to;

    Block(int run, int from, int to) {
      this.run = run;
      this.from = from;
      this.to = to;
    }
  }

  /**
   * Runs {@code simulation} on {@code spark} in {@code partitions} partitions (at least 1) and
   * returns its result, equal to {@code simulation.run(...)} on one machine.
   */
  public static SimulationResult run(JavaSparkContext spark, Simulation simulation,
      int partitions) {
    checkNotNull(spark, "spark");
    checkNotNull(simulation, "simulation");
    checkArgument(partitions >= 1, "partitions must be positive: %s", partitions);
    SimulationSize size = simulation.size();
    List<Block> blocks = new ArrayList<>();
    for (int run = 0; run < size.runs(); run++) {
      for (int from = 0; from < size.villages(); from += BLOCK_VILLAGES) {
        blocks.add(new Block(run, from, Math.min(size.villages(), from + BLOCK_VILLAGES)));
      }
    }
    JavaRDD<Block> work = spark.parallelize(blocks, Math.min(partitions, blocks.size()));
    Tally total = work.mapPartitions((Iterator<Block> it) -> {
      Tally tally = simulation.newTally();
      while (it.hasNext()) {
        Block b = it.next();
        simulation.simulate(b.run, b.from, b.to, tally);
      }
      return List.of(tally).iterator();
    }).reduce(Tally::add);
    return simulation.result(total);
  }

  /**
   * The simulation of {@code size} under the profile {@code yaml}: its {@code rating} section (or
   * the Changzhi rating preset when it has none) and its {@code simulation} section (or the
   * defaults).
   *
   * @throws io.github.xiangzhi.core.profile.ProfileException listing every problem of the profile
   */
  public static Simulation fromProfile(String yaml, String source, SimulationSize size)
      throws IOException {
    CountyProfile profile = ProfileLoader.standard().parse(yaml, source);
    RatingPolicy policy = profile.section(RatingPolicy.class).orElse(null);
    if (policy == null) {
      policy = XiangzhiJson.newYamlMapper().readValue(
          new RatingSectionType().presets().get("CHANGZHI"), RatingPolicy.class);
    }
    SimulationSettings settings =
        profile.section(SimulationSettings.class).orElse(SimulationSettings.defaults());
    return Simulation.of(policy, settings, size);
  }

  /**
   * spark-submit's entry: {@code PROFILE HOUSEHOLDS VILLAGES YEARS RUNS SEED OUT [PARTITIONS]}.
   * Writes runs.csv, summary.csv and chart.svg into OUT on the driver (the results are small).
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 7 || args.length > 8) {
      System.err.println("usage: SparkSimulation PROFILE HOUSEHOLDS VILLAGES YEARS RUNS SEED OUT"
          + " [PARTITIONS]");
      System.exit(2);
    }
    Path profile = Path.of(args[0]);
    SimulationSize size = SimulationSize.of(Long.parseLong(args[1]), Integer.parseInt(args[2]),
        Integer.parseInt(args[3]), Integer.parseInt(args[4]), Long.parseLong(args[5]));
    Path out = Path.of(args[6]);
    Simulation simulation = fromProfile(Files.readString(profile), profile.toString(), size);
    SparkConf conf = new SparkConf().setAppName("xiangzhi-simulate");
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      int partitions = args.length == 8 ? Integer.parseInt(args[7])
          : Math.max(1, spark.defaultParallelism() * 4);
      SimulationResult result = run(spark, simulation, partitions);
      Files.createDirectories(out);
      result.writeCsv(out);
      AttainmentChart.write(result, out, AttainmentChart.Format.SVG, Locale.ROOT);
    }
  }
}
