package io.github.xiangzhi.bench;

import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.mediation.deadline.Deadline;
import io.github.xiangzhi.mediation.deadline.DueItem;
import io.github.xiangzhi.mediation.deadline.DueKind;
import io.github.xiangzhi.mediation.deadline.EscalationScheduler;
import io.github.xiangzhi.mediation.matter.Docket;
import io.github.xiangzhi.mediation.matter.MatterReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The escalation sweep (R-MED-1): 1,000,000 open matters in a docket, filed over 100 working
 * days of 2024 at 10,000 a day, each with the grid tier's five-working-day limit on the official
 * calendar; at the sweep instant the first day's reminders — 1% of the matters — are due.
 * {@link EscalationScheduler#due} (the index a docket keeps) against scanning every matter in the
 * same run: through the docket ({@code docket.deadline(id)} for every id, as a caller without the
 * index would), and, as a lower bound no implementation could beat by scanning, over a bare array
 * of the matters' deadlines. The setup asserts that all three find the same items.
 *
 * <p>Each sweep consumes what it finds (items fire once); the invocation-level setup puts those
 * back, so every invocation sees the same 1%.
 *
 * <pre>
 * ./mvnw -B -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar EscalationBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class EscalationBenchmark {

  @Param({"1000000"})
  int matters;

  static final int PER_DAY = 10_000;

  Docket docket;
  List<MatterId> ids;
  Deadline[] deadlines; // per matter, in filing order
  EscalationScheduler scheduler;
  Instant now;

  // what the last invocation consumed, to put back
  List<DueItem> swept = List.of();
  boolean[] reminded; // the scans' own fire-once flags
  boolean[] overdue;
  int[] scanned = new int[0];
  int scannedCount;

  @Setup(Level.Trial)
  public void setUp() {
    GovernanceCalendar calendar = MediationFixture.officialCalendar();
    MatterReport[] reports = MediationFixture.reports(matters, 20261122L);
    docket = Docket.builder(MediationFixture.weituoPolicy(), MediationFixture.town())
        .calendar(calendar).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();
    LocalDate day = LocalDate.of(2024, 3, 1);
    for (int i = 0; i < matters; i++) {
      if (i > 0 && i % PER_DAY == 0) {
        day = calendar.plusWorkingDays(day, 1);
      }
      Instant at = day.atTime(9, 0).atZone(calendar.zone()).toInstant()
          .plus(Duration.ofMillis(i % PER_DAY));
      docket.open(reports[i], at);
      docket.file(reports[i].id(), at);
    }
    ids = docket.ids();
    deadlines = new Deadline[matters];
    scheduler = EscalationScheduler.create();
    for (int i = 0; i < matters; i++) {
      deadlines[i] = docket.deadline(ids.get(i)).orElseThrow();
      scheduler.schedule(ids.get(i), deadlines[i]);
    }
    now = deadlines[0].remindAt();
    reminded = new boolean[matters];
    overdue = new boolean[matters];
    scanned = new int[matters];

    Set<DueItem> bySweep = new HashSet<>(scheduler.due(now));
    Set<DueItem> byDocketScan = new HashSet<>(collect(scanDocket(now)));
    reset();
    Set<DueItem> byArrayScan = new HashSet<>(collect(scanArray(now)));
    reset();
    rearm(new ArrayList<>(bySweep));
    if (bySweep.size() != matters / 100 || !bySweep.equals(byDocketScan)
        || !bySweep.equals(byArrayScan)) {
      throw new IllegalStateException("the sweep and the scans disagree: " + bySweep.size()
          + " / " + byDocketScan.size() + " / " + byArrayScan.size() + " items");
    }
  }

  private static List<DueItem> collect(List<DueItem> items) {
    return new ArrayList<>(items);
  }

  private void rearm(List<DueItem> items) {
    for (DueItem item : items) {
      scheduler.schedule(item.matter(), item.deadline());
    }
  }

  private void reset() {
    for (int k = 0; k < scannedCount; k++) {
      reminded[scanned[k]] = false;
      overdue[scanned[k]] = false;
    }
    scannedCount = 0;
  }

  /** Puts back what the last invocation consumed, so each sees the same 1% due. */
  @Setup(Level.Invocation)
  public void putBack() {
    rearm(swept);
    swept = List.of();
    reset();
  }

  /** Xiangzhi: the deadline index returns the due items, touching nothing else. */
  @Benchmark
  public List<DueItem> sweep() {
    List<DueItem> due = scheduler.due(now);
    swept = due;
    return due;
  }

  /** Baseline: every matter of the docket asked for its deadline, as a caller would. */
  @Benchmark
  public List<DueItem> scanEveryMatter() {
    return scanDocket(now);
  }

  /** Lower bound of any scan: a bare array of every matter's deadline, read in order. */
  @Benchmark
  public List<DueItem> scanEveryDeadline() {
    return scanArray(now);
  }

  /**
   * What a scan found, as positions and kinds; like the sweep's result, it builds an item only
   * when one is read, so the comparison measures finding, not allocating.
   */
  private final class Found extends java.util.AbstractList<DueItem>
      implements java.util.RandomAccess {
    int[] at = new int[PER_DAY];
    boolean[] late = new boolean[PER_DAY];
    int size;

    void add(int i, boolean passed) {
      if (size == at.length) {
        at = java.util.Arrays.copyOf(at, size * 2);
        late = java.util.Arrays.copyOf(late, size * 2);
      }
      at[size] = i;
      late[size++] = passed;
    }

    @Override
    public DueItem get(int k) {
      java.util.Objects.checkIndex(k, size);
      return DueItem.of(ids.get(at[k]), late[k] ? DueKind.OVERDUE : DueKind.REMINDER,
          deadlines[at[k]]);
    }

    @Override
    public int size() {
      return size;
    }
  }

  private List<DueItem> scanDocket(Instant at) {
    Found out = new Found();
    for (int i = 0; i < matters; i++) {
      Optional<Deadline> d = docket.deadline(ids.get(i));
      if (d.isPresent()) {
        check(i, d.get(), at, out);
      }
    }
    return out;
  }

  private List<DueItem> scanArray(Instant at) {
    Found out = new Found();
    for (int i = 0; i < matters; i++) {
      check(i, deadlines[i], at, out);
    }
    return out;
  }

  private void check(int i, Deadline d, Instant at, Found out) {
    if (overdue[i]) {
      return;
    }
    if (!at.isBefore(d.dueAt())) {
      overdue[i] = true;
      scanned[scannedCount++] = i;
      out.add(i, true);
    } else if (!reminded[i] && !at.isBefore(d.remindAt())) {
      reminded[i] = true;
      scanned[scannedCount++] = i;
      out.add(i, false);
    }
  }
}
