package io.github.xiangzhi.mediation.matter;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.mediation.MediationPolicy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Docket}: the policy, the hierarchy, the calendar (the standard one by default)
 * and the clock (required). {@link #build()} checks the ladder against the hierarchy's level
 * scheme — every internal tier's level exists and levels rise along the ladder — and throws an
 * {@link InvalidValueException} naming every problem.
 *
 * <p>Not thread-safe.
 */
public final class DocketBuilder {
  private final MediationPolicy policy;
  private final Hierarchy hierarchy;
  private GovernanceCalendar calendar = GovernanceCalendar.standard();
  private Clock clock;

  DocketBuilder(MediationPolicy policy, Hierarchy hierarchy) {
    this.policy = checkNotNull(policy, "policy");
    this.hierarchy = checkNotNull(hierarchy, "hierarchy");
  }

  /** The calendar deadlines are counted on: the profile's. */
  public DocketBuilder calendar(GovernanceCalendar calendar) {
    this.calendar = checkNotNull(calendar, "calendar");
    return this;
  }

  /** The clock commands without an explicit instant use. */
  public DocketBuilder clock(Clock clock) {
    this.clock = checkNotNull(clock, "clock");
    return this;
  }

  /**
   * Builds an empty docket.
   *
   * @throws InvalidValueException if the ladder does not fit the hierarchy's scheme
   * @throws IllegalStateException if no clock was given
   */
  public Docket build() {
    checkState(clock != null, "a docket needs a clock");
    List<InvalidValueException.Violation> problems = new ArrayList<>();
    for (InvalidValueException.Violation v : policy.ladder().problemsWith(hierarchy.scheme())) {
      problems.add(new InvalidValueException.Violation("/ladder" + v.path(), v.messageKey(),
          v.messageArguments()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
    return new DocketImpl(policy, hierarchy, calendar, clock);
  }
}
