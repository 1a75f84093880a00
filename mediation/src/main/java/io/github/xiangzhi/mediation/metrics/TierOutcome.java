package io.github.xiangzhi.mediation.metrics;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Share;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 层级成效 — how one tier did for one unit and period (R-MED-7). Counts cover the cases filed in
 * the period within the unit, neither withdrawn nor duplicates. "微事不出网格" is the grid tier's
 * {@link #resolutionRate()}: resolved at the grid / started at the grid; "小事不出村" is the
 * village tier's {@link #containment()}: of the matters that started at the village or below,
 * the share resolved at the village or below.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierOutcome.class)
@JsonDeserialize(as = ImmutableTierOutcome.class)
public abstract class TierOutcome {

  /** The tier's code. */
  public abstract String tier();

  /** Cases that started at this tier. */
  public abstract long started();

  /** Cases that started at this tier and were resolved there, never leaving it. */
  public abstract long resolvedHere();

  /** Cases that were at this tier at some point. */
  public abstract long reached();

  /** Cases resolved at this tier, wherever they started. */
  public abstract long resolvedAt();

  /** Cases that started at this tier or below. */
  public abstract long startedAtOrBelow();

  /** Cases that started at this tier or below and were resolved at this tier or below. */
  public abstract long resolvedAtOrBelow();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an outcome. */
  public static final class Builder extends ImmutableTierOutcome.Builder {}

  /** {@link #resolvedHere()} / {@link #started()}; empty when nothing started here. */
  public Optional<Share> resolutionRate() {
    return started() == 0 ? Optional.empty() : Optional.of(Share.of(resolvedHere(), started()));
  }

  /** {@link #resolvedAtOrBelow()} / {@link #startedAtOrBelow()}; empty when that is zero. */
  public Optional<Share> containment() {
    return startedAtOrBelow() == 0 ? Optional.empty()
        : Optional.of(Share.of(resolvedAtOrBelow(), startedAtOrBelow()));
  }
}
