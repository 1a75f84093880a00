package io.github.xiangzhi.mediation.matter;

import static io.github.xiangzhi.testkit.mediation.TestDockets.APPLICANT;
import static io.github.xiangzhi.testkit.mediation.TestDockets.RESPONDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.mediation.deadline.Deadline;
import io.github.xiangzhi.testkit.mediation.Fixtures;
import io.github.xiangzhi.testkit.mediation.TestDockets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a matter remembers along the closed loop (R-MED-4): each event's mark on the matter's
 * view — tiers, units, handler, deadlines, resolution, reopenings, withdrawal — and what the
 * docket and a stored history refuse.
 */
class MatterLifecycleTest {

  static final MatterId M = MatterId.of("m-1");
  static final Instant T0 = Fixtures.at("2024-03-04"); // a Monday, 9:00

  static Instant hours(int h) {
    return T0.plus(Duration.ofHours(h));
  }

  @Test
  void R_MED_4_everyStepOfTheLoopLeavesItsMarkOnTheMatter() {
    Docket d = TestDockets.weituo(T0);
    StaffMember everyone = TestDockets.everyone(d.policy());
    d.open(TestDockets.report("m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"), T0);
    Matter reported = d.matter(M);
    assertThat(reported.state()).isEqualTo(MatterState.REPORTED);
    assertThat(reported.id()).isEqualTo(M);
    assertThat(reported.reportedAt()).isEqualTo(T0);
    assertThat(reported.lastAt()).isEqualTo(T0);
    assertThat(reported.tier()).isEmpty();
    assertThat(reported.entryTier()).isEmpty();
    assertThat(reported.unit()).isEmpty();
    assertThat(reported.deadline()).isEmpty();
    assertThat(reported.route()).isEmpty();
    assertThat(reported.filedAt()).isEmpty();
    assertThat(d.deadline(M)).isEmpty();
    assertThat(d.historySize(M)).isEqualTo(1);

    d.file(M, hours(1));
    Matter filed = d.matter(M);
    assertThat(filed.tier()).contains("GRID");
    assertThat(filed.entryTier()).contains("GRID");
    assertThat(filed.unit()).contains(UnitId.of("liwan-1"));
    assertThat(filed.filedAt()).contains(hours(1));
    assertThat(filed.lastAt()).isEqualTo(hours(1));
    assertThat(filed.route().orElseThrow().procedure()).contains("ONE_THREE_SIX");
    Deadline grid = filed.deadline().orElseThrow();
    assertThat(grid.tier()).isEqualTo("GRID");
    assertThat(grid.limitDays()).isEqualTo(5);
    assertThat(grid.start()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(grid.lastDay()).isEqualTo(LocalDate.of(2024, 3, 11));
    assertThat(d.deadline(M)).contains(grid);

    d.assign(M, everyone, hours(2));
    assertThat(d.matter(M).handler()).contains(everyone.id());
    d.investigate(M, hours(3));
    d.step(M, "PROPOSE", hours(4));
    d.step(M, "SORT", hours(5));
    assertThat(d.matter(M).stepsDone()).isEqualTo(2);
    assertThat(d.deliberation(M)).isPresent();

    // escalated a second before the grid's limit ran out: not missed
    Instant beforeDue = grid.dueAt().minusSeconds(1);
    d.escalate(M, EscalationReason.FAILED, beforeDue);
    Matter village = d.matter(M);
    assertThat(village.missedDeadline()).isFalse();
    assertThat(village.tier()).contains("VILLAGE");
    assertThat(village.entryTier()).contains("GRID");
    assertThat(village.unit()).contains(UnitId.of("liwan"));
    assertThat(village.handler()).isEmpty();
    assertThat(village.escalations()).isEqualTo(1);
    assertThat(village.deadline().orElseThrow().tier()).isEqualTo("VILLAGE");
    assertThat(village.deadline().orElseThrow().limitDays()).isEqualTo(15);

    d.assign(M, everyone, beforeDue.plusSeconds(60));
    d.investigate(M, beforeDue.plusSeconds(120));
    Feedback settled = Feedback.of(Outcome.SETTLED, Satisfaction.SATISFIED);
    Instant resolvedAt = beforeDue.plusSeconds(180);
    d.resolve(M, settled, resolvedAt);
    Matter resolved = d.matter(M);
    assertThat(resolved.state()).isEqualTo(MatterState.RESOLVED);
    assertThat(resolved.resolvedAt()).contains(resolvedAt);
    assertThat(resolved.resolvedTier()).contains("VILLAGE");
    assertThat(resolved.feedback()).contains(settled);
    assertThat(resolved.missedDeadline()).isFalse();
    assertThat(d.deadline(M)).isEmpty();

    // reopened at the village, which is not where the route started: the village's own limit
    Instant reopenedAt = resolvedAt.plus(Duration.ofDays(1));
    d.reopen(M, APPLICANT, reopenedAt);
    Matter reopened = d.matter(M);
    assertThat(reopened.state()).isEqualTo(MatterState.REOPENED);
    assertThat(reopened.reopenings()).isEqualTo(1);
    assertThat(reopened.resolvedAt()).isEmpty();
    assertThat(reopened.resolvedTier()).isEmpty();
    assertThat(reopened.feedback()).isEmpty();
    assertThat(reopened.handler()).isEmpty();
    assertThat(reopened.deadline().orElseThrow().limitDays()).isEqualTo(15);
    assertThat(reopened.deadline().orElseThrow().start())
        .isEqualTo(LocalDate.ofInstant(reopenedAt, Fixtures.CHINA));
    assertThat(reopened.withdrawn()).isFalse();

    d.withdraw(M, RESPONDENT, reopenedAt.plusSeconds(60));
    assertThat(d.matter(M).withdrawn()).isTrue();
    assertThat(d.matter(M).state()).isEqualTo(MatterState.WITHDRAWN);
    d.archive(M, reopenedAt.plusSeconds(120));
    assertThat(d.matter(M).state()).isEqualTo(MatterState.ARCHIVED);
    assertThat(d.matter(M).lastAt()).isEqualTo(reopenedAt.plusSeconds(120));
    assertThat(d.historySize(M)).isEqualTo(d.matter(M).history().size()).isEqualTo(13);
    // the stored history folds to the same matter
    Matter again = Matter.of(d.matter(M).report(), d.matter(M).history());
    assertThat(again.escalations()).isEqualTo(1);
    assertThat(again.reopenings()).isEqualTo(1);
    assertThat(again.stepsDone()).isEqualTo(2);
  }

  @Test
  void R_MED_1_escalatingOrResolvingAtTheDueInstantMissesTheDeadline() {
    Docket d = TestDockets.weituo(T0);
    d.open(TestDockets.report("m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"), T0);
    d.file(M, hours(1));
    Instant due = d.matter(M).deadline().orElseThrow().dueAt();
    d.escalate(M, EscalationReason.FAILED, due);
    assertThat(d.matter(M).missedDeadline()).isTrue();

    d.open(TestDockets.report("m-2", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"), due);
    MatterId m2 = MatterId.of("m-2");
    d.file(m2, due);
    d.assign(m2, TestDockets.everyone(d.policy()), due);
    d.investigate(m2, due);
    Instant due2 = d.matter(m2).deadline().orElseThrow().dueAt();
    d.resolve(m2, Feedback.of(Outcome.SETTLED, Satisfaction.SATISFIED), due2.minusSeconds(1));
    assertThat(d.matter(m2).missedDeadline()).isFalse();
    d.reopen(m2, APPLICANT, due2.minusSeconds(1));
    // reopened at the tier the route started at: the route's limit again
    assertThat(d.matter(m2).deadline().orElseThrow().limitDays()).isEqualTo(5);
    d.assign(m2, TestDockets.everyone(d.policy()), due2);
    d.investigate(m2, due2);
    Instant due3 = d.matter(m2).deadline().orElseThrow().dueAt();
    d.resolve(m2, Feedback.of(Outcome.SETTLED, Satisfaction.SATISFIED), due3);
    assertThat(d.matter(m2).missedDeadline()).isTrue();
  }

  @Test
  void R_MED_5_aGovernmentAffairReopensWithItsClassesLimitNotTheTowns() {
    Docket d = TestDockets.weituo(T0);
    d.open(TestDockets.report("m-1", MatterKind.LABOUR, Severity.ORDINARY, "qixing-1"), T0);
    d.file(M, hours(1));
    assertThat(d.matter(M).tier()).contains("TOWN");
    assertThat(d.matter(M).unit()).contains(UnitId.of("weituo"));
    assertThat(d.matter(M).deadline().orElseThrow().limitDays()).isEqualTo(10);
    d.assign(M, TestDockets.everyone(d.policy()), hours(2));
    d.investigate(M, hours(3));
    d.resolve(M, Feedback.builder().outcome(Outcome.AGREEMENT).agreement("调解协议书 2024-01")
        .satisfaction(Satisfaction.SATISFIED).build(), hours(4));
    d.reopen(M, RESPONDENT, hours(5));
    assertThat(d.matter(M).deadline().orElseThrow().limitDays()).isEqualTo(10);
    assertThatThrownBy(() -> d.reopen(M, APPLICANT, hours(6)))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> d.step(M, "PROPOSE", hours(6)))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void R_MED_4_onlyAPartyReopensAndAStepNeedsAProcedure() {
    Docket d = TestDockets.weituo(T0);
    d.open(TestDockets.report("m-1", MatterKind.LABOUR, Severity.ORDINARY, "qixing-1"), T0);
    d.file(M, hours(1));
    d.assign(M, TestDockets.everyone(d.policy()), hours(2));
    assertThatThrownBy(() -> d.step(M, "PROPOSE", hours(3)))
        .isInstanceOf(io.github.xiangzhi.mediation.deliberation.DeliberationException.class);
    assertThat(d.historySize(M)).isEqualTo(3);
    d.investigate(M, hours(3));
    d.resolve(M, Feedback.of(Outcome.SETTLED, Satisfaction.DISSATISFIED), hours(4));
    int size = d.historySize(M);
    assertThatThrownBy(() -> d.reopen(M, PersonId.of("p-stranger"), hours(5)))
        .isInstanceOf(MatterException.class)
        .hasMessage("Matter 'm-1': 'p-stranger' is not one of its parties");
    assertThat(d.historySize(M)).isEqualTo(size);
    assertThat(d.state(M)).isEqualTo(MatterState.RESOLVED);
    assertThat(d.matter(M).report().hasParty(APPLICANT)).isTrue();
    assertThat(d.matter(M).report().hasParty(PersonId.of("p-stranger"))).isFalse();
  }

  @Test
  void R_MED_4_aStoredHistoryMustBeInOrderOfOneMatterAndEscalateToAnotherTier() {
    Docket d = TestDockets.weituo(T0);
    d.open(TestDockets.report("m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"), T0);
    d.file(M, hours(1));
    d.escalate(M, EscalationReason.FAILED, hours(2));
    Matter m = d.matter(M);
    List<MatterEvent> h = m.history();
    // out of order
    MatterEvent early = MatterEvent.builder().from(h.get(1)).at(T0.minusSeconds(1)).build();
    InvalidValueException order = catchThrowableOfType(InvalidValueException.class,
        () -> Matter.of(m.report(), List.of(h.get(0), early)));
    assertThat(order.violations()).extracting(Violation::path, Violation::messageKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/history/1",
            "mediation.history.order"));
    // the same instant is in order
    MatterEvent sameInstant = MatterEvent.builder().from(h.get(1)).at(T0).build();
    assertThat(Matter.of(m.report(), List.of(h.get(0), sameInstant)).state())
        .isEqualTo(MatterState.FILED);
    // an escalation that stays at its tier
    MatterEvent stay = MatterEvent.builder().from(h.get(2)).tier("GRID").build();
    InvalidValueException same = catchThrowableOfType(InvalidValueException.class,
        () -> Matter.of(m.report(), List.of(h.get(0), h.get(1), stay)));
    assertThat(same.violations()).extracting(Violation::messageKey)
        .containsExactly("mediation.history.escalateSameTier");
    // a second report
    InvalidValueException twice = catchThrowableOfType(InvalidValueException.class,
        () -> Matter.of(m.report(), List.of(h.get(0), h.get(0))));
    assertThat(twice.violations()).extracting(Violation::messageKey)
        .containsExactly("mediation.transition.illegal");
    // another matter's event
    MatterEvent foreign = MatterEvent.builder().from(h.get(1)).matter(MatterId.of("m-9"))
        .build();
    InvalidValueException other = catchThrowableOfType(InvalidValueException.class,
        () -> Matter.of(m.report(), List.of(h.get(0), foreign)));
    assertThat(other.messageKey()).isEqualTo("mediation.history.foreign");
    assertThat(Matter.of(m.report(), h).escalations()).isEqualTo(1);
  }

  @Test
  void anEventCarriesWhatItsTypeNeeds() {
    assertThat(missing(EventType.FILE)).containsExactly("/tier", "/unit", "/deadline", "/route");
    assertThat(missing(EventType.ESCALATE))
        .containsExactly("/tier", "/unit", "/deadline", "/reason");
    assertThat(missing(EventType.ASSIGN)).containsExactly("/handler", "/role");
    assertThat(missing(EventType.RESOLVE)).containsExactly("/feedback");
    assertThat(missing(EventType.REOPEN)).containsExactly("/party", "/deadline");
    assertThat(missing(EventType.WITHDRAW)).containsExactly("/party");
    assertThat(missing(EventType.MARK_DUPLICATE)).containsExactly("/original");
    assertThat(missing(EventType.STEP)).containsExactly("/step");
    assertThat(missing(EventType.REPORT)).isEmpty();
    assertThat(missing(EventType.INVESTIGATE)).isEmpty();
    assertThat(missing(EventType.ARCHIVE)).isEmpty();
    InvalidValueException self = catchThrowableOfType(InvalidValueException.class,
        () -> MatterEvent.builder().matter(M).type(EventType.MARK_DUPLICATE).at(T0).original(M)
            .build());
    assertThat(self.violations()).extracting(Violation::path, Violation::messageKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/original",
            "mediation.duplicate.self"));
    assertThat(MatterEvent.builder().matter(M).type(EventType.MARK_DUPLICATE).at(T0)
        .original(MatterId.of("m-0")).build().original()).contains(MatterId.of("m-0"));
  }

  @Test
  void feedbackAndSourcesCheckTheirValues() {
    assertThat(Feedback.builder().outcome(Outcome.AGREEMENT).agreement("协议")
        .satisfaction(Satisfaction.SATISFIED).build().agreement()).contains("协议");
    assertThatThrownBy(() -> Feedback.builder().outcome(Outcome.AGREEMENT).agreement("  ")
        .satisfaction(Satisfaction.SATISFIED).build())
        .isInstanceOf(InvalidValueException.class);
    assertThat(Feedback.of(Outcome.SETTLED, Satisfaction.SATISFIED).agreement()).isEmpty();
    assertThat(SourceRef.of(Channel.PATROL, "x".repeat(128)).id()).hasSize(128);
    assertThatThrownBy(() -> SourceRef.of(Channel.PATROL, "x".repeat(129)))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SourceRef.of(Channel.PATROL, " "))
        .isInstanceOf(InvalidValueException.class);
    assertThat(SourceRef.of(Channel.PATROL, "finding-1")).hasToString("PATROL:finding-1");
  }

  @Test
  void R_MED_4_aMatterActsOnlyWhileItsLimitRuns() {
    assertThat(java.util.Arrays.stream(MatterState.values()).filter(MatterState::active)
        .collect(Collectors.toList())).containsExactly(MatterState.FILED, MatterState.ASSIGNED,
            MatterState.INVESTIGATING, MatterState.ESCALATED, MatterState.REOPENED);
  }

  static List<String> missing(EventType type) {
    try {
      MatterEvent.builder().matter(M).type(type).at(T0).build();
      return List.of();
    } catch (InvalidValueException e) {
      return e.violations().stream().map(Violation::path).collect(Collectors.toList());
    }
  }
}
