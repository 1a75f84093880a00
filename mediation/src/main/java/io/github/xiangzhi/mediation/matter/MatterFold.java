package io.github.xiangzhi.mediation.matter;

import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.mediation.deadline.Deadline;
import io.github.xiangzhi.mediation.triage.Route;
import java.time.Instant;

/**
 * The state of a matter derived from its history, one event at a time: a {@link Matter} folds its
 * whole history once; the docket keeps one fold per matter and applies each event as it is
 * recorded, so deriving the state never replays the history. The one place that says what each
 * event does to the derived state.
 */
final class MatterFold {
  MatterState state;
  Instant last;
  String tier;
  String entryTier;
  String resolvedTier;
  UnitId unit;
  PersonId handler;
  Deadline deadline;
  Route route;
  Instant filedAt;
  Instant resolvedAt;
  Feedback feedback;
  boolean missedDeadline;
  boolean withdrawn;
  MatterId duplicateOf;
  int escalations;
  int reopenings;
  int steps;

  /**
   * The message key of what is wrong with applying {@code e} to this state (its arguments being
   * the state and the event), or null when it is legal as far as the history alone can tell.
   */
  String problem(MatterEvent e) {
    if (state == null) {
      return e.type() == EventType.REPORT ? null : "mediation.history.start";
    }
    if (e.at().isBefore(last)) {
      return "mediation.history.order";
    }
    if (e.type() == EventType.REPORT || Transitions.nextOrNull(state, e.type()) == null) {
      return "mediation.transition.illegal";
    }
    if (e.type() == EventType.ESCALATE && e.tier().get().equals(tier)) {
      return "mediation.history.escalateSameTier";
    }
    return null;
  }

  /** Applies {@code e}, which {@link #problem} accepts. */
  void apply(MatterEvent e) {
    Instant at = e.at();
    switch (e.type()) {
      case REPORT:
        state = MatterState.REPORTED;
        break;
      case FILE:
        tier = e.tier().get();
        entryTier = tier;
        unit = e.unit().get();
        deadline = e.deadline().get();
        route = e.route().get();
        filedAt = at;
        break;
      case ASSIGN:
        handler = e.handler().get();
        break;
      case ESCALATE:
        if (deadline != null && deadline.passedAt(at)) {
          missedDeadline = true;
        }
        tier = e.tier().get();
        unit = e.unit().get();
        deadline = e.deadline().get();
        handler = null;
        escalations++;
        break;
      case RESOLVE:
        if (deadline != null && deadline.passedAt(at)) {
          missedDeadline = true;
        }
        resolvedAt = at;
        resolvedTier = tier;
        feedback = e.feedback().get();
        break;
      case REOPEN:
        resolvedAt = null;
        resolvedTier = null;
        feedback = null;
        handler = null;
        deadline = e.deadline().get();
        reopenings++;
        break;
      case MARK_DUPLICATE:
        duplicateOf = e.original().get();
        break;
      case STEP:
        steps++;
        break;
      case WITHDRAW:
        withdrawn = true;
        break;
      case INVESTIGATE:
      case ARCHIVE:
        break;
      default:
        throw new AssertionError(e.type());
    }
    if (e.type() != EventType.REPORT) {
      state = Transitions.nextOrNull(state, e.type());
    }
    last = at;
  }
}
