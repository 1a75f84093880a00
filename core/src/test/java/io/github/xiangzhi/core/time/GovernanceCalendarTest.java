package io.github.xiangzhi.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.profile.CoreSections;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.testkit.core.CoreGens;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GovernanceCalendarTest {

  /** The official 2024–2025 calendar preset, loaded as a county would load it. */
  static GovernanceCalendar official() {
    String yaml = "profile: {id: test, name: 测试}\ncalendar:\n"
        + new CoreSections.Calendar().presets().get("CHINA_2024_2025").indent(2);
    return ProfileLoader.standard().parse(yaml, "calendar").calendar();
  }

  @Test
  void R_CORE_5_springFestival2024AndItsMakeUpWorkdays() {
    GovernanceCalendar calendar = official();
    // 春节:2月10日至17日放假调休,共8天。2月4日(星期日)、2月18日(星期日)上班。
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue(); // a Sunday, worked
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 9))).isTrue(); // Friday, New Year's Eve
    for (LocalDate d = LocalDate.of(2024, 2, 10); !d.isAfter(LocalDate.of(2024, 2, 17));
        d = d.plusDays(1)) {
      assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
    }
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 18))).isTrue(); // a Sunday, worked
    // five working days from Thursday 8 February: Fri 9, then Sun 18, Mon 19, Tue 20, Wed 21
    assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 2, 8), 5))
        .isEqualTo(LocalDate.of(2024, 2, 21));
    assertThat(calendar.minusWorkingDays(LocalDate.of(2024, 2, 21), 5))
        .isEqualTo(LocalDate.of(2024, 2, 8));
    assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)))
        .isEqualTo(21 - 5 + 2); // 21 weekdays, 12-16 February off, two make-up Sundays
  }

  @Test
  void R_CORE_5_workingDaysIn2024MatchTheNotice() {
    // 2024 has 262 weekdays; the notice takes 19 of them off (Jan 1; Feb 12-16; Apr 4-5;
    // May 1-3; Jun 10; Sep 16-17; Oct 1-4 and 7) and adds 8 make-up weekend days: 251.
    GovernanceCalendar calendar = official();
    long naive = 0;
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        naive++;
      }
    }
    assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))
        .isEqualTo(naive)
        .isEqualTo(262 - 19 + 8); // 8 make-up workdays
  }

  @Test
  void R_CORE_5_propertyWorkingDayArithmeticAgreesWithADayByDayWalk() {
    qt().withExamples(300)
        .forAll(CoreGens.calendars(), integers().between(0, 800), integers().between(0, 40))
        .checkAssert((calendar, offset, n) -> {
          LocalDate start = LocalDate.of(2023, 5, 1).plusDays(offset);
          LocalDate walked = start;
          for (int left = n; left > 0; ) {
            walked = walked.plusDays(1);
            if (calendar.isWorkingDay(walked)) {
              left--;
            }
          }
          assertThat(calendar.plusWorkingDays(start, n)).isEqualTo(walked);
          LocalDate back = start;
          for (int left = n; left > 0; ) {
            back = back.minusDays(1);
            if (calendar.isWorkingDay(back)) {
              left--;
            }
          }
          assertThat(calendar.minusWorkingDays(start, n)).isEqualTo(back);
          LocalDate end = start.plusDays(n * 3L);
          long counted = 0;
          for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
              counted++;
            }
          }
          assertThat(calendar.workingDaysBetween(start, end)).isEqualTo(counted);
          assertThat(calendar.workingDaysBetween(end, start)).isEqualTo(-counted);
        });
  }

  @Test
  void R_CORE_5_isWorkingDayAgreesWithTheDefinition() {
    qt().withExamples(200).forAll(CoreGens.calendars(), integers().between(0, 800))
        .checkAssert((calendar, offset) -> {
          LocalDate d = LocalDate.of(2023, 5, 1).plusDays(offset);
          boolean makeUp = calendar.workdays().stream().anyMatch(w -> w.date().equals(d));
          boolean holiday = calendar.holidays().stream().anyMatch(h -> h.contains(d));
          boolean expected =
              makeUp || (!calendar.weekend().contains(d.getDayOfWeek()) && !holiday);
          assertThat(calendar.isWorkingDay(d)).isEqualTo(expected);
        });
  }

  @Test
  void R_CORE_5_daysBeginInTheCalendarsZoneNotTheMachines() {
    GovernanceCalendar calendar = GovernanceCalendar.standard();
    // 2024-02-09 17:00 UTC is already Saturday 10 February 01:00 in Shanghai
    Instant lateFriday = Instant.parse("2024-02-09T17:00:00Z");
    assertThat(calendar.isWorkingDay(lateFriday)).isFalse();
    assertThat(calendar.today(Clock.fixed(lateFriday, ZoneOffset.UTC)))
        .isEqualTo(LocalDate.of(2024, 2, 10));
  }

  @Test
  void R_CORE_5_inconsistentCalendarsAreRejectedNamingTheDay() {
    assertThatThrownBy(() -> GovernanceCalendar.builder()
        .addWorkdays(MakeUpWorkday.of(LocalDate.of(2024, 2, 7), "春节")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Make-up workday 2024-02-07 is a Wednesday, not a weekend day");
    InvalidValueException wednesday = catchThrowableOfType(() -> GovernanceCalendar.builder()
        .addWorkdays(MakeUpWorkday.of(LocalDate.of(2024, 2, 7), "春节")).build(),
        InvalidValueException.class);
    assertThat(wednesday.violations().get(0).message(Locale.CHINA))
        .isEqualTo("调休上班日 2024-02-07 是星期三,不是休息日");
    assertThatThrownBy(() -> GovernanceCalendar.builder()
        .addHolidays(Holiday.of("春节", LocalDate.of(2024, 2, 3), LocalDate.of(2024, 2, 17)))
        .addWorkdays(MakeUpWorkday.of(LocalDate.of(2024, 2, 4), "春节")).build())
        .hasMessage("Make-up workday 2024-02-04 falls inside the holiday 春节");
    assertThatThrownBy(() -> GovernanceCalendar.builder()
        .weekend(java.util.EnumSet.allOf(DayOfWeek.class)).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Holiday.of("春节", LocalDate.of(2024, 2, 17), LocalDate.of(2024, 2, 10)))
        .hasMessage("Holiday 春节 ends (2024-02-10) before it starts (2024-02-17)");
    assertThatThrownBy(() -> GovernanceCalendar.standard().plusWorkingDays(LocalDate.now(
        Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
