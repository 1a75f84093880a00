package io.github.xiangzhi.bench;

import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.examples.sim.EngineSimulation;
import io.github.xiangzhi.examples.sim.Simulation;
import io.github.xiangzhi.examples.sim.SimulationResult;
import io.github.xiangzhi.examples.sim.SimulationSettings;
import io.github.xiangzhi.examples.sim.SimulationSize;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.rating.star.policy.RatingSectionType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The policy-threshold simulator of {@code xiangzhi simulate} (issue 9): one run of {@link
 * #YEARS} years of {@code households} households in villages of 300 under the Changzhi rating
 * preset and the default model, seed 20261122. The score is milliseconds per run; household-years
 * per second = households × {@value #YEARS} / score. Linearity is read off the three sizes.
 *
 * <p>Baseline: {@link EngineSimulation}, the same villages and draws rated through the rating
 * module's public batch path (an {@code EvidenceTable} filled through its checked setters, {@code
 * StarEngine.evaluateInto}, {@code TargetCheck}). The setup asserts that both give identical
 * files for sizes up to 100,000 households.
 *
 * <pre>
 * ./mvnw -B -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar SimulationBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SimulationBenchmark {

  /** Years of the run. */
  public static final int YEARS = 5;

  @Param({"10000", "100000", "1000000"})
  int households;

  Simulation simulation;
  EngineSimulation engine;
  ExecutorService pool;

  @Setup
  public void setUp() throws IOException {
    RatingPolicy policy = XiangzhiJson.newYamlMapper().readValue(
        new RatingSectionType().presets().get("CHANGZHI"), RatingPolicy.class);
    SimulationSettings settings = SimulationSettings.defaults();
    SimulationSize size = SimulationSize.of(households,
        SimulationSize.villagesFor(households, settings.householdsPerVillage()), YEARS, 1,
        20261122L);
    simulation = Simulation.of(policy, settings, size);
    engine = EngineSimulation.of(policy, settings, size);
    pool = Executors.newFixedThreadPool(2);
    if (households <= 100_000 && !csv(simulation.run(n -> { })).equals(csv(engine.run(n -> { })))) {
      throw new IllegalStateException("the compiled simulator and the engine disagree");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  private static String csv(SimulationResult result) {
    StringWriter out = new StringWriter();
    try {
      result.writeRuns(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The simulator on one thread. */
  @Benchmark
  public SimulationResult compiled() {
    return simulation.run(n -> { });
  }

  /** The simulator on two threads (the machine's two cores). */
  @Benchmark
  public SimulationResult compiledTwoThreads() {
    return simulation.run(pool, 2, n -> { });
  }

  /** Baseline: the same simulation rated through the engine's public batch path, one thread. */
  @Benchmark
  public SimulationResult engineBatchPath() {
    return engine.run(n -> { });
  }
}
