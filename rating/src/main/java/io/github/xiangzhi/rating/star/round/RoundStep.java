package io.github.xiangzhi.rating.star.round;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 流程记录 — one recorded step of a round: what was done, by whom, when (from the caller's clock),
 * for which household and with what detail.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoundStep.class)
@JsonDeserialize(as = ImmutableRoundStep.class)
public abstract class RoundStep {

  /** The step. */
  public abstract RoundAction action();

  /** Who took it. */
  public abstract PersonId actor();

  /** When. */
  public abstract Instant at();

  /** The household concerned, where one is. */
  public abstract Optional<HouseholdId> household();

  /** A detail: the stars claimed, the vote, the objection's id. */
  public abstract Optional<String> detail();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a step. */
  public static final class Builder extends ImmutableRoundStep.Builder {}
}
