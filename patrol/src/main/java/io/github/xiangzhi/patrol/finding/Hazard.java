package io.github.xiangzhi.patrol.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 隐患 — a hazard a patrol found (R-PAT-4): a fire risk, a slope that may slide, a dangerous
 * junction, with the owner who must put it right by {@link #deadline()}, counted in working days
 * of the calendar from the day it was raised.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHazard.class)
@JsonDeserialize(as = ImmutableHazard.class)
public abstract class Hazard {

  /** Who answers for it. */
  public abstract HazardOwner owner();

  /** The day it was raised, in the calendar's zone. */
  public abstract LocalDate raisedOn();

  /** The working days allowed; at least one. */
  public abstract int workingDays();

  /** The last day to put it right: {@link #workingDays()} working days after {@link #raisedOn()}. */
  public abstract LocalDate deadline();

  /** When it was put right, if it has been. */
  public abstract Optional<Instant> closedAt();

  /** What was done, if it has been put right. */
  public abstract Optional<String> closingNote();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a hazard. */
  public static final class Builder extends ImmutableHazard.Builder {}

  /** True when it is still open after its deadline on {@code today}. */
  public final boolean isOverdueOn(LocalDate today) {
    return closedAt().isEmpty() && today.isAfter(deadline());
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(workingDays() >= 1, "/workingDays", "patrol.hazard.workingDays", workingDays());
    checks.check(deadline().isAfter(raisedOn()), "/deadline", "patrol.hazard.deadline",
        deadline(), raisedOn());
    checks.check(closedAt().isPresent() == closingNote().isPresent(), "/closingNote",
        "patrol.hazard.closing");
    checks.throwIfAny();
  }
}
