package io.github.xiangzhi.mediation.matter;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 处理反馈 — the feedback that resolves a matter (R-MED-4): the outcome, the mediation agreement
 * when one was signed (its number or text, left out of {@code toString}), and the party's
 * satisfaction when asked (R-MED-7).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFeedback.class)
@JsonDeserialize(as = ImmutableFeedback.class)
public abstract class Feedback {

  /** How it ended. */
  public abstract Outcome outcome();

  /** The mediation agreement, required when the outcome is {@link Outcome#AGREEMENT}. */
  @Value.Redacted
  public abstract Optional<String> agreement();

  /** What the party answered when asked, if they were. */
  public abstract Optional<Satisfaction> satisfaction();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds feedback; {@code build()} checks that an agreement outcome names its agreement. */
  public static final class Builder extends ImmutableFeedback.Builder {}

  /** Feedback with {@code outcome} and {@code satisfaction}, without an agreement. */
  public static Feedback of(Outcome outcome, Satisfaction satisfaction) {
    return builder().outcome(outcome).satisfaction(satisfaction).build();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(outcome() != Outcome.AGREEMENT
        || agreement().filter(a -> !a.isBlank()).isPresent(), "/agreement",
        "mediation.feedback.agreement");
    checks.throwIfAny();
  }
}
