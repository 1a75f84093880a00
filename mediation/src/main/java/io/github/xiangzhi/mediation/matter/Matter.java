package io.github.xiangzhi.mediation.matter;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.mediation.deadline.Deadline;
import io.github.xiangzhi.mediation.triage.Route;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 事项 — a dispute or request (R-MED-4): what was reported and the append-only history of its
 * events, from which everything else is derived — its state in the closed loop, the tier and unit
 * handling it, its handler, its running deadline, its resolution and feedback.
 *
 * <p>A matter checks its history when built: it starts with a report, every event is one its
 * state allows ({@link Transitions}), instants never go backwards, and every event belongs to it.
 * A {@link Docket} records matters; {@link Docket#matter} returns them as these snapshots.
 *
 * <p>Performance notes: the derived state is folded once, on first use; building a matter
 * replays its history once to check it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMatter.class)
@JsonDeserialize(as = ImmutableMatter.class)
public abstract class Matter {

  /** What was reported. */
  public abstract MatterReport report();

  /** Every event, oldest first; the first is the report. */
  public abstract ImmutableList<MatterEvent> history();

  /** The matter of {@code report} with {@code history}. */
  public static Matter of(MatterReport report, List<MatterEvent> history) {
    return ImmutableMatter.builder().report(report).history(history).build();
  }

  @Value.Lazy
  MatterFold fold() {
    MatterFold fold = new MatterFold();
    for (int i = 0; i < history().size(); i++) {
      MatterEvent e = history().get(i);
      String problem = fold.problem(e);
      if (problem != null) {
        throw new InvalidValueException(List.of(new InvalidValueException.Violation(
            "/history/" + i, problem,
            List.of(report().id(), fold.state == null ? "-" : fold.state, e.type()))));
      }
      fold.apply(e);
    }
    return fold;
  }

  /** The matter's id. */
  public MatterId id() {
    return report().id();
  }

  /** Where it stands in the closed loop. */
  public MatterState state() {
    return fold().state;
  }

  /** When it was reported. */
  public Instant reportedAt() {
    return history().get(0).at();
  }

  /** When its last event happened. */
  public Instant lastAt() {
    return fold().last;
  }

  /** The tier it is at; empty before filing. */
  public Optional<String> tier() {
    return Optional.ofNullable(fold().tier);
  }

  /** The tier it started at when filed (R-MED-2); empty before filing. */
  public Optional<String> entryTier() {
    return Optional.ofNullable(fold().entryTier);
  }

  /** The unit handling it at its tier; empty before filing. */
  public Optional<UnitId> unit() {
    return Optional.ofNullable(fold().unit);
  }

  /** Its handler at the current tier; empty when none has taken it on there. */
  public Optional<PersonId> handler() {
    return Optional.ofNullable(fold().handler);
  }

  /** The time limit that started last (filing, escalation, reopening); empty before filing. */
  public Optional<Deadline> deadline() {
    return Optional.ofNullable(fold().deadline);
  }

  /** The route chosen at filing; empty before filing. */
  public Optional<Route> route() {
    return Optional.ofNullable(fold().route);
  }

  /** When it was filed; empty before filing. */
  public Optional<Instant> filedAt() {
    return Optional.ofNullable(fold().filedAt);
  }

  /** When it was resolved; empty unless it is resolved (or archived after resolving). */
  public Optional<Instant> resolvedAt() {
    return Optional.ofNullable(fold().resolvedAt);
  }

  /** The tier that resolved it; empty unless it is resolved. */
  public Optional<String> resolvedTier() {
    return Optional.ofNullable(fold().resolvedTier);
  }

  /** The feedback that resolved it; empty unless it is resolved. */
  public Optional<Feedback> feedback() {
    return Optional.ofNullable(fold().feedback);
  }

  /** True when it was escalated or resolved after the time limit in force had passed. */
  public boolean missedDeadline() {
    return fold().missedDeadline;
  }

  /** True when a party withdrew it. */
  public boolean withdrawn() {
    return fold().withdrawn;
  }

  /** The matter it duplicates, if marked so. */
  public Optional<MatterId> duplicateOf() {
    return Optional.ofNullable(fold().duplicateOf);
  }

  /** How many times it moved up a tier. */
  public int escalations() {
    return fold().escalations;
  }

  /** How many times a party reopened it. */
  public int reopenings() {
    return fold().reopenings;
  }

  /** How many deliberation steps were done. */
  public int stepsDone() {
    return fold().steps;
  }

  @Value.Check
  void check() {
    fold(); // throws on an illegal history
    for (int i = 0; i < history().size(); i++) {
      InvalidValueException.check(history().get(i).matter().equals(report().id()),
          "mediation.history.foreign", report().id(), history().get(i).matter());
    }
    InvalidValueException.check(!history().isEmpty(), "mediation.history.start", report().id(),
        "-", "-");
  }
}
