package io.github.xiangzhi.rating.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.testkit.core.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The points bank's rules, one scenario each, on the preset policy of 002 and 004. */
class PointsLedgerTest {
  static final UnitId QIXING = UnitId.of("v-qixing");
  static final UnitId JINSHAN = UnitId.of("v-jinshan");
  static final HouseholdId WANG = HouseholdId.of("h-wang");
  static final HouseholdId LI = HouseholdId.of("h-li");
  static final HouseholdId ZHANG = HouseholdId.of("h-zhang");
  static final HouseholdId ZHAO = HouseholdId.of("h-zhao");

  final PointsPolicy policy = PointsPolicyTest.preset();
  final TestClock clock = new TestClock(Instant.parse("2024-01-02T02:00:00Z"));
  PointsLedger ledger;

  /** Opens the accounts on 2 January 2024, then sets the clock to 10:00 on 1 March in Beijing. */
  @BeforeEach
  void openAccounts() {
    ledger = PointsLedger.inMemory(policy, clock);
    for (AccountId a : List.of(AccountId.pool(QIXING), AccountId.supermarket(QIXING),
        AccountId.pool(JINSHAN), AccountId.household(WANG), AccountId.household(LI),
        AccountId.household(ZHANG), AccountId.household(ZHAO))) {
      assertThat(ledger.open(a).isCreated()).isTrue();
    }
    clock.set(Instant.parse("2024-03-01T02:00:00Z"));
  }

  static ConductEvent event(String id, HouseholdId household, String kind, String at,
      long quantity) {
    return ConductEvent.builder().id(id).household(household).kind(kind)
        .occurredAt(Instant.parse(at)).quantity(quantity).source("test").build();
  }

  long balance(HouseholdId household) {
    return ledger.account(AccountId.household(household)).orElseThrow().balance();
  }

  long available(HouseholdId household) {
    return ledger.account(AccountId.household(household)).orElseThrow().available();
  }

  /** Runs {@code request}, expects {@code error}, and checks that nothing changed. */
  PointsException refused(PointsError error, Supplier<?> request) {
    List<LedgerRecord> before = ledger.records();
    PointsTotals totals = ledger.totals();
    PointsException e = catchThrowableOfType(PointsException.class, request::get);
    assertThat(e).as("refused with %s", error).isNotNull();
    assertThat(e.error()).isEqualTo(error);
    assertThat(e.messageKey()).isEqualTo("rating.points.error." + error);
    assertThat(ledger.records()).isEqualTo(before);
    assertThat(ledger.totals()).isEqualTo(totals);
    return e;
  }

  @Test
  void R_PTS_1_eventsOfOtherModulesBecomePostingsThroughTheEarningRules() {
    ConductEvent shift = event("patrol:shift-7", WANG, "PATROL_SHIFT", "2024-02-28T12:00:00Z", 2);
    Committed<Posting> posted = ledger.record(shift, QIXING);
    assertThat(posted.isCreated()).isTrue();
    Posting p = posted.value();
    assertThat(p.id()).isEqualTo(PostingId.of("patrol:shift-7"));
    assertThat(p.type()).isEqualTo(PostingType.EARNING);
    assertThat(p.debit()).isEqualTo(AccountId.pool(QIXING));
    assertThat(p.credit()).isEqualTo(AccountId.household(WANG));
    assertThat(p.amount()).isEqualTo(10); // 5 points a shift, two shifts
    assertThat(p.rule()).contains("VOLUNTEER_PATROL");
    assertThat(p.category()).contains("FRIENDLINESS");
    assertThat(p.event()).contains(shift);
    assertThat(p.effectiveAt()).isEqualTo(shift.occurredAt());
    assertThat(p.recordedAt()).isEqualTo(clock.instant());

    ledger.record(event("mediation:m-3", LI, "MEDIATION_HELP", "2024-02-29T01:00:00Z", 1), QIXING);
    ledger.record(event("rating:red-2024Q1", ZHANG, "RED_LIST", "2024-02-29T01:00:00Z", 1),
        JINSHAN);
    ledger.record(event("rating:black-2024Q1", ZHANG, "BLACK_LIST", "2024-02-29T02:00:00Z", 1),
        QIXING);
    assertThat(balance(WANG)).isEqualTo(10);
    assertThat(balance(LI)).isEqualTo(10);
    assertThat(balance(ZHANG)).isZero(); // red list +30, black list −30
    assertThat(ledger.posting(PostingId.of("rating:black-2024Q1")).orElseThrow().credit())
        .isEqualTo(AccountId.REVERSAL);
    PointsTotals totals = ledger.totals();
    assertThat(totals.issued()).isEqualTo(50);
    assertThat(totals.held()).isEqualTo(20);
    assertThat(totals.reversed()).isEqualTo(30);
    assertThat(totals.isConserved()).isTrue();
    refused(PointsError.NO_RULE,
        () -> ledger.record(event("x-1", WANG, "SUNBATHING", "2024-02-29T01:00:00Z", 1), QIXING));
  }

  @Test
  void R_PTS_1_aCapCutsTheEventThatReachesItAndRefusesTheNextInTheSamePeriod() {
    // at most 20 patrol points a month
    ledger.record(event("s-1", WANG, "PATROL_SHIFT", "2024-02-03T12:00:00Z", 3), QIXING); // 15
    Posting cut = ledger.record(event("s-2", WANG, "PATROL_SHIFT", "2024-02-10T12:00:00Z", 2),
        QIXING).value();
    assertThat(cut.amount()).isEqualTo(5);
    assertThat(cut.cappedFrom()).hasValue(10);
    PointsException e = refused(PointsError.CAP_REACHED, () -> ledger.record(
        event("s-3", WANG, "PATROL_SHIFT", "2024-02-20T12:00:00Z", 1), QIXING));
    assertThat(e.getMessage())
        .isEqualTo("Household h-wang already has the 20 points rule VOLUNTEER_PATROL allows in 2024-02");
    assertThat(e.message(Locale.CHINA)).isEqualTo("农户 h-wang 在 2024-02 已达到规则 VOLUNTEER_PATROL 的上限 20 分");
    // another household, and the next month, start afresh
    assertThat(ledger.record(event("s-4", LI, "PATROL_SHIFT", "2024-02-20T12:00:00Z", 1), QIXING)
        .value().amount()).isEqualTo(5);
    assertThat(ledger.record(event("s-5", WANG, "PATROL_SHIFT", "2024-02-29T16:30:00Z", 1),
        QIXING).value().amount()).isEqualTo(5); // 00:30 on 1 March in Beijing
    // a correction gives the cap back
    ledger.reverse(PostingId.of("fix-1"), PostingId.of("s-2"), "重复登记");
    assertThat(ledger.record(event("s-6", WANG, "PATROL_SHIFT", "2024-02-25T12:00:00Z", 1),
        QIXING).value().amount()).isEqualTo(5);
  }

  @Test
  void R_PTS_1_aDeductionNeverTakesAHouseholdBelowZeroUnlessThePolicySays() {
    ledger.record(event("e-1", WANG, "ELDER_CARE", "2024-02-20T12:00:00Z", 1), QIXING); // 5
    refused(PointsError.INSUFFICIENT_POINTS, () -> ledger.record(
        event("b-1", WANG, "VILLAGE_RULES_BROKEN", "2024-02-21T12:00:00Z", 1), QIXING));
    assertThat(balance(WANG)).isEqualTo(5);

    PointsLedger lenient = PointsLedger.inMemory(
        PointsPolicy.builder().from(policy).penaltiesMayOverdraw(true).build(), clock);
    lenient.open(AccountId.household(WANG));
    lenient.open(AccountId.pool(QIXING));
    lenient.record(event("e-1", WANG, "ELDER_CARE", "2024-02-20T12:00:00Z", 1), QIXING);
    lenient.record(event("b-1", WANG, "VILLAGE_RULES_BROKEN", "2024-02-21T12:00:00Z", 1), QIXING);
    assertThat(lenient.account(AccountId.household(WANG)).orElseThrow().balance()).isEqualTo(-5);
    // a later earning pays the debt first
    lenient.record(event("e-2", WANG, "ELDER_CARE", "2024-02-22T12:00:00Z", 2), QIXING);
    assertThat(lenient.account(AccountId.household(WANG)).orElseThrow().balance()).isEqualTo(5);
    assertThat(lenient.totals().isConserved()).isTrue();
  }

  @Test
  void R_PTS_1_redemptionTakesPointsAndStockOrFailsCleanlyWhenEitherIsShort() {
    ledger.record(event("f-1", WANG, "MODEL_FAMILY_AWARD", "2024-02-20T12:00:00Z", 1), QIXING);
    ledger.record(event("m-1", WANG, "MEDIATION_HELP", "2024-02-21T12:00:00Z", 1), QIXING);
    Posting oil = ledger.redeem(PostingId.of("r-1"), WANG, QIXING, "COOKING_OIL", 1).value();
    assertThat(oil.type()).isEqualTo(PostingType.REDEMPTION);
    assertThat(oil.amount()).isEqualTo(60);
    assertThat(oil.credit()).isEqualTo(AccountId.supermarket(QIXING));
    assertThat(oil.item()).contains("COOKING_OIL");
    assertThat(balance(WANG)).isZero();
    assertThat(ledger.stock(QIXING, "COOKING_OIL")).isEqualTo(29);

    PointsException poor = refused(PointsError.INSUFFICIENT_POINTS,
        () -> ledger.redeem(PostingId.of("r-2"), WANG, QIXING, "SOAP", 1));
    assertThat(poor.getMessage())
        .isEqualTo("Account household:h-wang has 0 available points, fewer than the 10 asked for");

    ledger.record(event("f-2", LI, "MODEL_FAMILY_AWARD", "2024-02-20T12:00:00Z", 1), QIXING);
    ledger.restock(PostingId.of("stock-1"), QIXING, "RICE", 1);
    assertThat(ledger.stock(QIXING, "RICE")).isEqualTo(31);
    PointsException empty = refused(PointsError.OUT_OF_STOCK,
        () -> ledger.redeem(PostingId.of("r-3"), LI, QIXING, "RICE", 32));
    assertThat(empty.message(Locale.CHINA)).isEqualTo("supermarket:v-qixing 的“RICE”库存为 31,少于所需的 32");
    refused(PointsError.UNKNOWN_ITEM, () -> ledger.redeem(PostingId.of("r-4"), LI, QIXING,
        "CAVIAR", 1));
    refused(PointsError.AMOUNT_NOT_POSITIVE, () -> ledger.redeem(PostingId.of("r-5"), LI,
        QIXING, "SOAP", 0));
    refused(PointsError.UNKNOWN_ACCOUNT, () -> ledger.redeem(PostingId.of("r-6"), LI, JINSHAN,
        "SOAP", 1)); // Jinshan has no supermarket
    assertThat(ledger.redeem(PostingId.of("r-7"), LI, QIXING, "SOAP", 5).value().amount())
        .isEqualTo(50);
    assertThat(ledger.totals().redeemed()).isEqualTo(110);
  }

  @Test
  void R_PTS_1_pointsExpireOldestFirstWhenTheYearAfterTheyWereEarnedEnds() {
    clock.set(Instant.parse("2024-06-01T02:00:00Z"));
    ledger.record(event("old-1", WANG, "MEDIATION_HELP", "2023-05-01T02:00:00Z", 3), QIXING); // 30
    ledger.record(event("new-1", WANG, "MEDIATION_HELP", "2024-05-01T02:00:00Z", 2), QIXING); // 20
    ledger.redeem(PostingId.of("r-1"), WANG, QIXING, "TOWEL", 1); // 15, taken from 2023's points
    assertThat(ledger.expire(clock.instant())).isEmpty();

    clock.set(Instant.parse("2025-01-02T02:00:00Z"));
    // 2023's points lasted until the end of 2024 in Beijing: 2024-12-31T16:00Z
    Instant endOf2024 = Instant.parse("2024-12-31T16:00:00Z");
    assertThat(ledger.expire(endOf2024.minusNanos(1))).isEmpty();
    List<Posting> expired = ledger.expire(endOf2024);
    assertThat(expired).singleElement().satisfies(p -> {
      assertThat(p.type()).isEqualTo(PostingType.EXPIRY);
      assertThat(p.amount()).isEqualTo(15);
      assertThat(p.debit()).isEqualTo(AccountId.household(WANG));
      assertThat(p.credit()).isEqualTo(AccountId.EXPIRY);
      assertThat(p.id().isReserved()).isTrue();
      assertThat(p.effectiveAt()).isEqualTo(endOf2024);
    });
    assertThat(ledger.expire(clock.instant())).as("running again expires nothing more").isEmpty();
    assertThat(balance(WANG)).isEqualTo(20);

    // frozen points do not expire while frozen
    ledger.hold(PostingId.of("h-1"), WANG, 20, HoldReason.LOST_PASSBOOK);
    clock.set(Instant.parse("2026-01-05T00:00:00Z"));
    assertThat(ledger.expire(clock.instant())).isEmpty();
    ledger.release(PostingId.of("h-1-off"), PostingId.of("h-1"));
    assertThat(ledger.expire(clock.instant())).singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualTo(20));
    PointsTotals totals = ledger.totals();
    assertThat(totals.expired()).isEqualTo(35);
    assertThat(totals.isConserved()).isTrue();
    refused(PointsError.FUTURE_INSTANT, () -> ledger.expire(clock.instant().plusSeconds(1)));
  }

  @Test
  void R_PTS_2_theSameIdWithTheSameBodyExistsAndWithAnotherBodyIsRefused() {
    ConductEvent care = event("care-1", WANG, "ELDER_CARE", "2024-02-20T12:00:00Z", 1);
    Committed<Posting> first = ledger.record(care, QIXING);
    clock.advance(Duration.ofHours(1));
    Committed<Posting> again = ledger.record(care, QIXING);
    assertThat(again.status()).isEqualTo(Committed.Status.EXISTS);
    assertThat(again.value()).isEqualTo(first.value());
    assertThat(balance(WANG)).isEqualTo(5);

    PointsException e = refused(PointsError.EXISTS_WITH_DIFFERENT_FIELDS, () -> ledger.record(
        event("care-1", WANG, "ELDER_CARE", "2024-02-20T12:00:00Z", 2), QIXING));
    assertThat(e.getMessage()).isEqualTo("Id care-1 was already used for a different request");
    refused(PointsError.EXISTS_WITH_DIFFERENT_FIELDS, () -> ledger.record(care, JINSHAN));
    refused(PointsError.EXISTS_WITH_DIFFERENT_FIELDS, () -> ledger.hold(PostingId.of("care-1"),
        WANG, 1, HoldReason.OBJECTION));

    Committed<Hold> hold = ledger.hold(PostingId.of("obj-1"), WANG, 2, HoldReason.OBJECTION,
        Optional.of("邻居提出异议"));
    assertThat(ledger.hold(PostingId.of("obj-1"), WANG, 2, HoldReason.OBJECTION,
        Optional.of("邻居提出异议"))).isEqualTo(Committed.exists(hold.value()));
    Committed<HoldRelease> release = ledger.release(PostingId.of("obj-1-off"),
        PostingId.of("obj-1"));
    assertThat(ledger.release(PostingId.of("obj-1-off"), PostingId.of("obj-1")).status())
        .isEqualTo(Committed.Status.EXISTS);
    assertThat(ledger.release(PostingId.of("obj-1-off"), PostingId.of("obj-1")).value())
        .isEqualTo(release.value());
    // the answer to a repeated request does not depend on what happened since
    ledger.record(event("m-1", LI, "MEDIATION_HELP", "2024-02-21T12:00:00Z", 1), QIXING);
    Committed<Posting> soap = ledger.redeem(PostingId.of("soap-1"), LI, QIXING, "SOAP", 1);
    assertThat(balance(LI)).isZero();
    assertThat(ledger.redeem(PostingId.of("soap-1"), LI, QIXING, "SOAP", 1))
        .isEqualTo(Committed.exists(soap.value()));
    refused(PointsError.EXISTS_WITH_DIFFERENT_FIELDS,
        () -> ledger.redeem(PostingId.of("soap-1"), LI, QIXING, "SOAP", 2));
  }

  @Test
  void R_PTS_2_correctionsAreReversingPostingsAndNeverEdits() {
    Posting earned = ledger.record(event("red-1", WANG, "RED_LIST", "2024-02-20T12:00:00Z", 1),
        QIXING).value();
    Posting fix = ledger.reverse(PostingId.of("fix-1"), earned.id(), "红榜名单有误").value();
    assertThat(fix.type()).isEqualTo(PostingType.REVERSAL);
    assertThat(fix.reverses()).contains(earned.id());
    assertThat(fix.debit()).isEqualTo(AccountId.household(WANG));
    // the pool keeps what it issued: the points go to the reversal account
    assertThat(fix.credit()).isEqualTo(AccountId.REVERSAL);
    assertThat(fix.amount()).isEqualTo(30);
    assertThat(fix.rule()).isEqualTo(earned.rule());
    assertThat(fix.effectiveAt()).isEqualTo(earned.effectiveAt());
    assertThat(fix.memo()).contains("红榜名单有误");
    assertThat(ledger.posting(earned.id())).contains(earned); // unchanged
    assertThat(balance(WANG)).isZero();
    PointsTotals totals = ledger.totals();
    assertThat(totals.issued()).isEqualTo(30);
    assertThat(totals.reversed()).isEqualTo(30);

    PointsException twice = refused(PointsError.ALREADY_REVERSED,
        () -> ledger.reverse(PostingId.of("fix-2"), earned.id(), "再次更正"));
    assertThat(twice.getMessage()).isEqualTo("Posting red-1 was already reversed by fix-1");
    // a wrong correction is itself corrected
    ledger.reverse(PostingId.of("fix-3"), fix.id(), "更正有误");
    assertThat(balance(WANG)).isEqualTo(30);
    assertThat(ledger.totals().reversed()).isZero();

    ledger.redeem(PostingId.of("r-1"), WANG, QIXING, "WASHING_POWDER", 1);
    Posting refund = ledger.reverse(PostingId.of("refund-1"), PostingId.of("r-1"), "退货").value();
    assertThat(refund.debit()).isEqualTo(AccountId.supermarket(QIXING));
    assertThat(refund.credit()).isEqualTo(AccountId.household(WANG));
    assertThat(ledger.stock(QIXING, "WASHING_POWDER")).isEqualTo(60);
    refused(PointsError.UNKNOWN_POSTING, () -> ledger.reverse(PostingId.of("fix-4"),
        PostingId.of("nothing"), "无此记账"));
    assertThatThrownBy(() -> ledger.reverse(PostingId.of("fix-5"), earned.id(), " "))
        .isInstanceOf(InvalidValueException.class).hasMessage("The reason must not be blank");
    assertThat(ledger.totals().isConserved()).isTrue();
  }

  @Test
  void R_PTS_2_holdsFreezePointsUntilReleasedOrCapturedOnce() {
    ledger.record(event("f-1", WANG, "MODEL_FAMILY_AWARD", "2024-02-20T12:00:00Z", 1), QIXING);
    Hold hold = ledger.hold(PostingId.of("obj-1"), WANG, 40, HoldReason.OBJECTION).value();
    assertThat(balance(WANG)).isEqualTo(50);
    assertThat(available(WANG)).isEqualTo(10);
    assertThat(ledger.pendingHolds(WANG)).containsExactly(hold);
    refused(PointsError.INSUFFICIENT_POINTS,
        () -> ledger.redeem(PostingId.of("r-1"), WANG, QIXING, "WASHING_POWDER", 1));
    refused(PointsError.INSUFFICIENT_POINTS,
        () -> ledger.hold(PostingId.of("obj-2"), WANG, 11, HoldReason.OTHER));
    refused(PointsError.HOLDS_PENDING, () -> ledger.close(AccountId.household(WANG)));

    // the objection is upheld for 25 points; the other 15 are free again
    refused(PointsError.CAPTURE_EXCEEDS_HOLD,
        () -> ledger.capture(PostingId.of("cap-1"), hold.id(), 41, AccountId.REVERSAL));
    refused(PointsError.INVALID_TARGET,
        () -> ledger.capture(PostingId.of("cap-1"), hold.id(), 25, AccountId.pool(QIXING)));
    refused(PointsError.INVALID_TARGET,
        () -> ledger.capture(PostingId.of("cap-1"), hold.id(), 25, AccountId.household(WANG)));
    Posting captured = ledger.capture(PostingId.of("cap-1"), hold.id(), 25, AccountId.household(LI))
        .value();
    assertThat(captured.type()).isEqualTo(PostingType.CAPTURE);
    assertThat(captured.hold()).contains(hold.id());
    assertThat(balance(WANG)).isEqualTo(25);
    assertThat(available(WANG)).isEqualTo(25);
    assertThat(balance(LI)).isEqualTo(25);
    assertThat(ledger.holdState(hold.id())).contains(HoldState.CAPTURED);
    PointsException again = refused(PointsError.HOLD_NOT_PENDING,
        () -> ledger.release(PostingId.of("off-1"), hold.id()));
    assertThat(again.getMessage()).isEqualTo("Hold obj-1 is no longer pending: it was captured");
    assertThat(again.message(Locale.CHINA)).isEqualTo("冻结 obj-1 已了结:状态为已扣划");
    refused(PointsError.UNKNOWN_HOLD, () -> ledger.release(PostingId.of("off-2"),
        PostingId.of("f-1")));
    refused(PointsError.AMOUNT_NOT_POSITIVE, () -> ledger.hold(PostingId.of("obj-3"), WANG, 0,
        HoldReason.OTHER));
    assertThat(ledger.close(AccountId.household(WANG)).isCreated()).isTrue();
  }

  @Test
  void R_PTS_2_closedAccountsTakeNoPostingsAndLedgerAccountsCannotBeClosed() {
    ledger.record(event("e-1", WANG, "ELDER_CARE", "2024-02-20T12:00:00Z", 1), QIXING);
    Committed<Account> closed = ledger.close(AccountId.household(WANG));
    assertThat(closed.value().closed()).isTrue();
    assertThat(closed.value().balance()).isEqualTo(5);
    assertThat(ledger.close(AccountId.household(WANG)).status()).isEqualTo(Committed.Status.EXISTS);
    assertThat(ledger.open(AccountId.household(WANG))).isEqualTo(Committed.exists(closed.value()));
    PointsException e = refused(PointsError.ACCOUNT_CLOSED, () -> ledger.record(
        event("e-2", WANG, "ELDER_CARE", "2024-02-21T12:00:00Z", 1), QIXING));
    assertThat(e.getMessage()).isEqualTo("Account household:h-wang is closed and takes no postings");
    refused(PointsError.ACCOUNT_CLOSED, () -> ledger.reverse(PostingId.of("fix"),
        PostingId.of("e-1"), "更正"));
    ledger.close(AccountId.pool(JINSHAN));
    refused(PointsError.ACCOUNT_CLOSED, () -> ledger.record(
        event("e-3", LI, "ELDER_CARE", "2024-02-21T12:00:00Z", 1), JINSHAN));
    refused(PointsError.SYSTEM_ACCOUNT, () -> ledger.close(AccountId.EXPIRY));
    refused(PointsError.UNKNOWN_ACCOUNT, () -> ledger.close(AccountId.household(
        HouseholdId.of("h-nobody"))));
    assertThat(ledger.open(AccountId.REVERSAL).status()).isEqualTo(Committed.Status.EXISTS);
  }

  @Test
  void R_PTS_2_badInputIsATypedErrorNamingTheValueAndChangesNothing() {
    ledger.record(event("e-1", WANG, "ELDER_CARE", "2024-02-20T12:00:00Z", 1), QIXING);
    PointsException unknown = refused(PointsError.UNKNOWN_ACCOUNT, () -> ledger.record(
        event("e-2", HouseholdId.of("h-ghost"), "ELDER_CARE", "2024-02-20T12:00:00Z", 1), QIXING));
    assertThat(unknown.getMessage()).isEqualTo("Unknown account household:h-ghost: it was never opened");
    assertThat(unknown.message(Locale.CHINA)).isEqualTo("未知账户 household:h-ghost:该账户从未开户");
    refused(PointsError.UNKNOWN_ACCOUNT, () -> ledger.record(
        event("e-3", WANG, "ELDER_CARE", "2024-02-20T12:00:00Z", 1), UnitId.of("v-ghost")));
    PointsException overflow = refused(PointsError.OVERFLOW, () -> ledger.record(
        event("e-4", LI, "MEDIATION_HELP", "2024-02-20T12:00:00Z", Long.MAX_VALUE / 5), QIXING));
    assertThat(overflow.getMessage()).startsWith("Request e-4 would take");
    refused(PointsError.FUTURE_INSTANT, () -> ledger.record(
        event("e-5", LI, "ELDER_CARE", "2024-03-01T02:00:01Z", 1), QIXING));
    refused(PointsError.RESERVED_ID, () -> ledger.record(
        event("sys:expiry:1", LI, "ELDER_CARE", "2024-02-20T12:00:00Z", 1), QIXING));
    refused(PointsError.AMOUNT_NOT_POSITIVE,
        () -> ledger.capture(PostingId.of("c-1"), PostingId.of("e-1"), -3, AccountId.REVERSAL));
    refused(PointsError.AMOUNT_NOT_POSITIVE,
        () -> ledger.restock(PostingId.of("s-1"), QIXING, "SOAP", 0));
    refused(PointsError.INSUFFICIENT_POINTS,
        () -> ledger.redeem(PostingId.of("r-1"), WANG, QIXING, "SOAP", 1));
    assertThatThrownBy(() -> ConductEvent.builder().id("e-6").household(WANG).kind("ELDER_CARE")
        .occurredAt(Instant.EPOCH).quantity(-1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid event quantity -1: a quantity must be positive");
    assertThatThrownBy(() -> AccountId.parse("wallet:h-1"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("'wallet:h-1'");
    // many households earning the most a long holds: the ledger refuses before any total overflows
    PointsPolicy huge = PointsPolicy.builder().from(policy).earning(List.of(PointsRule.builder()
        .code("HUGE").name("巨额").eventKind("HUGE").category("INTEGRITY").points(Long.MAX_VALUE)
        .build())).build();
    PointsLedger big = PointsLedger.inMemory(huge, clock);
    big.open(AccountId.pool(QIXING));
    big.open(AccountId.household(WANG));
    big.open(AccountId.household(LI));
    big.record(event("big-1", WANG, "HUGE", "2024-02-20T12:00:00Z", 1), QIXING);
    PointsException total = catchThrowableOfType(PointsException.class,
        () -> big.record(event("big-2", LI, "HUGE", "2024-02-20T12:00:00Z", 1), QIXING));
    assertThat(total.error()).isEqualTo(PointsError.OVERFLOW);
    assertThat(big.totals().issued()).isEqualTo(Long.MAX_VALUE);
    assertThat(big.totals().isConserved()).isTrue();
  }

  @Test
  void R_PTS_2_theBalanceAtAnyPastInstantIsTheBalanceAfterThePostingsUpToIt() {
    Instant t0 = clock.instant();
    ledger.record(event("e-1", WANG, "ELDER_CARE", "2024-02-20T12:00:00Z", 2), QIXING); // +10
    clock.advance(Duration.ofDays(1));
    Instant t1 = clock.instant();
    ledger.redeem(PostingId.of("r-1"), WANG, QIXING, "SOAP", 1); // −10
    clock.advance(Duration.ofDays(1));
    Instant t2 = clock.instant();
    ledger.record(event("e-2", WANG, "MEDIATION_HELP", "2024-02-21T12:00:00Z", 1), QIXING); // +10
    AccountId wang = AccountId.household(WANG);
    assertThat(ledger.balanceAt(wang, t0.minusNanos(1))).isZero();
    assertThat(ledger.balanceAt(wang, t0)).isEqualTo(10);
    assertThat(ledger.balanceAt(wang, t1.minusNanos(1))).isEqualTo(10);
    assertThat(ledger.balanceAt(wang, t1)).isZero();
    assertThat(ledger.balanceAt(wang, t2)).isEqualTo(10);
    assertThat(ledger.balanceAt(AccountId.pool(QIXING), t2)).isEqualTo(-20);
    assertThat(ledger.totalsAt(t1)).isEqualTo(PointsTotals.builder().issued(10).held(0)
        .redeemed(10).expired(0).reversed(0).build());
    refused(PointsError.UNKNOWN_ACCOUNT, () -> ledger.balanceAt(AccountId.household(
        HouseholdId.of("h-ghost")), t2));
  }

  @Test
  void R_PTS_1_aPassbookStatementShowsOpeningEachEntryAndClosing() {
    clock.set(Instant.parse("2024-02-10T02:00:00Z"));
    ledger.record(event("e-1", WANG, "ELDER_CARE", "2024-02-09T12:00:00Z", 2), QIXING); // +10
    clock.set(Instant.parse("2024-03-05T02:00:00Z"));
    ledger.record(event("e-2", WANG, "MEDIATION_HELP", "2024-03-04T12:00:00Z", 1), QIXING); // +10
    clock.set(Instant.parse("2024-03-06T02:00:00Z"));
    ledger.redeem(PostingId.of("r-1"), WANG, QIXING, "TOWEL", 1); // −15
    clock.set(Instant.parse("2024-04-01T02:00:00Z"));
    ledger.record(event("e-3", WANG, "ELDER_CARE", "2024-03-31T12:00:00Z", 1), QIXING);

    PassbookStatement march = ledger.statement(WANG, GovernancePeriod.ofMonth(YearMonth.of(2024, 3)));
    assertThat(march.opening()).isEqualTo(10);
    assertThat(march.lines()).extracting(PassbookLine::change).containsExactly(10L, -15L);
    assertThat(march.lines()).extracting(PassbookLine::balance).containsExactly(20L, 5L);
    assertThat(march.closing()).isEqualTo(5);
    assertThat(march.credited()).isEqualTo(10);
    assertThat(march.debited()).isEqualTo(15);
    assertThat(march.render(Locale.SIMPLIFIED_CHINESE)).isEqualTo(String.join("\n",
        "农户 h-wang 积分存折,2024-03",
        "期初余额:10",
        "2024-03-05  加分  +10  余额 20  MEDIATION_HELP(e-2)",
        "2024-03-06  兑换  -15  余额 5  TOWEL(r-1)",
        "期末余额:5", ""));
    assertThat(march.render(Locale.ENGLISH)).contains("2024-03-06  redeemed  -15  balance 5  TOWEL (r-1)");
    assertThat(ledger.statement(WANG, GovernancePeriod.ofYear(2024)).lines()).hasSize(4);
    assertThat(ledger.statement(LI, GovernancePeriod.ofYear(2024)).lines()).isEmpty();
  }

  @Test
  void R_PTS_1_householdsAreRankedPerVillageByThePointsTheirConductEarned() {
    ledger.record(event("e-1", WANG, "MEDIATION_HELP", "2024-02-01T12:00:00Z", 3), QIXING); // 30
    ledger.record(event("e-2", LI, "RED_LIST", "2024-02-01T12:00:00Z", 1), QIXING); // 30
    ledger.record(event("e-3", ZHANG, "ELDER_CARE", "2024-02-01T12:00:00Z", 2), QIXING); // 10
    ledger.record(event("e-4", ZHANG, "VILLAGE_RULES_BROKEN", "2024-02-02T12:00:00Z", 1), QIXING);
    ledger.record(event("e-5", ZHAO, "ELDER_CARE", "2024-02-01T12:00:00Z", 1), JINSHAN); // 5
    ledger.record(event("e-6", WANG, "ELDER_CARE", "2023-12-01T12:00:00Z", 1), QIXING); // 2023
    // spending and corrections: redemptions do not lower the rank, corrections do
    ledger.redeem(PostingId.of("r-1"), WANG, QIXING, "SOAP", 2);
    ledger.record(event("e-7", LI, "ELDER_CARE", "2024-02-03T12:00:00Z", 1), QIXING);
    ledger.reverse(PostingId.of("fix-1"), PostingId.of("e-7"), "登记有误");
    Map<HouseholdId, UnitId> villages = Map.of(WANG, QIXING, LI, QIXING, ZHANG, QIXING, ZHAO,
        JINSHAN);

    PointsRanking ranking = ledger.ranking(GovernancePeriod.ofYear(2024),
        h -> Optional.ofNullable(villages.get(h)));
    assertThat(ranking.village(QIXING)).extracting(RankedHousehold::household,
        RankedHousehold::points, RankedHousehold::rank).containsExactly(
        org.assertj.core.groups.Tuple.tuple(LI, 30L, 1),
        org.assertj.core.groups.Tuple.tuple(WANG, 30L, 1),
        org.assertj.core.groups.Tuple.tuple(ZHANG, 0L, 3));
    assertThat(ranking.village(QIXING).get(2).byCategory())
        .isEqualTo(Map.of("FILIAL_PIETY", 10L, "INTEGRITY", -10L));
    assertThat(ranking.village(JINSHAN)).extracting(RankedHousehold::points).containsExactly(5L);
    assertThat(ranking.top(QIXING, 1)).extracting(RankedHousehold::household)
        .containsExactly(LI, WANG);
    assertThat(ranking.unplaced()).isEmpty();
    assertThat(ledger.ranking(GovernancePeriod.ofYear(2024), h -> Optional.empty()).unplaced())
        .containsExactly(LI, WANG, ZHANG, ZHAO);
  }
}
