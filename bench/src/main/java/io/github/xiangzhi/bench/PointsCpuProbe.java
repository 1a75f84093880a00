package io.github.xiangzhi.bench;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.rating.points.AccountId;
import io.github.xiangzhi.rating.points.PointsLedger;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The workload of {@link PointsLedgerConcurrentBenchmark#oneThread}, one thread recording earnings
 * into a fresh ledger, timed in thread CPU time (which leaves out the garbage collector's threads
 * and the time the thread waits for a core on a shared machine), with the bytes the thread
 * allocated and the bytes the ledger keeps per posting (heap after a full collection).
 *
 * <pre>
 * java -Xms6g -Xmx6g -XX:+UseParallelGC -cp bench/target/benchmarks.jar \
 *     io.github.xiangzhi.bench.PointsCpuProbe 2000000 8
 * </pre>
 */
public final class PointsCpuProbe {
  private PointsCpuProbe() {}

  /** Arguments: postings per round [rounds]. */
  public static void main(String[] args) {
    int postings = Integer.parseInt(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Runtime runtime = Runtime.getRuntime();
    for (int round = 1; round <= rounds; round++) {
      System.gc();
      long heapBefore = runtime.totalMemory() - runtime.freeMemory();
      PointsLedger ledger = PointsLedger.inMemory(PointsLedgerBenchmark.policy(),
          Clock.fixed(PointsLedgerBenchmark.NOW, ZoneOffset.UTC));
      UnitId village = UnitId.of("v0");
      HouseholdId household = HouseholdId.of("h0");
      ledger.open(AccountId.pool(village));
      ledger.open(AccountId.household(household));
      long collections = collectionMillis();
      long wall = System.nanoTime();
      long allocated = threads.getCurrentThreadAllocatedBytes();
      long cpu = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < postings; i++) {
        ledger.record(PointsLedgerBenchmark.event("t0-" + i, household, "EARN", 1), village);
      }
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
      wall = System.nanoTime() - wall;
      collections = collectionMillis() - collections;
      System.gc();
      long kept = runtime.totalMemory() - runtime.freeMemory() - heapBefore;
      long balance = ledger.account(AccountId.household(household)).orElseThrow().balance();
      if (balance != postings) {
        throw new IllegalStateException(
            "the household's balance is " + balance + " after " + postings + " earnings of 1");
      }
      System.out.printf(Locale.ROOT,
          "round %d: %.0f ns CPU per posting (%.2f M/s per core), wall %.0f ns, collections"
              + " %d ms, %d bytes allocated and %d kept per posting%n",
          round, cpu / (double) postings, postings / (double) cpu * 1e3,
          wall / (double) postings, collections, allocated / postings, kept / postings);
    }
  }

  private static long collectionMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }
}
