package io.github.xiangzhi.rating.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.testkit.core.TestClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger's locks (R-PTS-2's concurrency model): every request, read or write, refused or not,
 * leaves its accounts and the commit section free for the next request from another thread; and
 * the requests that must refuse a closed account or a reserved id do so on every path.
 */
class PointsLedgerLocksTest {
  static final UnitId QIXING = UnitId.of("v-qixing");
  static final HouseholdId WANG = HouseholdId.of("h-wang");
  static final HouseholdId LI = HouseholdId.of("h-li");

  final TestClock clock = new TestClock(Instant.parse("2024-03-01T02:00:00Z"));
  final AtomicInteger events = new AtomicInteger();
  final ExecutorService other = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "another request");
    t.setDaemon(true); // a request stuck behind a lock never ended must not keep the JVM alive
    return t;
  });
  PointsLedger ledger;

  @BeforeEach
  void openAccounts() {
    ledger = PointsLedger.inMemory(PointsPolicyTest.preset(), clock);
    for (AccountId a : List.of(AccountId.pool(QIXING), AccountId.supermarket(QIXING),
        AccountId.household(WANG), AccountId.household(LI))) {
      ledger.open(a);
    }
  }

  @AfterEach
  void stopTheOtherThread() {
    other.shutdownNow();
  }

  ConductEvent event(HouseholdId household, String kind) {
    return ConductEvent.builder().id("e-" + events.incrementAndGet()).household(household)
        .kind(kind).occurredAt(clock.instant().minusSeconds(3600)).quantity(1).build();
  }

  /**
   * From another thread, within five seconds: totals (every account's lock), a posting to
   * Wang's and Li's passbooks (their locks and the commit section), a statement. A lock left
   * held by the test's thread keeps the other thread waiting, and this fails.
   */
  void anotherThreadCanStillPost(String after) throws Exception {
    Future<?> next = other.submit(() -> {
      ledger.totals();
      ledger.record(event(WANG, "MEDIATION_HELP"), QIXING);
      ledger.record(event(LI, "MEDIATION_HELP"), QIXING);
      ledger.records();
      return null;
    });
    try {
      next.get(5, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("a lock stayed held after " + after, e);
    }
  }

  @Test
  void R_PTS_2_everyRequestLeavesItsAccountsFreeForTheNextRequestFromAnotherThread()
      throws Exception {
    ledger.record(event(WANG, "MODEL_FAMILY_AWARD"), QIXING); // 50 points to work with
    Map<String, Supplier<?>> requests = new LinkedHashMap<>();
    requests.put("record", () -> ledger.record(event(WANG, "MEDIATION_HELP"), QIXING));
    requests.put("a deduction", () -> ledger.record(event(WANG, "VILLAGE_RULES_BROKEN"), QIXING));
    requests.put("redeem", () -> ledger.redeem(PostingId.of("r-1"), WANG, QIXING, "SOAP", 1));
    requests.put("reverse", () -> ledger.reverse(PostingId.of("x-1"), PostingId.of("r-1"),
        "wrong item"));
    requests.put("hold", () -> ledger.hold(PostingId.of("h-1"), WANG, 5, HoldReason.OBJECTION));
    requests.put("release", () -> ledger.release(PostingId.of("h-1r"), PostingId.of("h-1")));
    requests.put("a second hold", () -> ledger.hold(PostingId.of("h-2"), WANG, 5,
        HoldReason.LOST_PASSBOOK, Optional.of("挂失")));
    requests.put("capture", () -> ledger.capture(PostingId.of("c-1"), PostingId.of("h-2"), 5,
        AccountId.household(LI)));
    requests.put("restock", () -> ledger.restock(PostingId.of("s-1"), QIXING, "SOAP", 3));
    requests.put("open", () -> ledger.open(AccountId.household(HouseholdId.of("h-new"))));
    requests.put("close", () -> ledger.close(AccountId.household(HouseholdId.of("h-new"))));
    requests.put("account", () -> ledger.account(AccountId.household(WANG)));
    requests.put("balanceAt", () -> ledger.balanceAt(AccountId.household(WANG),
        clock.instant()));
    requests.put("pendingHolds", () -> ledger.pendingHolds(WANG));
    requests.put("stock", () -> ledger.stock(QIXING, "SOAP"));
    requests.put("totalsAt", () -> ledger.totalsAt(clock.instant()));
    requests.put("statement", () -> ledger.statement(WANG, GovernancePeriod.ofYear(2024)));
    requests.put("ranking", () -> ledger.ranking(GovernancePeriod.ofYear(2024),
        h -> Optional.of(QIXING)));
    requests.put("records", () -> ledger.records());
    requests.put("expire", () -> ledger.expire(clock.instant()));
    requests.put("a refused redemption", () -> catchThrowableOfType(PointsException.class,
        () -> ledger.redeem(PostingId.of("r-2"), LI, QIXING, "RICE", 1000)));
    for (Map.Entry<String, Supplier<?>> request : requests.entrySet()) {
      Object answer = request.getValue().get();
      assertThat(answer).as(request.getKey()).isNotNull();
      anotherThreadCanStillPost(request.getKey());
    }
    assertThat(ledger.totals().isConserved()).isTrue();
  }

  @Test
  void R_PTS_2_aLedgerReplayedFromItsStoreIsFreeForRequests() throws Exception {
    LedgerStore store = LedgerStore.memory();
    PointsLedger first = PointsLedger.builder().policy(PointsPolicyTest.preset()).clock(clock)
        .store(store).build();
    first.open(AccountId.pool(QIXING));
    first.open(AccountId.household(WANG));
    first.open(AccountId.household(LI));
    first.record(event(WANG, "MEDIATION_HELP"), QIXING);
    ledger = PointsLedger.builder().policy(PointsPolicyTest.preset()).clock(clock).store(store)
        .build();
    assertThat(ledger.records()).isEqualTo(first.records());
    anotherThreadCanStillPost("replaying the store");
  }

  /** Runs {@code request}, expects {@code error}, and checks that nothing changed. */
  PointsException refused(PointsError error, Supplier<?> request) {
    List<LedgerRecord> before = ledger.records();
    PointsException e = catchThrowableOfType(PointsException.class, request::get);
    assertThat(e).as("refused with %s", error).isNotNull();
    assertThat(e.error()).isEqualTo(error);
    assertThat(ledger.records()).isEqualTo(before);
    return e;
  }

  @Test
  void R_PTS_2_closedAccountsTakeNoRedemptionReversalCaptureOrRestock() {
    Posting earned = ledger.record(event(WANG, "MODEL_FAMILY_AWARD"), QIXING).value();
    ledger.hold(PostingId.of("h-1"), WANG, 5, HoldReason.OBJECTION);
    ledger.close(AccountId.household(LI));
    refused(PointsError.ACCOUNT_CLOSED, () -> ledger.capture(PostingId.of("c-1"),
        PostingId.of("h-1"), 5, AccountId.household(LI)));
    refused(PointsError.ACCOUNT_CLOSED, () -> ledger.redeem(PostingId.of("r-0"), LI, QIXING,
        "SOAP", 1));
    ledger.close(AccountId.supermarket(QIXING));
    refused(PointsError.ACCOUNT_CLOSED, () -> ledger.redeem(PostingId.of("r-1"), WANG, QIXING,
        "SOAP", 1));
    refused(PointsError.ACCOUNT_CLOSED, () -> ledger.restock(PostingId.of("s-1"), QIXING, "SOAP",
        1));
    ledger.release(PostingId.of("h-1r"), PostingId.of("h-1"));
    ledger.close(AccountId.household(WANG));
    refused(PointsError.ACCOUNT_CLOSED, () -> ledger.reverse(PostingId.of("x-1"), earned.id(),
        "awarded twice"));
  }

  @Test
  void R_PTS_2_idsOfTheLedgersOwnAreRefusedToCapturesAndRestocks() {
    ledger.record(event(WANG, "MODEL_FAMILY_AWARD"), QIXING);
    ledger.hold(PostingId.of("h-1"), WANG, 5, HoldReason.OBJECTION);
    refused(PointsError.RESERVED_ID, () -> ledger.capture(PostingId.of("sys:capture"),
        PostingId.of("h-1"), 5, AccountId.household(LI)));
    refused(PointsError.RESERVED_ID, () -> ledger.restock(PostingId.of("sys:restock"), QIXING,
        "SOAP", 1));
  }

  @Test
  void R_PTS_2_aHoldsMemoMayNotBeBlank() {
    ledger.record(event(WANG, "MODEL_FAMILY_AWARD"), QIXING);
    List<LedgerRecord> before = ledger.records();
    assertThat(catchThrowableOfType(io.github.xiangzhi.core.InvalidValueException.class,
        () -> ledger.hold(PostingId.of("h-1"), WANG, 5, HoldReason.OBJECTION, Optional.of(" "))))
        .isNotNull().hasMessageContaining("memo");
    assertThat(ledger.records()).isEqualTo(before);
    assertThat(ledger.hold(PostingId.of("h-1"), WANG, 5, HoldReason.OBJECTION,
        Optional.of("异议复核中")).isCreated()).isTrue();
  }

  @Test
  void R_PTS_2_capturesReleasesAndRestocksSentAgainAnswerExistsAndRefuseOtherFields() {
    ledger.record(event(WANG, "MODEL_FAMILY_AWARD"), QIXING);
    ledger.hold(PostingId.of("h-1"), WANG, 10, HoldReason.OBJECTION);
    ledger.hold(PostingId.of("h-2"), WANG, 10, HoldReason.OBJECTION);
    AccountId li = AccountId.household(LI);

    Committed<Posting> capture = ledger.capture(PostingId.of("c-1"), PostingId.of("h-1"), 4, li);
    assertThat(capture.isCreated()).isTrue();
    Committed<Posting> again = ledger.capture(PostingId.of("c-1"), PostingId.of("h-1"), 4, li);
    assertThat(again.isCreated()).isFalse();
    assertThat(again.value()).isEqualTo(capture.value());
    refused(PointsError.EXISTS_WITH_DIFFERENT_FIELDS, () -> ledger.capture(PostingId.of("c-1"),
        PostingId.of("h-2"), 4, li));
    refused(PointsError.EXISTS_WITH_DIFFERENT_FIELDS, () -> ledger.capture(PostingId.of("c-1"),
        PostingId.of("h-1"), 3, li));
    refused(PointsError.EXISTS_WITH_DIFFERENT_FIELDS, () -> ledger.capture(PostingId.of("c-1"),
        PostingId.of("h-1"), 4, AccountId.REVERSAL));

    Committed<HoldRelease> release = ledger.release(PostingId.of("h-2r"), PostingId.of("h-2"));
    assertThat(release.isCreated()).isTrue();
    assertThat(ledger.release(PostingId.of("h-2r"), PostingId.of("h-2")).value())
        .isEqualTo(release.value());
    refused(PointsError.EXISTS_WITH_DIFFERENT_FIELDS, () -> ledger.release(PostingId.of("h-2r"),
        PostingId.of("h-1")));

    Committed<Restock> restock = ledger.restock(PostingId.of("s-1"), QIXING, "SOAP", 3);
    assertThat(restock.isCreated()).isTrue();
    Committed<Restock> restockAgain = ledger.restock(PostingId.of("s-1"), QIXING, "SOAP", 3);
    assertThat(restockAgain.isCreated()).isFalse();
    assertThat(restockAgain.value()).isEqualTo(restock.value());
    refused(PointsError.EXISTS_WITH_DIFFERENT_FIELDS, () -> ledger.restock(PostingId.of("s-1"),
        QIXING, "TOWEL", 3));
    refused(PointsError.EXISTS_WITH_DIFFERENT_FIELDS, () -> ledger.restock(PostingId.of("s-1"),
        QIXING, "SOAP", 4));
    assertThat(ledger.stock(QIXING, "SOAP")).isEqualTo(103);
  }
}
