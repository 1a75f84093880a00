package io.github.xiangzhi.patrol.schedule;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * 排班结果 — a plan: the schedule, every constraint it could not meet, and the workload. A plan
 * with no infeasibility meets every rule of the policy: every route patrolled every day within
 * its window, every household visited within its frequency, nobody in two places at once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanResult {

  /** The schedule, as far as it could be made. */
  public abstract Schedule schedule();

  /** What could not be met, and why; empty for a feasible plan. */
  public abstract ImmutableList<Infeasibility> infeasibilities();

  /** The workload of the schedule. */
  public abstract Workload workload();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a plan result. */
  public static final class Builder extends ImmutablePlanResult.Builder {}

  /** True when every constraint was met. */
  public final boolean isFeasible() {
    return infeasibilities().isEmpty();
  }

  @Override
  public String toString() {
    return "PlanResult{" + schedule() + ", infeasibilities=" + infeasibilities().size() + ", "
        + workload() + "}";
  }
}
