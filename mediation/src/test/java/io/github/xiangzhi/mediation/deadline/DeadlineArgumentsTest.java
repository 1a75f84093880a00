package io.github.xiangzhi.mediation.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A deadline's limit and reminder at their edges (R-MED-1: each tier's time limit). */
class DeadlineArgumentsTest {

  static final GovernanceCalendar CALENDAR = GovernanceCalendar.standard();
  static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);
  static final Instant MONDAY_MORNING = Instant.parse("2024-03-04T01:00:00Z");

  @Test
  void R_MED_1_aLimitIsAtLeastADayAndTheReminderFallsWithinIt() {
    for (int[] bad : new int[][] {{0, 0}, {3, -1}, {3, 3}}) {
      assertThatThrownBy(() -> Deadline.compute("GRID", MONDAY, bad[0], bad[1], CALENDAR))
          .as("%d, %d", bad[0], bad[1]).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Deadline.compute("GRID", MONDAY_MORNING, bad[0], bad[1],
          CALENDAR)).as("%d, %d", bad[0], bad[1]).isInstanceOf(IllegalArgumentException.class);
    }
    Deadline one = Deadline.compute("GRID", MONDAY_MORNING, 1, 0, CALENDAR);
    assertThat(one.limitDays()).isEqualTo(1);
    assertThat(one.lastDay()).isAfter(MONDAY);
    Deadline reminded = Deadline.compute("GRID", MONDAY, 3, 2, CALENDAR);
    assertThat(reminded.remindAt()).isBefore(reminded.dueAt());
  }

  @Test
  void aDeadlineReadBackIsCheckedLikeOneComputed() {
    Deadline d = Deadline.compute("GRID", MONDAY, 3, 1, CALENDAR);
    assertThatThrownBy(() -> Deadline.builder().from(d).limitDays(0).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("0");
    assertThatThrownBy(() -> Deadline.builder().from(d).remindAt(d.dueAt()).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Deadline.builder().from(d).lastDay(MONDAY.minusDays(1)).build())
        .isInstanceOf(InvalidValueException.class);
  }
}
