package io.github.xiangzhi.mediation.transparency;

import static io.github.xiangzhi.testkit.core.Problems.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.mediation.deliberation.CompletedStep;
import io.github.xiangzhi.mediation.deliberation.Step;
import io.github.xiangzhi.testkit.mediation.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 一晒一督 and 践诺 at their edges, on the standard calendar (a Saturday–Sunday weekend, no
 * holidays): a posting on its due day, one day late, up exactly its minimum days; a report on the
 * due day; reviews on the report's day; pledges fulfilled on the due day.
 */
class TransparencyEdgesTest {

  static final GovernanceCalendar CALENDAR = GovernanceCalendar.standard();
  static final UnitId V1 = UnitId.of("v1");
  static final UnitId V2 = UnitId.of("v2");
  static final PostingItem AFFAIRS = PostingItem.builder().code("AFFAIRS").name("村务")
      .kind(AffairKind.VILLAGE).every(PeriodKind.MONTH).build();
  static final TransparencyRules RULES = TransparencyRules.builder().addItems(AFFAIRS).build();
  static final TransparencyRules REVIEWS_ONLY = TransparencyRules.builder().build();

  static Posting posting(UnitId unit, YearMonth month, String on, int days) {
    return Posting.builder().item("AFFAIRS").unit(unit).period(GovernancePeriod.ofMonth(month))
        .postedOn(LocalDate.parse(on)).where("村务公开栏").days(days).build();
  }

  static TransparencyReport report(TransparencyRules rules, List<Posting> postings,
      List<SupervisionReview> reviews, String since, String asOf) {
    return TransparencyReport.compile(rules, List.of(V1, V2), postings, reviews, CALENDAR,
        LocalDate.parse(since), LocalDate.parse(asOf));
  }


  @Test
  void anItemIsDueTenWorkingDaysAfterItsPeriodAndUpSevenDaysByDefault() {
    assertThat(AFFAIRS.withinWorkingDays()).isEqualTo(10);
    assertThat(AFFAIRS.minDays()).isEqualTo(7);
    assertThat(RULES.reviewEvery()).isEqualTo(PeriodKind.QUARTER);
    // January 2024 ends on a Wednesday: ten working days later is Wednesday 14 February
    assertThat(TransparencyReport.dueBy(AFFAIRS, GovernancePeriod.ofMonth(YearMonth.of(2024, 1)),
        CALENDAR)).isEqualTo(LocalDate.of(2024, 2, 14));
    assertThat(TransparencyReport.dueBy(AFFAIRS, GovernancePeriod.ofMonth(YearMonth.of(2024, 2)),
        CALENDAR)).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(RULES.item("AFFAIRS")).contains(AFFAIRS);
    assertThat(RULES.item("FINANCE")).isEmpty();
  }

  @Test
  void aPostingOnItsDueDayIsOnTimeAndOneUpItsMinimumDaysIsLongEnough() {
    Posting onTime = posting(V1, YearMonth.of(2024, 1), "2024-02-14", 7);
    Posting late = posting(V1, YearMonth.of(2024, 2), "2024-03-15", 6);
    TransparencyReport r = report(RULES, List.of(onTime, late), List.of(), "2024-01-01",
        "2024-03-15");
    assertThat(r.asOf()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(r.late()).containsExactly(late);
    assertThat(r.tooShort()).containsExactly(late);
    // v2 posted nothing: January and February are missing, March has not ended
    assertThat(r.notPosted()).extracting(DuePosting::unit, DuePosting::period, DuePosting::dueBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(V2, GovernancePeriod.ofMonth(YearMonth.of(2024, 1)),
                LocalDate.of(2024, 2, 14)),
            org.assertj.core.groups.Tuple.tuple(V2, GovernancePeriod.ofMonth(YearMonth.of(2024, 2)),
                LocalDate.of(2024, 3, 14)));
    assertThat(r.isClear()).isFalse();
    // on February's due day itself, February is not yet missing
    TransparencyReport onDueDay = report(RULES, List.of(onTime), List.of(), "2024-01-01",
        "2024-03-14");
    assertThat(onDueDay.notPosted()).extracting(DuePosting::unit, DuePosting::period)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(V2, GovernancePeriod.ofMonth(YearMonth.of(2024, 1))));
    // a month that ends on the report's day has not ended before it
    TransparencyReport lastDay = report(RULES, List.of(), List.of(), "2024-02-01", "2024-02-29");
    assertThat(lastDay.notPosted()).isEmpty();
    assertThat(lastDay.isClear()).isTrue();
  }

  @Test
  void eachKindOfProblemAloneMakesTheReportUnclearAndHasItsLine() {
    Posting jan = posting(V1, YearMonth.of(2024, 1), "2024-02-01", 7);
    Posting jan2 = posting(V2, YearMonth.of(2024, 1), "2024-02-01", 7);
    // clear
    TransparencyReport clear = report(RULES, List.of(jan, jan2), List.of(), "2024-01-01",
        "2024-02-20");
    assertThat(clear.isClear()).isTrue();
    assertThat(clear.lines(Locale.ENGLISH)).containsExactly(
        "Postings and supervision on 2024-02-20",
        "  Everything due is posted on time and reviewed");
    assertThat(clear).hasToString("Postings and supervision on 2024-02-20\n"
        + "  Everything due is posted on time and reviewed");
    // missing only
    TransparencyReport missing = report(RULES, List.of(jan), List.of(), "2024-01-01",
        "2024-02-20");
    assertThat(missing.isClear()).isFalse();
    assertThat(missing.lines(Locale.ENGLISH)).containsExactly(
        "Postings and supervision on 2024-02-20",
        "  v2: AFFAIRS for 2024-01 was due by 2024-02-14 and is not posted");
    // late only
    TransparencyReport late = report(RULES, List.of(jan,
        posting(V2, YearMonth.of(2024, 1), "2024-02-15", 7)), List.of(), "2024-01-01",
        "2024-02-20");
    assertThat(late.isClear()).isFalse();
    assertThat(late.lines(Locale.ENGLISH)).containsExactly(
        "Postings and supervision on 2024-02-20",
        "  v2: AFFAIRS for 2024-01 was posted late, on 2024-02-15");
    // short only
    TransparencyReport shortOne = report(RULES, List.of(jan,
        posting(V2, YearMonth.of(2024, 1), "2024-02-01", 3)), List.of(), "2024-01-01",
        "2024-02-20");
    assertThat(shortOne.isClear()).isFalse();
    assertThat(shortOne.lines(Locale.ENGLISH)).containsExactly(
        "Postings and supervision on 2024-02-20",
        "  v2: AFFAIRS for 2024-01 stayed up only 3 day(s)");
    // unreviewed only: the last quarter of 2023 ended before the report's day
    TransparencyReport unreviewed = report(REVIEWS_ONLY, List.of(),
        List.of(SupervisionReview.of(V1, "督查组", LocalDate.of(2023, 11, 5), true, null)),
        "2023-10-01", "2024-01-01");
    assertThat(unreviewed.isClear()).isFalse();
    assertThat(unreviewed.unreviewed()).extracting(UnreviewedPeriod::unit).containsExactly(V2);
    assertThat(unreviewed.lines(Locale.ENGLISH)).containsExactly(
        "Postings and supervision on 2024-01-01", "  v2: no supervision review in 2023-Q4");
    // a failed review only
    SupervisionReview failed = SupervisionReview.of(V1, "督查组", LocalDate.of(2023, 11, 5),
        false, "账目未公开");
    TransparencyReport failing = report(REVIEWS_ONLY, List.of(), List.of(failed,
        SupervisionReview.of(V2, "督查组", LocalDate.of(2023, 12, 31), true, null)),
        "2023-10-01", "2024-01-01");
    assertThat(failing.unreviewed()).isEmpty();
    assertThat(failing.failedReviews()).containsExactly(failed);
    assertThat(failing.isClear()).isFalse();
    assertThat(failing.lines(Locale.ENGLISH)).containsExactly(
        "Postings and supervision on 2024-01-01",
        "  v1: the review by 督查组 on 2023-11-05 found the postings not in order: 账目未公开");
  }

  @Test
  void aReviewCountsUpToTheReportsDayAndNotAfter() {
    SupervisionReview onTheDay = SupervisionReview.of(V1, "督查组", LocalDate.of(2024, 4, 1),
        false, null);
    SupervisionReview after = SupervisionReview.of(V2, "督查组", LocalDate.of(2024, 4, 2), false,
        null);
    TransparencyReport r = report(REVIEWS_ONLY, List.of(), List.of(onTheDay, after),
        "2024-01-01", "2024-04-01");
    assertThat(r.failedReviews()).containsExactly(onTheDay);
    // the first quarter ended on 31 March and neither reviewed it
    assertThat(r.unreviewed()).extracting(UnreviewedPeriod::unit).containsExactly(V1, V2);
  }

  @Test
  void postingItemsAndPostingsCheckTheirRanges() {
    assertThat(problems(() -> PostingItem.builder().from(AFFAIRS).withinWorkingDays(0).minDays(1)
        .build())).isEmpty();
    assertThat(problems(() -> PostingItem.builder().from(AFFAIRS).withinWorkingDays(60)
        .minDays(366).build())).isEmpty();
    assertThat(problems(() -> PostingItem.builder().from(AFFAIRS).withinWorkingDays(-1)
        .minDays(0).build())).containsExactly("/withinWorkingDays mediation.postingItem.within",
            "/minDays mediation.postingItem.minDays");
    assertThat(problems(() -> PostingItem.builder().from(AFFAIRS).withinWorkingDays(61)
        .minDays(367).every(PeriodKind.DAY).build())).containsExactly(
            "/every mediation.postingItem.every",
            "/withinWorkingDays mediation.postingItem.within",
            "/minDays mediation.postingItem.minDays");
    assertThat(problems(() -> posting(V1, YearMonth.of(2024, 1), "2024-02-01", 1))).isEmpty();
    assertThat(problems(() -> posting(V1, YearMonth.of(2024, 1), "2024-02-01", 0)))
        .containsExactly("/days mediation.posting.days");
  }

  @Test
  void aPledgeIsFulfilledOnTimeOnItsDueDayAndOverdueTheDayAfter() {
    Pledge open = pledge("2024-03-01", null, "2024-03-31", null);
    assertThat(open.fulfilledBy(LocalDate.of(2024, 12, 31))).isFalse();
    assertThat(open.overdueOn(LocalDate.of(2024, 3, 31))).isFalse();
    assertThat(open.overdueOn(LocalDate.of(2024, 4, 1))).isTrue();
    assertThat(open.fulfilledLate()).isFalse();
    Pledge onDue = pledge("2024-03-01", "2024-03-01", "2024-03-31", "2024-03-31");
    assertThat(onDue.fulfilledBy(LocalDate.of(2024, 3, 30))).isFalse();
    assertThat(onDue.fulfilledBy(LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(onDue.fulfilledLate()).isFalse();
    assertThat(onDue.overdueOn(LocalDate.of(2024, 4, 1))).isFalse();
    Pledge late = pledge("2024-03-01", null, "2024-03-31", "2024-04-01");
    assertThat(late.fulfilledLate()).isTrue();
    assertThat(late.overdueOn(LocalDate.of(2024, 4, 1))).isFalse();
    assertThat(late.overdueOn(LocalDate.of(2024, 3, 31))).isFalse();
    // a pledge due, shown and fulfilled the day it is made is in order
    assertThat(problems(() -> pledge("2024-03-01", "2024-03-01", "2024-03-01", "2024-03-01")))
        .isEmpty();
    assertThat(problems(() -> pledge("2024-03-01", "2024-02-29", "2024-02-29", "2024-02-29")))
        .containsExactly("/due mediation.pledge.due.order",
            "/shownOn mediation.pledge.shown.order", "/fulfilledOn mediation.pledge.fulfilled.order");
  }

  @Test
  void R_MED_7_pledgesRollUpFromTheGridToTheTownOnTheirDays() {
    LocalDate asOf = LocalDate.of(2024, 4, 1);
    List<Pledge> pledges = List.of(
        at("P1", "liwan-1", "2024-03-01", "2024-04-01", "2024-03-31", "2024-04-01"),
        at("P2", "liwan", "2024-03-01", "2024-04-02", "2024-03-20", null),
        at("P3", "weituo", "2024-04-01", null, "2024-05-01", null),
        at("P4", "liwan-1", "2024-04-02", "2024-04-02", "2024-05-01", "2024-04-02"));
    PledgeRollup r = PledgeRollup.compile(Fixtures.weituo(), pledges, asOf);
    assertThat(r.asOf()).isEqualTo(asOf);
    UnitId town = UnitId.of("weituo");
    UnitId liwan = UnitId.of("liwan");
    assertThat(List.of(r.get(town, PledgeRollup.MADE), r.get(town, PledgeRollup.SHOWN),
        r.get(town, PledgeRollup.FULFILLED), r.get(town, PledgeRollup.LATE),
        r.get(town, PledgeRollup.OVERDUE))).containsExactly(3L, 1L, 1L, 1L, 1L);
    assertThat(List.of(r.get(liwan, PledgeRollup.MADE), r.get(liwan, PledgeRollup.SHOWN),
        r.get(liwan, PledgeRollup.FULFILLED), r.get(liwan, PledgeRollup.LATE),
        r.get(liwan, PledgeRollup.OVERDUE))).containsExactly(2L, 1L, 1L, 1L, 1L);
    assertThat(r.get(UnitId.of("qixing"), PledgeRollup.MADE)).isZero();
    assertThat(r.line(town, Locale.ENGLISH)).isEqualTo("weituo on 2024-04-01: 3 pledge(s) made,"
        + " 1 shown, 1 fulfilled (1 late), 1 overdue");
  }

  @Test
  void rulesAndSmallPowersCheckTheirCodesAndSteps() {
    PostingItem fresh = PostingItem.builder().code("AFFAIRS").name("村务")
        .kind(AffairKind.VILLAGE).every(PeriodKind.MONTH).build();
    assertThat(fresh.withinWorkingDays()).isEqualTo(10);
    assertThat(fresh.minDays()).isEqualTo(7);
    assertThat(TransparencyRules.builder().build().reviewEvery()).isEqualTo(PeriodKind.QUARTER);
    assertThat(problems(() -> TransparencyRules.builder().addItems(fresh, fresh)
        .supervisor("town discipline").reviewEvery(PeriodKind.DAY).build())).containsExactly(
            "/items/1/code core.duplicate", "/supervisor core.code.syntax",
            "/reviewEvery mediation.review.every");
    assertThat(problems(() -> TransparencyRules.builder().supervisor("TOWN_DISCIPLINE").build()))
        .isEmpty();
    Step a = Step.builder().code("A").name("申请").build();
    Step b = Step.builder().code("B").name("审核").build();
    Step meeting = Step.builder().code("M").name("会议").atMeeting(true).build();
    assertThat(problems(() -> SmallPower.builder().code("P").name("权").body("TWO_COMMITTEES")
        .addSteps(a, a, meeting).build())).containsExactly("/steps/1/code core.duplicate",
            "/steps/2/atMeeting mediation.smallPower.meeting");
    SmallPower power = SmallPower.builder().code("P").name("权").body("TWO_COMMITTEES")
        .addSteps(a, b).build();
    assertThat(power.procedure().code()).isEqualTo("P");
    assertThat(power.procedure().steps()).containsExactly(a, b);
    Instant t = Fixtures.at("2024-03-04");
    MatterId m = MatterId.of("m-1");
    assertThat(power.audit(m, t, List.of(CompletedStep.of("A", t), CompletedStep.of("B", t))))
        .isEmpty();
    assertThat(power.audit(m, t, List.of(CompletedStep.of("A", t), CompletedStep.of("B", t),
        CompletedStep.of("A", t.plusSeconds(1))))).extracting(v -> v.path() + " " + v.messageKey())
        .containsExactly("/done/2/step mediation.step.finished");
    assertThatThrownBy(() -> TransparencyReport.compile(RULES, List.of(V1), List.of(), List.of(),
        CALENDAR, LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    Pledge p = pledge("2024-03-01", null, "2024-03-31", null);
    assertThat(problems(() -> PledgeRollup.compile(Fixtures.weituo(), List.of(p, p),
        LocalDate.of(2024, 4, 1)))).containsExactly("/1/code core.duplicate");
  }

  static Pledge pledge(String made, String shown, String due, String fulfilled) {
    return at("P1", "liwan", made, shown, due, fulfilled);
  }

  static Pledge at(String code, String unit, String made, String shown, String due,
      String fulfilled) {
    Pledge.Builder b = Pledge.builder().code(code).owner(PersonId.of("wt-p01"))
        .unit(UnitId.of(unit)).content("修好村道").madeOn(LocalDate.parse(made))
        .due(LocalDate.parse(due));
    if (shown != null) {
      b.shownOn(LocalDate.parse(shown));
    }
    if (fulfilled != null) {
      b.fulfilledOn(LocalDate.parse(fulfilled));
    }
    return b.build();
  }
}
