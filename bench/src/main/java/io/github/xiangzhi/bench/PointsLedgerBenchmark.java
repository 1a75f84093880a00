package io.github.xiangzhi.bench;

import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.rating.points.AccountId;
import io.github.xiangzhi.rating.points.Committed;
import io.github.xiangzhi.rating.points.ExpiryPolicy;
import io.github.xiangzhi.rating.points.PointsCategory;
import io.github.xiangzhi.rating.points.PointsLedger;
import io.github.xiangzhi.rating.points.PointsPolicy;
import io.github.xiangzhi.rating.points.PointsRule;
import io.github.xiangzhi.rating.points.Posting;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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
 * Posting to the points ledger (R-PTS-2) on a passbook that already holds {@code history}
 * entries, against a Fineract-style savings account that recomputes the balance from its
 * history before each withdrawal — in the same run, on the same history.
 *
 * <p>One operation is one deduction (扣分) of one point: a conduct event built and recorded
 * through the deduction rule, with the idempotency check of its id, the locks, the balance check,
 * the commit and the history append. The baseline does what Fineract's {@code SavingsAccount}
 * does for a withdrawal: copy and sort the transactions by date, walk them adding {@code
 * BigDecimal} amounts to a running balance that must never be negative, append, and recompute
 * the account summary from the transactions; its idempotency check is a hash set. Each iteration
 * starts from a fresh ledger and account with {@code history} entries; the setup checks that the
 * two agree on the balance. The passbook grows by every posting measured; the baseline's history
 * is held at {@code history} entries.
 *
 * <pre>
 * ./mvnw -B -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar PointsLedgerBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// the ledger keeps every record: a throughput collector that promotes survivors at once copies
// each posting once instead of at every young collection (see docs/PERFORMANCE.md)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+UseParallelGC",
    "-XX:MaxTenuringThreshold=0"})
public class PointsLedgerBenchmark {

  /** Entries on the passbook before the measurement starts. */
  @Param({"10", "10000", "1000000"})
  int history;

  static final UnitId VILLAGE = UnitId.of("v-qixing");
  static final HouseholdId HOUSEHOLD = HouseholdId.of("h-0217");
  static final Instant NOW = Instant.parse("2024-06-01T02:00:00Z");
  /** Points per history entry: enough for every deduction an iteration makes. */
  static final long EARNED = 1_000_000_000L;

  PointsLedger ledger;
  FineractStyleAccount baseline;
  long next;

  /** The benchmark's policy: one earning and one deduction rule, points expiring a year on. */
  static PointsPolicy policy() {
    return PointsPolicy.builder()
        .addCategories(PointsCategory.of("INTEGRITY", "储蓄诚信"))
        .addEarning(PointsRule.builder().code("EARN").name("加分").eventKind("EARN")
            .category("INTEGRITY").points(1).build())
        .addDeductions(PointsRule.builder().code("DEDUCT").name("扣分").eventKind("DEDUCT")
            .category("INTEGRITY").points(1).build())
        .expiry(ExpiryPolicy.of(PeriodKind.YEAR, 1)).build();
  }

  static ConductEvent event(String id, HouseholdId household, String kind, long quantity) {
    return ConductEvent.builder().id(id).household(household).kind(kind).occurredAt(NOW)
        .quantity(quantity).build();
  }

  @Setup(Level.Iteration)
  public void setUp() {
    ledger = PointsLedger.inMemory(policy(), Clock.fixed(NOW, ZoneOffset.UTC));
    ledger.open(AccountId.pool(VILLAGE));
    ledger.open(AccountId.household(HOUSEHOLD));
    baseline = new FineractStyleAccount();
    LocalDate day = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < history; i++) {
      ledger.record(event("h" + i, HOUSEHOLD, "EARN", EARNED), VILLAGE);
      baseline.load("h" + i, day.plusDays(i % 150), BigDecimal.valueOf(EARNED));
    }
    baseline.updateSummary();
    long balance = ledger.account(AccountId.household(HOUSEHOLD)).orElseThrow().balance();
    if (balance != (long) history * EARNED
        || baseline.balance().compareTo(BigDecimal.valueOf(balance)) != 0) {
      throw new IllegalStateException("the ledger and the baseline disagree: " + balance
          + " against " + baseline.balance());
    }
    next = 0;
    System.gc(); // the last iteration's ledger is garbage now: collect it outside the measurement
  }

  /** Xiangzhi: a deduction through the rules, O(1) whatever the history. */
  @Benchmark
  public Posting xiangzhi() {
    return ledger.record(event("d" + next++, HOUSEHOLD, "DEDUCT", 1), VILLAGE).value();
  }

  /** Xiangzhi: the same event sent again, answered from the id index ("exists"). */
  @Benchmark
  public Committed<Posting> xiangzhiExists() {
    return ledger.record(event("h0", HOUSEHOLD, "EARN", EARNED), VILLAGE);
  }

  /**
   * The Fineract-style baseline: a withdrawal of one point, checked against its history. To keep
   * the history at exactly {@code history} entries the withdrawal is undone after it is measured
   * (generous to the baseline: the ledger's passbook really grows during an iteration).
   */
  @Benchmark
  public boolean fineractStyle() {
    String id = "d" + next++;
    boolean done = baseline.withdraw(id, LocalDate.of(2024, 6, 1), BigDecimal.ONE);
    baseline.undoLast(id);
    return done;
  }

  /**
   * A savings account in the manner of Fineract's {@code SavingsAccount}: transactions in a list,
   * the balance recomputed from them on every withdrawal.
   */
  static final class FineractStyleAccount {
    static final Comparator<Transaction> BY_DATE =
        Comparator.comparing((Transaction t) -> t.date).thenComparing(t -> t.id);

    final List<Transaction> transactions = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    BigDecimal totalDeposits = BigDecimal.ZERO;
    BigDecimal totalWithdrawals = BigDecimal.ZERO;

    static final class Transaction {
      final String id;
      final LocalDate date;
      final boolean credit;
      final BigDecimal amount;
      final boolean reversed;

      Transaction(String id, LocalDate date, boolean credit, BigDecimal amount) {
        this.id = id;
        this.date = date;
        this.credit = credit;
        this.amount = amount;
        this.reversed = false;
      }
    }

    /** A deposit loaded from storage: the summary is updated once, after loading. */
    void load(String id, LocalDate date, BigDecimal amount) {
      if (ids.add(id)) {
        transactions.add(new Transaction(id, date, true, amount));
      }
    }

    /** False for a repeated id or a balance that would go negative. */
    boolean withdraw(String id, LocalDate date, BigDecimal amount) {
      if (!ids.add(id)) {
        return false;
      }
      List<Transaction> sorted = new ArrayList<>(transactions);
      sorted.sort(BY_DATE);
      BigDecimal running = BigDecimal.ZERO;
      for (Transaction t : sorted) {
        if (t.reversed) {
          continue;
        }
        running = t.credit ? running.add(t.amount) : running.subtract(t.amount);
        if (running.signum() < 0) {
          return false;
        }
      }
      if (running.subtract(amount).signum() < 0) {
        ids.remove(id);
        return false;
      }
      transactions.add(new Transaction(id, date, false, amount));
      updateSummary();
      return true;
    }

    /** Like Fineract's summary update: the totals recomputed from every transaction. */
    void updateSummary() {
      BigDecimal deposits = BigDecimal.ZERO;
      BigDecimal withdrawals = BigDecimal.ZERO;
      for (Transaction t : transactions) {
        if (!t.reversed) {
          if (t.credit) {
            deposits = deposits.add(t.amount);
          } else {
            withdrawals = withdrawals.add(t.amount);
          }
        }
      }
      totalDeposits = deposits;
      totalWithdrawals = withdrawals;
    }

    /** Takes back the last withdrawal (benchmark bookkeeping, not part of what is measured). */
    void undoLast(String id) {
      if (ids.remove(id)) {
        transactions.remove(transactions.size() - 1);
        totalWithdrawals = totalWithdrawals.subtract(BigDecimal.ONE);
      }
    }

    BigDecimal balance() {
      return totalDeposits.subtract(totalWithdrawals);
    }
  }
}
