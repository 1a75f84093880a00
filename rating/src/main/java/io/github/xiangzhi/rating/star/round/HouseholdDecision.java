package io.github.xiangzhi.rating.star.round;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.id.HouseholdId;
import org.immutables.value.Value;

/**
 * 表决结果 — the committees' decision on one household (表决确定星级): the stars proposed, the count
 * of the vote, whether it had a quorum and was approved, and the stars the household is to hold
 * (the proposal when approved, none when rejected, amended by an upheld objection).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHouseholdDecision.class)
@JsonDeserialize(as = ImmutableHouseholdDecision.class)
public abstract class HouseholdDecision {

  /** The household. */
  public abstract HouseholdId household();

  /** The stars put to the vote. */
  public abstract ImmutableSet<String> proposed();

  /** Votes for. */
  public abstract int votesFor();

  /** Votes against. */
  public abstract int against();

  /** Abstentions. */
  public abstract int abstentions();

  /** Members who did not vote. */
  public abstract int absent();

  /** True when enough members took part. */
  public abstract boolean quorum();

  /** True when the vote approved the proposal. */
  public abstract boolean approved();

  /** The stars the household is to hold. */
  public abstract ImmutableSet<String> stars();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a decision. */
  public static final class Builder extends ImmutableHouseholdDecision.Builder {}
}
