package io.github.xiangzhi.mediation.matter;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.mediation.deadline.Deadline;
import io.github.xiangzhi.mediation.triage.Route;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 事件 — one entry of a matter's append-only history (R-MED-4: "every step is recorded"): its type,
 * its instant, and what the step decided, so that the history alone says everything. A filing
 * records the route, tier, unit and deadline; an escalation the new tier, unit, deadline and
 * reason; an assignment the handler and the role they act in; a resolution the feedback; a
 * reopening or withdrawal the party; a duplicate its original; a deliberation step its code.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMatterEvent.class)
@JsonDeserialize(as = ImmutableMatterEvent.class)
public abstract class MatterEvent {

  /** The matter it belongs to. */
  public abstract MatterId matter();

  /** What happened. */
  public abstract EventType type();

  /** When. */
  public abstract Instant at();

  /** FILE, ESCALATE: the tier the matter is now at. */
  public abstract Optional<String> tier();

  /** FILE, ESCALATE: the unit that handles it there. */
  public abstract Optional<UnitId> unit();

  /** FILE, ESCALATE, REOPEN: the time limit that starts. */
  public abstract Optional<Deadline> deadline();

  /** FILE: the route triage and graded intake chose. */
  public abstract Optional<Route> route();

  /** ASSIGN: the handler. */
  public abstract Optional<PersonId> handler();

  /** ASSIGN: the tier's role the handler acts in. */
  public abstract Optional<String> role();

  /** ESCALATE: why. */
  public abstract Optional<EscalationReason> reason();

  /** RESOLVE: the feedback. */
  public abstract Optional<Feedback> feedback();

  /** REOPEN, WITHDRAW: the party who asked. */
  public abstract Optional<PersonId> party();

  /** MARK_DUPLICATE: the matter this one duplicates. */
  public abstract Optional<MatterId> original();

  /** STEP: the deliberation step done. */
  public abstract Optional<String> step();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an event; {@code build()} checks that the event carries what its type needs. */
  public static final class Builder extends ImmutableMatterEvent.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    switch (type()) {
      case FILE:
        need(checks, tier().isPresent(), "tier");
        need(checks, unit().isPresent(), "unit");
        need(checks, deadline().isPresent(), "deadline");
        need(checks, route().isPresent(), "route");
        break;
      case ESCALATE:
        need(checks, tier().isPresent(), "tier");
        need(checks, unit().isPresent(), "unit");
        need(checks, deadline().isPresent(), "deadline");
        need(checks, reason().isPresent(), "reason");
        break;
      case ASSIGN:
        need(checks, handler().isPresent(), "handler");
        need(checks, role().isPresent(), "role");
        break;
      case RESOLVE:
        need(checks, feedback().isPresent(), "feedback");
        break;
      case REOPEN:
        need(checks, party().isPresent(), "party");
        need(checks, deadline().isPresent(), "deadline");
        break;
      case WITHDRAW:
        need(checks, party().isPresent(), "party");
        break;
      case MARK_DUPLICATE:
        if (need(checks, original().isPresent(), "original")) {
          checks.check(!original().get().equals(matter()), "/original",
              "mediation.duplicate.self", matter());
        }
        break;
      case STEP:
        need(checks, step().isPresent(), "step");
        break;
      default:
        break;
    }
    checks.throwIfAny();
  }

  private boolean need(ValueChecks checks, boolean present, String field) {
    return checks.check(present, "/" + field, "mediation.event.field", type(), field);
  }
}
