package io.github.xiangzhi.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.examples.sim.Simulation;
import io.github.xiangzhi.examples.sim.SimulationResult;
import io.github.xiangzhi.examples.sim.SimulationSize;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkSimulationTest {

  static JavaSparkContext spark;

  @BeforeAll
  static void start() {
    spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("test")
        .set("spark.driver.host", "127.0.0.1").set("spark.ui.enabled", "false"));
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  static String csv(SimulationResult result) {
    StringWriter out = new StringWriter();
    try {
      result.writeRuns(out);
      result.writeSummary(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Test
  void theSparkJobGivesTheSingleMachineFilesForTheSameSeedWhateverThePartitions()
      throws IOException {
    String profile = "profile: {id: spark-test, name: 测试县}\n"
        + "simulation: {propensity: 0.75, householdsPerVillage: 50}\n";
    // villages spread over several blocks of 256, of uneven sizes
    SimulationSize size = SimulationSize.of(60_001, 700, 4, 3, 20261122L);
    Simulation simulation = SparkSimulation.fromProfile(profile, "test", size);
    String alone = csv(simulation.run(n -> { }));
    assertThat(csv(SparkSimulation.run(spark, simulation, 2))).isEqualTo(alone);
    assertThat(csv(SparkSimulation.run(spark, simulation, 5))).isEqualTo(alone);
    assertThat(csv(SparkSimulation.run(spark, simulation, 1))).isEqualTo(alone);
    SimulationSize other = SimulationSize.of(60_001, 700, 4, 3, 1L);
    assertThat(csv(SparkSimulation.run(spark,
        SparkSimulation.fromProfile(profile, "test", other), 2))).isNotEqualTo(alone);
  }
}
