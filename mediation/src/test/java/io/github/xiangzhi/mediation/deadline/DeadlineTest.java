package io.github.xiangzhi.mediation.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.testkit.core.CoreGens;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.mediation.matter.Docket;
import io.github.xiangzhi.mediation.matter.EscalationReason;
import io.github.xiangzhi.mediation.matter.MatterEvent;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.Severity;
import io.github.xiangzhi.mediation.matter.SweepResult;
import io.github.xiangzhi.testkit.core.Examples;
import io.github.xiangzhi.testkit.mediation.Fixtures;
import io.github.xiangzhi.testkit.mediation.TestDockets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  static final MatterId M = MatterId.of("m-1");

  static Instant startOf(String date) {
    return LocalDate.parse(date).atStartOfDay(Fixtures.CHINA).toInstant();
  }

  @Test
  void R_MED_1_aGridDeadlineAcrossTheSpringFestival2024() {
    // Weituo's grid tier: 5 working days. Filed on Thursday 8 February 2024; the holiday runs
    // from 10 to 17 February, Sunday 18 February is a make-up workday:
    // Fri 9 (1), Sun 18 (2), Mon 19 (3), Tue 20 (4), Wed 21 (5).
    Docket docket = TestDockets.weituo(Fixtures.at("2024-02-08"));
    docket.open(TestDockets.report("m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"),
        Fixtures.at("2024-02-08"));
    MatterEvent filed = docket.file(M, Fixtures.at("2024-02-08"));
    Deadline d = filed.deadline().orElseThrow();
    assertThat(d.tier()).isEqualTo("GRID");
    assertThat(d.limitDays()).isEqualTo(5);
    assertThat(d.start()).isEqualTo(LocalDate.of(2024, 2, 8));
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2024, 2, 21));
    assertThat(d.dueAt()).isEqualTo(startOf("2024-02-22"));
    assertThat(d.remindAt()).isEqualTo(startOf("2024-02-20")); // one working day before
    assertThat(docket.deadline(M)).contains(d);

    assertThat(docket.sweep(Fixtures.at("2024-02-18", 10, 0)).due()).isEmpty();
    List<DueItem> reminder = docket.due(Fixtures.at("2024-02-20", 8, 0));
    assertThat(reminder).containsExactly(DueItem.of(M, DueKind.REMINDER, d));
    assertThat(reminder.get(0).kind().text(Locale.CHINA)).isEqualTo("临期提醒");
    assertThat(docket.sweep(Fixtures.at("2024-02-21", 23, 59)).due()).isEmpty();

    SweepResult late = docket.sweep(startOf("2024-02-22"));
    assertThat(late.due()).containsExactly(DueItem.of(M, DueKind.OVERDUE, d));
    assertThat(late.escalations()).hasSize(1);
    MatterEvent up = late.escalations().get(0);
    assertThat(up.reason()).contains(EscalationReason.OVERDUE);
    assertThat(up.tier()).contains("VILLAGE");
    assertThat(up.unit().orElseThrow().value()).isEqualTo("liwan");
    // the village's 15 working days start on Thursday 22 February
    assertThat(up.deadline().orElseThrow().lastDay())
        .isEqualTo(Fixtures.officialCalendar().plusWorkingDays(LocalDate.of(2024, 2, 22), 15))
        .isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(docket.matter(M).missedDeadline()).isTrue();
  }

  @Test
  void R_MED_1_aGridDeadlineAcrossTheSpringFestival2025AndItsMakeUpSunday() {
    // Anlan's grid tier: 3 working days from Friday 24 January 2025: Sunday 26 January is a
    // make-up workday (1), Monday 27 (2), then 28 January to 4 February off, Wednesday 5 (3).
    GovernanceCalendar calendar = Fixtures.officialCalendar();
    Deadline d = Deadline.compute("GRID", Fixtures.at("2025-01-24", 17, 30), 3, 1, calendar);
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2025, 2, 5));
    assertThat(d.remindAt()).isEqualTo(startOf("2025-01-27"));
    assertThat(d.dueAt()).isEqualTo(startOf("2025-02-06"));
    // late on Friday evening in China is still Friday: days are taken in the calendar's zone
    Instant fridayNightInChina = ZonedDateTime.of(2025, 1, 24, 23, 30, 0, 0, Fixtures.CHINA)
        .toInstant();
    assertThat(Deadline.compute("GRID", fridayNightInChina, 3, 1, calendar)).isEqualTo(d);
    // without the holiday notices the same limit ends on Wednesday 29 January
    assertThat(Deadline.compute("GRID", Fixtures.at("2025-01-24"), 3, 1,
        GovernanceCalendar.standard()).lastDay()).isEqualTo(LocalDate.of(2025, 1, 29));
  }

  @Test
  void R_MED_1_deadlinesAgreeWithADayByDayWalkOnAnyCalendar() {
    qt().withExamples(Examples.of(300)).forAll(CoreGens.calendars(), integers().between(0, 700),
        integers().between(1, 30), integers().between(0, 1000))
        .checkAssert((calendar, offset, limit, anyRemind) -> {
          int remind = anyRemind % limit; // a reminder lies within the limit
          LocalDate start = LocalDate.of(2023, 5, 1).plusDays(offset);
          LocalDate last = start;
          for (int left = limit; left > 0; ) {
            last = last.plusDays(1);
            if (calendar.isWorkingDay(last)) {
              left--;
            }
          }
          LocalDate remindDay = last;
          for (int left = remind; left > 0; ) {
            remindDay = remindDay.minusDays(1);
            if (calendar.isWorkingDay(remindDay)) {
              left--;
            }
          }
          Deadline d = Deadline.compute("T", start, limit, remind, calendar);
          assertThat(d.lastDay()).isEqualTo(last);
          assertThat(d.dueAt()).isEqualTo(last.plusDays(1).atStartOfDay(calendar.zone())
              .toInstant());
          assertThat(d.remindAt()).isEqualTo(remindDay.atStartOfDay(calendar.zone()).toInstant());
          assertThat(d.remindAt()).isBefore(d.dueAt());
        });
  }

  @Test
  void aLimitMustBePositiveAndTheReminderWithinIt() {
    GovernanceCalendar calendar = GovernanceCalendar.standard();
    assertThatThrownBy(() -> Deadline.compute("GRID", Fixtures.at("2024-03-04"), 0, 0, calendar))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> Deadline.compute("GRID", Fixtures.at("2024-03-04"), 3, 3, calendar))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reminder");
  }

  // ---------------------------------------------------------------- the scheduler

  /** A naive scheduler: a map scanned in full on every sweep. */
  static final class NaiveScheduler {
    final Map<MatterId, Deadline> deadlines = new HashMap<>();
    final Set<MatterId> reminded = new HashSet<>();

    void schedule(MatterId id, Deadline d) {
      deadlines.put(id, d);
      reminded.remove(id);
    }

    void cancel(MatterId id) {
      deadlines.remove(id);
      reminded.remove(id);
    }

    Set<DueItem> due(Instant now) {
      Set<DueItem> out = new HashSet<>();
      for (Map.Entry<MatterId, Deadline> e : new ArrayList<>(deadlines.entrySet())) {
        Deadline d = e.getValue();
        if (!now.isBefore(d.dueAt())) {
          out.add(DueItem.of(e.getKey(), DueKind.OVERDUE, d));
          cancel(e.getKey());
        } else if (!reminded.contains(e.getKey()) && !now.isBefore(d.remindAt())) {
          out.add(DueItem.of(e.getKey(), DueKind.REMINDER, d));
          reminded.add(e.getKey());
        }
      }
      return out;
    }
  }

  static final Instant BASE = startOf("2024-03-01");

  /** Deadlines whose instants fall on a few dozen day starts, so buckets are shared. */
  static Deadline deadline(int remindDay, int extraDays) {
    return Deadline.builder().tier("T").start(LocalDate.of(2024, 3, 1)).limitDays(1 + extraDays)
        .lastDay(LocalDate.of(2024, 3, 1).plusDays(remindDay + extraDays))
        .remindAt(BASE.plus(Duration.ofDays(remindDay)))
        .dueAt(BASE.plus(Duration.ofDays(remindDay + 1 + extraDays))).build();
  }

  @Test
  void R_MED_1_theSchedulerAgreesWithANaiveScan() {
    // commands: [op 0..9, matter 0..19, day 0..30, extra 0..5]
    qt().withExamples(Examples.of(300)).forAll(lists().of(lists().of(integers().between(0, 30))
            .ofSize(4)).ofSizeBetween(1, 120))
        .checkAssert(commands -> {
          EscalationScheduler scheduler = EscalationScheduler.create();
          NaiveScheduler naive = new NaiveScheduler();
          Instant now = BASE;
          for (List<Integer> c : commands) {
            int op = c.get(0) % 10;
            MatterId id = MatterId.of("m" + (c.get(1) % 20));
            if (op < 5) {
              Deadline d = deadline(c.get(2), c.get(3) % 6);
              scheduler.schedule(id, d);
              naive.schedule(id, d);
            } else if (op < 7) {
              assertThat(scheduler.cancel(id)).isEqualTo(naive.deadlines.containsKey(id));
              naive.cancel(id);
            } else {
              now = now.plus(Duration.ofHours(c.get(2) * 3L));
              List<DueItem> due = scheduler.due(now);
              assertThat(new HashSet<>(due)).isEqualTo(naive.due(now));
              assertThat(due).hasSize(new HashSet<>(due).size());
              for (int i = 1; i < due.size(); i++) {
                assertThat(due.get(i).at()).isAfterOrEqualTo(due.get(i - 1).at());
              }
            }
            assertThat(scheduler.size()).isEqualTo(naive.deadlines.size());
            for (int m = 0; m < 20; m++) {
              MatterId k = MatterId.of("m" + m);
              assertThat(scheduler.deadline(k)).isEqualTo(
                  java.util.Optional.ofNullable(naive.deadlines.get(k)));
              assertThat(scheduler.reminderPending(k)).isEqualTo(
                  naive.deadlines.containsKey(k) && !naive.reminded.contains(k));
            }
            Instant earliest = null;
            for (Map.Entry<MatterId, Deadline> e : naive.deadlines.entrySet()) {
              Instant next = naive.reminded.contains(e.getKey()) ? e.getValue().dueAt()
                  : e.getValue().remindAt();
              earliest = earliest == null || next.isBefore(earliest) ? next : earliest;
            }
            assertThat(scheduler.nextDue()).isEqualTo(java.util.Optional.ofNullable(earliest));
          }
        });
  }

  @Test
  void R_MED_1_aSchedulerRefusesAClockGoingBackwardsAndChangesNothing() {
    EscalationScheduler scheduler = EscalationScheduler.create();
    Deadline d = deadline(2, 1);
    scheduler.schedule(M, d);
    assertThat(scheduler.due(BASE.plus(Duration.ofDays(1)))).isEmpty();
    assertThatThrownBy(() -> scheduler.due(BASE))
        .isInstanceOf(ClockWentBackwardsException.class)
        .hasMessageContaining("the clock went backwards");
    assertThat(scheduler.lastSweep()).contains(BASE.plus(Duration.ofDays(1)));
    assertThat(scheduler.reminderPending(M)).isTrue();
    assertThat(scheduler.due(Fixtures.clock(BASE.plus(Duration.ofDays(2)))))
        .containsExactly(DueItem.of(M, DueKind.REMINDER, d));
  }
}
