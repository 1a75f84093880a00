package io.github.xiangzhi.rating.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.testkit.rating.PointsGens;
import io.github.xiangzhi.testkit.core.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Eight threads post at once — earnings, deductions, redemptions, restocks, holds, releases,
 * captures, reversals, expiries, and the same ids from several threads — while an auditor reads
 * totals; every invariant holds throughout and conservation is exact at the end.
 */
class PointsLedgerConcurrencyTest {
  static final int THREADS = 8;
  static final int OPERATIONS = 5000;
  static final int HOUSEHOLDS = 3;

  @Test
  void R_PTS_2_eightThreadsKeepEveryInvariantAndEndWithExactConservation() throws Exception {
    PointsPolicy policy = PointsGens.policy(false,
        Optional.of(ExpiryPolicy.of(PeriodKind.MONTH, 1)));
    TestClock clock = new TestClock(Instant.parse("2024-06-01T00:00:00Z"));
    LedgerStore store = LedgerStore.memory();
    PointsLedger ledger = PointsLedger.builder().policy(policy).clock(clock).store(store)
        .stripes(16).build(); // few stripes: more requests share locks
    List<UnitId> villages = List.of(UnitId.of("v0"), UnitId.of("v1"));
    for (UnitId v : villages) {
      ledger.open(AccountId.pool(v));
      ledger.open(AccountId.supermarket(v));
    }
    for (int h = 0; h < HOUSEHOLDS; h++) {
      ledger.open(AccountId.household(HouseholdId.of("h" + h)));
    }

    AtomicLong issued = new AtomicLong();
    Map<PostingId, Posting> shared = new ConcurrentHashMap<>();
    AtomicLong sharedCreated = new AtomicLong();
    AtomicBoolean running = new AtomicBoolean(true);
    List<String> auditorProblems = new java.util.concurrent.CopyOnWriteArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    try {
      Future<Integer> auditor = pool.submit(() -> {
        start.await();
        int audits = 0;
        while (running.get()) {
          PointsTotals t = ledger.totals(); // a consistent cut
          if (!t.isConserved()) {
            auditorProblems.add("not conserved: " + t);
          }
          for (AccountId a : ledger.accounts()) {
            Account account = ledger.account(a).orElseThrow();
            if (a.kind() != AccountKind.POOL && account.balance() < 0) {
              auditorProblems.add("negative: " + account);
            }
            if (account.held() > Math.max(account.balance(), 0)) {
              auditorProblems.add("held beyond balance: " + account);
            }
          }
          audits++;
          Thread.sleep(1); // audit often, but leave the writers the locks most of the time
        }
        return audits;
      });
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        writers.add(pool.submit(() -> {
          start.await();
          write(ledger, thread, villages, issued, shared, sharedCreated, clock);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> w : writers) {
        w.get(2, TimeUnit.MINUTES);
      }
      running.set(false);
      assertThat(auditor.get(1, TimeUnit.MINUTES)).isPositive();
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    assertThat(auditorProblems).isEmpty();
    PointsTotals totals = ledger.totals();
    assertThat(totals.isConserved()).as("%s", totals).isTrue();
    assertThat(totals.issued()).isEqualTo(issued.get()); // pools only pay out, exactly this
    assertThat(totals.issued()).isGreaterThan(0);
    assertThat(totals.redeemed()).isGreaterThan(0);
    assertThat(totals.reversed()).isGreaterThan(0);
    assertThat(totals.expired()).isGreaterThan(0);
    // each shared id was decided once, and every thread got that one posting back
    assertThat(sharedCreated.get()).isEqualTo(shared.size());
    for (Posting p : shared.values()) {
      assertThat(ledger.posting(p.id())).contains(p);
    }

    // sequence numbers are 1..n without a gap, times never go back, balances are the records'
    List<LedgerRecord> records = ledger.records();
    for (int i = 0; i < records.size(); i++) {
      assertThat(records.get(i).sequence()).isEqualTo(i + 1);
      if (i > 0) {
        assertThat(records.get(i).recordedAt()).isAfterOrEqualTo(records.get(i - 1).recordedAt());
      }
    }
    assertThat(store.records()).isEqualTo(records);
    java.util.Set<Object> ids = new java.util.HashSet<>();
    for (LedgerRecord r : records) {
      if (!(r instanceof AccountRecord)) {
        Object id = r instanceof Posting ? ((Posting) r).id() : r instanceof Hold
            ? ((Hold) r).id() : r instanceof HoldRelease ? ((HoldRelease) r).id()
            : ((Restock) r).id();
        assertThat(ids.add(id)).as("%s decided once", id).isTrue();
      }
    }
    assertThat(ids).anyMatch(id -> id.toString().startsWith("clash-"));
    for (AccountId a : ledger.accounts()) {
      long sum = 0;
      for (LedgerRecord r : records) {
        if (r instanceof Posting) {
          sum += ((Posting) r).change(a);
        }
      }
      assertThat(ledger.account(a).orElseThrow().balance()).as("%s", a).isEqualTo(sum);
    }
    // and the store replays into the same ledger
    PointsLedger replayed = PointsLedger.builder().policy(policy).clock(clock).store(store).build();
    assertThat(replayed.records()).isEqualTo(records);
    assertThat(replayed.totals()).isEqualTo(totals);
    for (AccountId a : ledger.accounts()) {
      assertThat(replayed.account(a)).isEqualTo(ledger.account(a));
    }
  }

  @Test
  void R_PTS_2_eightThreadsSpendingOnePassbookGetExactlyItsPointsAndNoMore() throws Exception {
    PointsPolicy policy = PointsGens.policy(false, Optional.empty());
    TestClock clock = new TestClock(Instant.parse("2024-06-01T00:00:00Z"));
    for (int round = 0; round < 25; round++) {
      PointsLedger ledger = PointsLedger.builder().policy(policy).clock(clock).build();
      ledger.open(AccountId.pool(UnitId.of("v0")));
      ledger.open(AccountId.supermarket(UnitId.of("v0")));
      HouseholdId wang = HouseholdId.of("h-wang");
      ledger.open(AccountId.household(wang));
      for (int i = 0; i < 25; i++) { // 25 × 4 × 7 = 700 points: 140 bars of soap at 5
        ledger.record(ConductEvent.builder().id("e" + i).household(wang).kind("EARN_BIG")
            .occurredAt(clock.instant()).quantity(4).build(), UnitId.of("v0"));
      }
      ledger.restock(PostingId.of("stock"), UnitId.of("v0"), "SOAP", 10_000);
      AtomicLong bought = new AtomicLong();
      AtomicLong frozen = new AtomicLong();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<?>> buyers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          buyers.add(pool.submit(() -> {
            start.await();
            for (int n = 0; n < 40; n++) {
              try {
                if (n % 4 == 3) {
                  ledger.hold(PostingId.of("hold-" + thread + "-" + n), wang, 5, HoldReason.OTHER);
                  frozen.addAndGet(5);
                } else {
                  ledger.redeem(PostingId.of("r-" + thread + "-" + n), wang, UnitId.of("v0"),
                      "SOAP", 1);
                  bought.incrementAndGet();
                }
              } catch (PointsException e) {
                assertThat(e.error()).isEqualTo(PointsError.INSUFFICIENT_POINTS);
              }
            }
            return null;
          }));
        }
        start.countDown();
        for (Future<?> b : buyers) {
          b.get(1, TimeUnit.MINUTES);
        }
      } finally {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
      }
      Account account = ledger.account(AccountId.household(wang)).orElseThrow();
      assertThat(bought.get() * 5 + frozen.get()).isEqualTo(700); // 320 tries for 140 slots
      assertThat(account.balance()).isEqualTo(700 - bought.get() * 5);
      assertThat(account.held()).isEqualTo(frozen.get());
      assertThat(account.available()).isZero();
      assertThat(ledger.stock(UnitId.of("v0"), "SOAP")).isEqualTo(10_003 - bought.get());
      assertThat(ledger.totals().isConserved()).isTrue();
    }
  }

  @Test
  void R_PTS_2_eightThreadsClaimingOneIdOnDifferentAccountsCommitItOnce() throws Exception {
    PointsPolicy policy = PointsGens.policy(false, Optional.empty());
    TestClock clock = new TestClock(Instant.parse("2024-06-01T00:00:00Z"));
    LedgerStore store = LedgerStore.memory();
    PointsLedger ledger = PointsLedger.builder().policy(policy).clock(clock).store(store).build();
    for (int t = 0; t < THREADS; t++) {
      ledger.open(AccountId.pool(UnitId.of("v" + t)));
      ledger.open(AccountId.supermarket(UnitId.of("v" + t)));
      ledger.open(AccountId.household(HouseholdId.of("h" + t)));
    }
    int rounds = 300;
    java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(THREADS);
    Map<Integer, List<Committed<?>>> answers = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> claimants = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        claimants.add(pool.submit(() -> {
          for (int round = 0; round < rounds; round++) {
            barrier.await(1, TimeUnit.MINUTES);
            String id = "race-" + round;
            UnitId village = UnitId.of("v" + thread);
            try {
              // each thread its own accounts; half earn, half restock: same id, other requests
              Committed<?> c = thread % 2 == 0
                  ? ledger.record(ConductEvent.builder().id(id)
                      .household(HouseholdId.of("h" + thread)).kind("EARN_BIG")
                      .occurredAt(clock.instant()).build(), village)
                  : ledger.restock(PostingId.of(id), village, "SOAP", 1);
              answers.computeIfAbsent(round, r -> new java.util.concurrent.CopyOnWriteArrayList<>())
                  .add(c);
            } catch (PointsException e) {
              assertThat(e.error()).isEqualTo(PointsError.EXISTS_WITH_DIFFERENT_FIELDS);
            }
          }
          return null;
        }));
      }
      for (Future<?> c : claimants) {
        c.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
    for (int round = 0; round < rounds; round++) {
      List<Committed<?>> got = answers.get(round);
      assertThat(got).as("round %s", round).isNotNull();
      assertThat(got.stream().filter(Committed::isCreated).count()).as("round %s", round)
          .isEqualTo(1);
    }
    List<LedgerRecord> kept = store.records();
    assertThat(kept).isEqualTo(ledger.records());
    assertThat(kept.stream().filter(r -> !(r instanceof AccountRecord)).count())
        .isEqualTo(rounds);
    assertThat(ledger.totals().isConserved()).isTrue();
  }

  private static void write(PointsLedger ledger, int thread, List<UnitId> villages,
      AtomicLong issued, Map<PostingId, Posting> shared, AtomicLong sharedCreated,
      TestClock clock) {
    SplittableRandom random = new SplittableRandom(20261122L + thread);
    List<PostingId> mine = new ArrayList<>();
    List<PostingId> holds = new ArrayList<>();
    for (int n = 0; n < OPERATIONS; n++) {
      HouseholdId household = HouseholdId.of("h" + random.nextInt(HOUSEHOLDS));
      UnitId village = villages.get(random.nextInt(villages.size()));
      String id = "t" + thread + "-" + n;
      int dice = random.nextInt(100);
      try {
        if (dice < 40) {
          boolean isShared = random.nextInt(10) == 0;
          // a shared event: every thread sends the same one, with the same body
          int sharedNumber = random.nextInt(50);
          ConductEvent event = isShared
              ? ConductEvent.builder().id("shared-" + sharedNumber)
                  .household(HouseholdId.of("h" + sharedNumber % HOUSEHOLDS)).kind("EARN_BIG")
                  .occurredAt(Instant.parse("2024-05-01T00:00:00Z").plusSeconds(sharedNumber))
                  .quantity(2).build()
              : ConductEvent.builder().id(id).household(household)
                  .kind(random.nextInt(4) == 0 ? "EARN_SMALL" : "EARN_BIG")
                  .occurredAt(clock.instant().minusSeconds(random.nextLong(90L * 24 * 3600)))
                  .quantity(1 + random.nextInt(3)).build();
          Committed<Posting> c = ledger.record(event, isShared ? UnitId.of("v0") : village);
          if (c.isCreated()) {
            issued.addAndGet(c.value().amount());
            mine.add(c.value().id());
            if (isShared) {
              sharedCreated.incrementAndGet();
            }
          }
          if (isShared) {
            Posting before = shared.putIfAbsent(c.value().id(), c.value());
            assertThat(before == null || before.equals(c.value())).isTrue();
          }
        } else if (dice < 48) {
          ConductEvent penalty = ConductEvent.builder().id(id).household(household)
              .kind("DEDUCT_SMALL").occurredAt(clock.instant()).build();
          mine.add(ledger.record(penalty, village).value().id());
        } else if (dice < 64) {
          mine.add(ledger.redeem(PostingId.of(id), household, UnitId.of("v0"),
              random.nextBoolean() ? "SOAP" : "OIL", 1).value().id());
        } else if (dice < 68) {
          ledger.restock(PostingId.of(id), UnitId.of("v0"), random.nextBoolean() ? "SOAP" : "OIL",
              5);
        } else if (dice < 76) {
          holds.add(ledger.hold(PostingId.of(id), household, 1 + random.nextInt(10),
              HoldReason.OBJECTION).value().id());
        } else if (dice < 80 && !holds.isEmpty()) {
          ledger.release(PostingId.of(id), holds.remove(random.nextInt(holds.size())));
        } else if (dice < 85 && !holds.isEmpty()) {
          PostingId hold = holds.remove(random.nextInt(holds.size()));
          mine.add(ledger.capture(PostingId.of(id), hold, 1, random.nextBoolean()
              ? AccountId.REVERSAL : AccountId.household(household)).value().id());
        } else if (dice < 97 && !mine.isEmpty()) {
          // a correction, sometimes of another thread's posting: racing reversals of one posting
          PostingId original = random.nextInt(4) == 0
              ? PostingId.of("t" + random.nextInt(THREADS) + "-" + random.nextInt(n + 1))
              : mine.get(random.nextInt(mine.size()));
          mine.add(ledger.reverse(PostingId.of(id), original, "更正").value().id());
        } else if (dice < 99) {
          ledger.expire(clock.instant());
        } else {
          // one id claimed at once by different requests on different accounts: decided once
          PostingId clash = PostingId.of("clash-" + random.nextInt(20));
          if (thread % 2 == 0) {
            Committed<Posting> c = ledger.record(ConductEvent.builder().id(clash.value())
                .household(household).kind("EARN_BIG").occurredAt(clock.instant()).build(),
                village);
            if (c.isCreated()) {
              issued.addAndGet(c.value().amount());
            }
          } else {
            ledger.restock(clash, UnitId.of("v0"), "SOAP", 1);
          }
        }
      } catch (PointsException refused) {
        // refusals are part of the mix (insufficient points, out of stock, already reversed…)
      }
    }
  }
}
