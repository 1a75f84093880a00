package io.github.xiangzhi.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.testkit.core.CoreGens;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class GovernancePeriodTest {
  private static final ZoneId SHANGHAI = GovernanceCalendar.CHINA;

  @Test
  void R_CORE_5_periodsHaveExactBoundariesInTheConfiguredZone() {
    GovernancePeriod year = GovernancePeriod.ofYear(2024);
    assertThat(year.start()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(year.lengthInDays()).isEqualTo(366);
    assertThat(year.startInstant(SHANGHAI)).isEqualTo(Instant.parse("2023-12-31T16:00:00Z"));
    assertThat(year.endInstant(SHANGHAI)).isEqualTo(Instant.parse("2024-12-31T16:00:00Z"));
    // the last instant of 2024 in Shanghai is in 2024, the next is in 2025
    assertThat(year.contains(Instant.parse("2024-12-31T15:59:59.999999999Z"), SHANGHAI)).isTrue();
    assertThat(year.contains(Instant.parse("2024-12-31T16:00:00Z"), SHANGHAI)).isFalse();
    GovernancePeriod q1 = GovernancePeriod.ofQuarter(2024, 1);
    assertThat(q1.end()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(q1.next()).isEqualTo(GovernancePeriod.ofQuarter(2024, 2));
    assertThat(q1.previous()).isEqualTo(GovernancePeriod.ofQuarter(2023, 4));
    assertThat(GovernancePeriod.ofMonth(YearMonth.of(2024, 2)).lengthInDays()).isEqualTo(29);
    assertThat(GovernancePeriod.current(PeriodKind.QUARTER,
        Clock.fixed(Instant.parse("2024-03-31T16:30:00Z"), ZoneOffset.UTC)))
        .isEqualTo(q1); // the clock's zone is UTC: 31 March there
  }

  @Test
  void R_CORE_5_periodsParseTheirOwnText() {
    assertThat(GovernancePeriod.parse("2024")).isEqualTo(GovernancePeriod.ofYear(2024));
    assertThat(GovernancePeriod.parse("2024-Q3")).isEqualTo(GovernancePeriod.ofQuarter(2024, 3));
    assertThat(GovernancePeriod.parse("2024-03").kind()).isEqualTo(PeriodKind.MONTH);
    assertThat(GovernancePeriod.parse("2024-03-05").kind()).isEqualTo(PeriodKind.DAY);
    assertThatThrownBy(() -> GovernancePeriod.parse("2024-Q5"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("'2024-Q5'");
    assertThatThrownBy(() -> GovernancePeriod.parse("2024-02-30"))
        .isInstanceOf(InvalidValueException.class);
    qt().forAll(CoreGens.periods()).checkAssert(p -> {
      assertThat(GovernancePeriod.parse(p.toString())).isEqualTo(p);
    });
  }

  @Test
  void R_CORE_5_everyDayBelongsToExactlyOnePeriodOfEachKind() {
    qt().forAll(CoreGens.periods(), CoreGens.dates()).checkAssert((p, d) -> {
      GovernancePeriod containing = GovernancePeriod.containing(p.kind(), d);
      assertThat(containing.contains(d)).isTrue();
      assertThat(p.contains(d)).isEqualTo(p.equals(containing));
      assertThat(p.next().start()).isEqualTo(p.endExclusive());
      assertThat(p.next().previous()).isEqualTo(p);
    });
  }
}
