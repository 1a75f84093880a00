package io.github.xiangzhi.patrol.audit;

import io.github.xiangzhi.core.id.PersonId;
import org.immutables.value.Value;

/**
 * 个人完成情况 — one person's patrols, every kind, each counted by that person's own check-in,
 * and how many of their route check-ins were made far from the route's sites.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WorkerCoverage {

  /** The person. */
  public abstract PersonId person();

  /** Their patrols. */
  public abstract Tally tally();

  /** Their accepted route check-ins made farther than the policy allows from every site. */
  public abstract int distant();

  /** The coverage of {@code person}. */
  public static WorkerCoverage of(PersonId person, Tally tally, int distant) {
    return ImmutableWorkerCoverage.builder().person(person).tally(tally).distant(distant).build();
  }
}
