package io.github.xiangzhi.bench;

import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.examples.sim.EngineSimulation;
import io.github.xiangzhi.examples.sim.Simulation;
import io.github.xiangzhi.examples.sim.SimulationSettings;
import io.github.xiangzhi.examples.sim.SimulationSize;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.rating.star.policy.RatingSectionType;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The workload of {@link SimulationBenchmark} timed in thread CPU time, which leaves out the time
 * a thread waits for a core: on a machine shared with other builds the wall-clock scores of JMH
 * swing severalfold, the CPU time per household-year far less. Alternates the compiled simulator
 * and the engine baseline in one JVM and prints nanoseconds of CPU per household-year.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.github.xiangzhi.bench.SimulationCpuProbe 100000 10
 * </pre>
 */
public final class SimulationCpuProbe {
  private SimulationCpuProbe() {}

  /** Arguments: households [rounds]. */
  public static void main(String[] args) throws IOException {
    int households = Integer.parseInt(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    RatingPolicy policy = XiangzhiJson.newYamlMapper().readValue(
        new RatingSectionType().presets().get("CHANGZHI"), RatingPolicy.class);
    SimulationSettings settings = SimulationSettings.defaults();
    SimulationSize size = SimulationSize.of(households,
        SimulationSize.villagesFor(households, settings.householdsPerVillage()),
        SimulationBenchmark.YEARS, 1, 20261122L);
    Simulation simulation = Simulation.of(policy, settings, size);
    EngineSimulation engine = EngineSimulation.of(policy, settings, size);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double householdYears = (double) households * SimulationBenchmark.YEARS;
    for (int round = 1; round <= rounds; round++) {
      long start = threads.getCurrentThreadCpuTime();
      simulation.run(n -> { });
      long compiled = threads.getCurrentThreadCpuTime() - start;
      start = threads.getCurrentThreadCpuTime();
      engine.run(n -> { });
      long baseline = threads.getCurrentThreadCpuTime() - start;
      System.out.printf(Locale.ROOT,
          "round %d: compiled %.0f ns/household-year (%.2f M/s per core), engine batch path"
              + " %.0f ns (%.2f M/s), ratio %.1f%n",
          round, compiled / householdYears, householdYears / compiled * 1e3,
          baseline / householdYears, householdYears / baseline * 1e3,
          (double) baseline / compiled);
    }
  }
}
