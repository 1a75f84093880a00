package io.github.xiangzhi.mediation.matter;

import static io.github.xiangzhi.testkit.mediation.TestDockets.APPLICANT;
import static io.github.xiangzhi.testkit.mediation.TestDockets.RESPONDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.MediationSection;
import io.github.xiangzhi.mediation.deadline.ClockWentBackwardsException;
import io.github.xiangzhi.mediation.deadline.Deadline;
import io.github.xiangzhi.mediation.deadline.DueItem;
import io.github.xiangzhi.mediation.deadline.DueKind;
import io.github.xiangzhi.testkit.mediation.Fixtures;
import io.github.xiangzhi.testkit.mediation.TestDockets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The docket as an API: the commands that read its clock, what each command returns, the
 * queries, and the deadlines it schedules and shares.
 */
class DocketApiTest {

  static final MatterId M = MatterId.of("m-1");
  static final MatterId N = MatterId.of("m-2");
  static final Instant T0 = Fixtures.at("2024-03-04");

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now;

    MovingClock(Instant now) {
      this.now = now;
    }

    Instant tick() {
      now = now.plusSeconds(60);
      return now;
    }

    @Override
    public ZoneId getZone() {
      return Fixtures.CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static Docket docket(MovingClock clock) {
    return TestDockets.docket(Fixtures.preset("WEITUO"), Fixtures.weituo(),
        Fixtures.officialCalendar(), clock);
  }

  /** Asserts that {@code e} is the matter's last event, of {@code type}, at {@code at}. */
  static void last(Docket d, MatterEvent e, EventType type, Instant at) {
    assertThat(e).isNotNull();
    assertThat(e.type()).isEqualTo(type);
    assertThat(e.at()).isEqualTo(at);
    List<MatterEvent> history = d.matter(e.matter()).history();
    assertThat(history.get(history.size() - 1)).isEqualTo(e);
  }

  @Test
  void R_MED_4_commandsWithoutAnInstantActAtTheDocketsClockAndReturnTheirEvent() {
    MovingClock clock = new MovingClock(T0);
    Docket d = docket(clock);
    assertThat(d.clock()).isSameAs(clock);
    assertThat(d.hierarchy().contains(io.github.xiangzhi.core.id.UnitId.of("liwan-1-a")))
        .isTrue();
    assertThat(d.calendar()).isEqualTo(Fixtures.officialCalendar());
    StaffMember everyone = TestDockets.everyone(d.policy());
    last(d, d.open(TestDockets.report("m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY,
        "liwan-1-a")), EventType.REPORT, clock.now);
    assertThat(d.lastInstant()).contains(T0);
    last(d, d.file(M), EventType.FILE, T0);
    clock.tick();
    last(d, d.assign(M, everyone), EventType.ASSIGN, clock.now);
    clock.tick();
    last(d, d.step(M, "PROPOSE"), EventType.STEP, clock.now);
    clock.tick();
    last(d, d.investigate(M), EventType.INVESTIGATE, clock.now);
    clock.tick();
    last(d, d.escalate(M, EscalationReason.FAILED), EventType.ESCALATE, clock.now);
    clock.tick();
    last(d, d.assign(M, everyone), EventType.ASSIGN, clock.now);
    last(d, d.investigate(M), EventType.INVESTIGATE, clock.now);
    clock.tick();
    last(d, d.resolve(M, Feedback.of(Outcome.SETTLED, Satisfaction.SATISFIED)),
        EventType.RESOLVE, clock.now);
    clock.tick();
    last(d, d.reopen(M, APPLICANT), EventType.REOPEN, clock.now);
    clock.tick();
    last(d, d.withdraw(M, RESPONDENT), EventType.WITHDRAW, clock.now);
    clock.tick();
    last(d, d.archive(M), EventType.ARCHIVE, clock.now);
    assertThat(d.lastInstant()).contains(clock.now);
    last(d, d.open(TestDockets.report("m-2", MatterKind.NEIGHBOUR, Severity.ORDINARY,
        "liwan-1-a")), EventType.REPORT, clock.now);
    last(d, d.markDuplicate(N, M), EventType.MARK_DUPLICATE, clock.now);
    assertThat(d.due()).isEmpty();
    assertThat(d.sweep().due()).isEmpty();
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.ids()).containsExactly(M, N);
    assertThat(d.matters().map(Matter::id).collect(Collectors.toList())).containsExactly(M, N);
    // a query of the clock in the past is refused like a command
    clock.now = T0;
    assertThatThrownBy(d::due).isInstanceOf(ClockWentBackwardsException.class);
    assertThatThrownBy(d::sweep).isInstanceOf(ClockWentBackwardsException.class);
  }

  @Test
  void R_MED_1_dueAtTheClockFindsWhatIsDueAndNeverLooksBeforeTheLastCommand() {
    MovingClock clock = new MovingClock(T0);
    Docket d = docket(clock);
    d.open(TestDockets.report("m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"));
    d.file(M);
    Deadline grid = d.deadline(M).orElseThrow();
    clock.now = grid.remindAt();
    assertThat(d.due()).extracting(DueItem::matter, DueItem::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(M, DueKind.REMINDER));
    // a docket whose last command came after the instant asked about refuses the query
    Docket e = TestDockets.weituo(T0);
    e.open(TestDockets.report("m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"),
        T0.plusSeconds(3600));
    assertThatThrownBy(() -> e.due(T0)).isInstanceOf(ClockWentBackwardsException.class);
    assertThat(e.lastInstant()).contains(T0.plusSeconds(3600));
  }

  @Test
  void R_MED_1_escalatingAndReopeningStartANewLimitThatComesDue() {
    Docket d = TestDockets.weituo(T0);
    d.open(TestDockets.report("m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"), T0);
    d.file(M, T0);
    d.escalate(M, EscalationReason.FAILED, T0.plusSeconds(60));
    Deadline village = d.deadline(M).orElseThrow();
    assertThat(village.tier()).isEqualTo("VILLAGE");
    List<DueItem> due = d.due(village.remindAt());
    assertThat(due).extracting(DueItem::matter, DueItem::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(M, DueKind.REMINDER));
    assertThat(d.lastInstant()).contains(village.remindAt());

    Docket e = TestDockets.weituo(T0);
    e.open(TestDockets.report("m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"), T0);
    e.file(M, T0);
    e.assign(M, TestDockets.everyone(e.policy()), T0);
    e.investigate(M, T0);
    e.resolve(M, Feedback.of(Outcome.SETTLED, Satisfaction.SATISFIED), T0);
    e.reopen(M, APPLICANT, T0.plus(Duration.ofDays(2)));
    Deadline again = e.deadline(M).orElseThrow();
    assertThat(e.due(again.remindAt())).extracting(DueItem::matter, DueItem::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(M, DueKind.REMINDER));
  }

  @Test
  void R_MED_1_mattersShareADeadlineOnlyWithTheSameTierDayAndLimit() {
    Docket d = TestDockets.weituo(T0);
    d.open(TestDockets.report("m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"), T0);
    d.open(TestDockets.report("m-2", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-2"), T0);
    d.open(TestDockets.report("m-3", MatterKind.LABOUR, Severity.ORDINARY, "liwan-2"), T0);
    d.open(TestDockets.report("m-4", MatterKind.NEIGHBOUR, Severity.ORDINARY, "qixing-1"), T0);
    d.file(M, T0);
    d.file(N, T0.plusSeconds(60));
    d.file(MatterId.of("m-3"), T0.plusSeconds(60));
    d.file(MatterId.of("m-4"), T0.plus(Duration.ofDays(1)));
    Deadline grid = d.deadline(M).orElseThrow();
    assertThat(d.deadline(N)).containsSame(grid);
    Deadline town = d.deadline(MatterId.of("m-3")).orElseThrow();
    assertThat(town.tier()).isEqualTo("TOWN");
    assertThat(town.limitDays()).isEqualTo(10);
    Deadline nextDay = d.deadline(MatterId.of("m-4")).orElseThrow();
    assertThat(nextDay.start()).isEqualTo(grid.start().plusDays(1));
    assertThat(nextDay.lastDay()).isAfter(grid.lastDay());
    // the same tier and day with another limit: a town matter escalated there today
    d.escalate(N, EscalationReason.FAILED, T0.plus(Duration.ofDays(1)));
    d.escalate(N, EscalationReason.FAILED, T0.plus(Duration.ofDays(1)));
    Deadline escalated = d.deadline(N).orElseThrow();
    assertThat(escalated.tier()).isEqualTo("TOWN");
    assertThat(escalated.limitDays()).isEqualTo(20);
    d.open(TestDockets.report("m-5", MatterKind.LABOUR, Severity.ORDINARY, "liwan-2"),
        T0.plus(Duration.ofDays(1)));
    d.file(MatterId.of("m-5"), T0.plus(Duration.ofDays(1)));
    assertThat(d.deadline(MatterId.of("m-5")).orElseThrow().limitDays()).isEqualTo(10);
  }

  @Test
  void R_MED_1_aOneDayLimitIsRemindedOnItsOwnLastDay() {
    String yaml = "profile: {id: test, name: 测试}\nmediation:\n" + new MediationSection()
        .presets().get("WEITUO").replace("body: TOWN_DEPARTMENT, limitDays: 10}",
            "body: TOWN_DEPARTMENT, limitDays: 1}").indent(2);
    MediationPolicy policy = Fixtures.LOADER.parse(yaml, "one-day")
        .section(MediationPolicy.class).orElseThrow();
    Hierarchy weituo = Fixtures.weituo();
    Docket d = TestDockets.docket(policy, weituo, T0);
    d.open(TestDockets.report("m-1", MatterKind.LABOUR, Severity.ORDINARY, "liwan-2"), T0);
    d.file(M, T0);
    Deadline oneDay = d.deadline(M).orElseThrow();
    assertThat(oneDay.limitDays()).isEqualTo(1);
    assertThat(oneDay.lastDay()).isEqualTo(java.time.LocalDate.of(2024, 3, 5));
    assertThat(oneDay.remindAt()).isEqualTo(Fixtures.at("2024-03-05", 0, 0));
  }

  @Test
  void valuesNameThemselvesInBothLanguages() {
    assertThat(Transitions.allows(MatterState.RESOLVED, EventType.ESCALATE)).isFalse();
    assertThat(Transitions.allows(MatterState.FILED, EventType.ESCALATE)).isTrue();
    assertThat(Transitions.next(MatterState.ARCHIVED, EventType.REOPEN)).isEmpty();
    assertThat(Satisfaction.SATISFIED.satisfied()).isTrue();
    assertThat(Satisfaction.BASICALLY_SATISFIED.satisfied()).isTrue();
    assertThat(Satisfaction.DISSATISFIED.satisfied()).isFalse();
    assertThat(Satisfaction.DISSATISFIED.text(Locale.ENGLISH)).isEqualTo("dissatisfied");
    assertThat(Outcome.SETTLED.text(Locale.ENGLISH)).isEqualTo("settled");
    assertThat(Side.RESPONDENT.text(Locale.ENGLISH)).isEqualTo("respondent");
    assertThat(MatterKind.NEIGHBOUR.text(Locale.ENGLISH)).isEqualTo("neighbour dispute");
    assertThat(Channel.PATROL.text(Locale.ENGLISH)).isEqualTo("patrol");
    assertThat(Severity.MAJOR.text(Locale.ENGLISH)).isEqualTo("major, complex or difficult");
    assertThat(EscalationReason.FAILED.text(Locale.ENGLISH)).isNotBlank()
        .isNotEqualTo(EscalationReason.OVERDUE.text(Locale.ENGLISH));
    assertThat(Party.of("p-li", Side.INTERESTED))
        .isEqualTo(Party.of(PersonId.of("p-li"), Side.INTERESTED));
    MatterReport plain = MatterReport.builder().id(M).kind(MatterKind.LAND)
        .location(io.github.xiangzhi.core.id.UnitId.of("liwan-2"))
        .reporter(PersonId.of("gw-1")).channel(Channel.PATROL).summary("地界").build();
    assertThat(plain.severity()).isEqualTo(Severity.ORDINARY);
  }
}
