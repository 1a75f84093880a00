package io.github.xiangzhi.bench;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.rating.points.AccountId;
import io.github.xiangzhi.rating.points.PointsLedger;
import io.github.xiangzhi.rating.points.Posting;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Earnings posted to one points ledger from one thread and from eight (R-PTS-2): each thread
 * records conduct events for its own household, paid from its own village's pool, as eight
 * villages of a town would. The score is the average time of one posting in one thread; the
 * ledger's throughput is threads ÷ score. The ledger is rebuilt before each iteration.
 *
 * <pre>
 * ./mvnw -B -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar PointsLedgerConcurrentBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// the ledger keeps every record: a throughput collector that promotes survivors at once copies
// each posting once instead of at every young collection (see docs/PERFORMANCE.md)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+UseParallelGC",
    "-XX:MaxTenuringThreshold=0"})
public class PointsLedgerConcurrentBenchmark {

  /** The ledger every thread posts to. */
  @State(Scope.Benchmark)
  public static class Shared {
    PointsLedger ledger;
    final AtomicInteger threads = new AtomicInteger();

    @Setup(Level.Iteration)
    public void setUp() {
      ledger = PointsLedger.inMemory(PointsLedgerBenchmark.policy(),
          Clock.fixed(PointsLedgerBenchmark.NOW, ZoneOffset.UTC));
      for (int t = 0; t < 8; t++) {
        ledger.open(AccountId.pool(UnitId.of("v" + t)));
        ledger.open(AccountId.household(HouseholdId.of("h" + t)));
      }
      System.gc(); // the last iteration's ledger is garbage now: collect it outside the measurement
    }
  }

  /** One thread's village, household and event counter. */
  @State(Scope.Thread)
  public static class Mine {
    UnitId village;
    HouseholdId household;
    String prefix;
    long next;

    @Setup(Level.Trial)
    public void setUp(Shared shared) {
      int t = shared.threads.getAndIncrement() % 8;
      village = UnitId.of("v" + t);
      household = HouseholdId.of("h" + t);
      prefix = "t" + t + "-";
    }
  }

  private static Posting earn(Shared shared, Mine mine) {
    return shared.ledger.record(PointsLedgerBenchmark.event(mine.prefix + mine.next++,
        mine.household, "EARN", 1), mine.village).value();
  }

  /** One thread posting. */
  @Benchmark
  @Threads(1)
  public Posting oneThread(Shared shared, Mine mine) {
    return earn(shared, mine);
  }

  /** Eight threads posting at once. */
  @Benchmark
  @Threads(8)
  public Posting eightThreads(Shared shared, Mine mine) {
    return earn(shared, mine);
  }
}
