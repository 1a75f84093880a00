package io.github.xiangzhi.mediation.matter;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.mediation.deadline.DueItem;
import org.immutables.value.Value;

/**
 * 到期处理结果 — what a {@linkplain Docket#sweep sweep} found and did: every item that fell due
 * (reminders and passed deadlines), the escalations it recorded for matters whose time limit
 * passed (R-MED-1: "escalate on a missed time limit"), and the passed deadlines it could not
 * escalate because the matter is at the top tier.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSweepResult.class)
@JsonDeserialize(as = ImmutableSweepResult.class)
public abstract class SweepResult {

  /** Everything that fell due, in the order it did. */
  public abstract ImmutableList<DueItem> due();

  /** The escalation events recorded. */
  public abstract ImmutableList<MatterEvent> escalations();

  /** Passed deadlines of matters at the top tier, which have nowhere to go. */
  public abstract ImmutableList<DueItem> atTop();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a result. */
  public static final class Builder extends ImmutableSweepResult.Builder {}
}
