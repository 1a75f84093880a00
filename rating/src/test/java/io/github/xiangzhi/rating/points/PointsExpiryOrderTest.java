package io.github.xiangzhi.rating.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.testkit.core.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Points leave a passbook oldest first, however late their earnings were recorded: on a policy
 * whose points expire when the month they were earned in ends, earnings recorded out of order
 * and in more months than a passbook first makes room for expire and are redeemed month by
 * month, earliest first.
 */
class PointsExpiryOrderTest {
  static final UnitId QIXING = UnitId.of("v-qixing");
  static final HouseholdId WANG = HouseholdId.of("h-wang");
  static final HouseholdId LI = HouseholdId.of("h-li");
  static final HouseholdId ZHANG = HouseholdId.of("h-zhang");

  final PointsPolicy policy = PointsPolicy.builder().from(PointsPolicyTest.preset())
      .expiry(Optional.of(ExpiryPolicy.of(PeriodKind.MONTH, 0))).build();
  final TestClock clock = new TestClock(Instant.parse("2023-12-01T00:00:00Z"));
  PointsLedger ledger;
  int events;

  @BeforeEach
  void openAccounts() {
    ledger = PointsLedger.inMemory(policy, clock);
    for (AccountId a : List.of(AccountId.pool(QIXING), AccountId.supermarket(QIXING),
        AccountId.household(WANG), AccountId.household(LI), AccountId.household(ZHANG))) {
      ledger.open(a);
    }
    clock.set(Instant.parse("2024-12-20T02:00:00Z"));
  }

  /** Records a mediation helped {@code times} times (10 points each) on the 10th of {@code month}. */
  void earn(HouseholdId household, String month, int times) {
    ConductEvent e = ConductEvent.builder().id("m-" + ++events).household(household)
        .kind("MEDIATION_HELP").occurredAt(Instant.parse(month + "-10T04:00:00Z"))
        .quantity(times).source("test").build();
    assertThat(ledger.record(e, QIXING).value().amount()).isEqualTo(10L * times);
  }

  /** The points expired at the end of {@code month} in Beijing, the day before at 16:00 UTC. */
  long expireAtEndOf(String lastDayOfMonth) {
    List<Posting> made = ledger.expire(Instant.parse(lastDayOfMonth + "T16:00:00Z"));
    return made.stream().mapToLong(Posting::amount).sum();
  }

  long balance(HouseholdId household) {
    return ledger.account(AccountId.household(household)).orElseThrow().balance();
  }

  @Test
  void R_PTS_1_earningsRecordedOutOfOrderExpireAndAreRedeemedEarliestMonthFirst() {
    earn(WANG, "2024-06", 1); // 10
    earn(WANG, "2024-03", 2); // 20, before June
    earn(WANG, "2024-09", 3); // 30, after
    earn(WANG, "2024-01", 4); // 40, before everything
    earn(WANG, "2024-05", 5); // 50, between March and June, a fifth month
    earn(WANG, "2024-03", 6); // 60, joins March's 20
    earn(WANG, "2024-11", 7); // 70
    earn(WANG, "2024-02", 8); // 80, between January and March
    earn(WANG, "2024-09", 9); // 90, joins September's 30, recorded after November
    earn(WANG, "2024-12", 10); // 100, an eighth month
    earn(WANG, "2024-10", 11); // 110, a ninth month between September and November
    assertThat(balance(WANG)).isEqualTo(660);

    // a towel (15) is paid with January's points, the earliest to expire
    ledger.redeem(PostingId.of("r-1"), WANG, QIXING, "TOWEL", 1);
    assertThat(expireAtEndOf("2024-01-30")).as("the day before January ends").isZero();
    assertThat(expireAtEndOf("2024-01-31")).as("what January left").isEqualTo(25);
    assertThat(expireAtEndOf("2024-02-29")).as("February").isEqualTo(80);
    assertThat(expireAtEndOf("2024-03-30")).as("not yet March").isZero();
    assertThat(expireAtEndOf("2024-04-30")).as("March, April had none").isEqualTo(80);
    assertThat(expireAtEndOf("2024-06-30")).as("May and June").isEqualTo(60);
    // a towel again, now from September's 120
    ledger.redeem(PostingId.of("r-2"), WANG, QIXING, "TOWEL", 1);
    assertThat(expireAtEndOf("2024-09-30")).as("the rest of September").isEqualTo(105);
    assertThat(expireAtEndOf("2024-10-31")).as("October").isEqualTo(110);
    assertThat(balance(WANG)).isEqualTo(170);
    assertThat(expireAtEndOf("2024-11-30")).as("November").isEqualTo(70);
    assertThat(balance(WANG)).isEqualTo(100);
    assertThat(ledger.totals().expired()).isEqualTo(25 + 80 + 80 + 60 + 105 + 110 + 70);
    assertThat(ledger.totals().isConserved()).isTrue();
  }

  @Test
  void R_PTS_1_aLateEarningForAnExpiredMonthGoesBeforeTheMonthsStillHeld() {
    earn(LI, "2024-04", 1); // 10
    earn(LI, "2024-05", 2); // 20
    earn(LI, "2024-06", 3); // 30
    earn(LI, "2024-07", 4); // 40
    assertThat(expireAtEndOf("2024-06-30")).as("April to June").isEqualTo(60);
    assertThat(balance(LI)).isEqualTo(40);
    // June's conduct recorded only now: its points come before July's
    earn(LI, "2024-06", 5); // 50
    earn(LI, "2024-05", 6); // 60, before June
    assertThat(expireAtEndOf("2024-05-31")).as("the late May").isEqualTo(60);
    assertThat(expireAtEndOf("2024-06-30")).as("the late June").isEqualTo(50);
    earn(LI, "2024-08", 7); // 70
    earn(LI, "2024-09", 8); // 80
    earn(LI, "2024-10", 9); // 90
    earn(LI, "2024-08", 1); // 10, joins August's 70
    assertThat(expireAtEndOf("2024-07-31")).as("July").isEqualTo(40);
    assertThat(expireAtEndOf("2024-08-31")).as("August").isEqualTo(80);
    assertThat(expireAtEndOf("2024-09-30")).as("September").isEqualTo(80);
    assertThat(balance(LI)).isEqualTo(90);
  }

  @Test
  void R_PTS_1_monthsEarnedAfterOthersExpiredKeepTheirOrder() {
    earn(ZHANG, "2024-01", 1); // 10
    earn(ZHANG, "2024-02", 2); // 20
    earn(ZHANG, "2024-03", 3); // 30
    earn(ZHANG, "2024-04", 4); // 40
    assertThat(expireAtEndOf("2024-03-31")).as("January to March").isEqualTo(60);
    earn(ZHANG, "2024-05", 5); // 50
    earn(ZHANG, "2024-06", 6); // 60
    earn(ZHANG, "2024-07", 7); // 70
    earn(ZHANG, "2024-08", 8); // 80
    earn(ZHANG, "2024-09", 9); // 90
    assertThat(balance(ZHANG)).isEqualTo(390);
    // a bottle of cooking oil (60) is paid with April's 40 and 20 of May's
    ledger.redeem(PostingId.of("r-1"), ZHANG, QIXING, "COOKING_OIL", 1);
    assertThat(expireAtEndOf("2024-04-30")).as("April is spent").isZero();
    assertThat(expireAtEndOf("2024-05-31")).as("what May left").isEqualTo(30);
    assertThat(expireAtEndOf("2024-06-30")).as("June").isEqualTo(60);
    assertThat(expireAtEndOf("2024-08-31")).as("July and August").isEqualTo(150);
    assertThat(balance(ZHANG)).isEqualTo(90);
    assertThat(expireAtEndOf("2024-09-30")).as("September").isEqualTo(90);
    assertThat(balance(ZHANG)).isZero();
    earn(ZHANG, "2024-12", 2);
    assertThat(expireAtEndOf("2024-11-30")).as("nothing left of the old months").isZero();
    assertThat(balance(ZHANG)).isEqualTo(20);
  }
}
