package io.github.xiangzhi.patrol.schedule;

import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.group.SpecialGroupRoster;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.staff.Staffing;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * 排班输入 — what a plan is made for: the days from {@link #start()} to {@link #endExclusive()}
 * in the calendar's zone, the hierarchy with its households, the staff and their assignments to
 * units (who serves which grid), the working-day calendar, and the special-group roster that says
 * which households need closer visits. The roster is personal data; the schedule keeps only
 * whether a household needs a special-group visit.
 *
 * <p>A period runs one to {@value #MAX_DAYS} days.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanInput {

  /** The longest period a plan may cover, in days: two years. */
  public static final int MAX_DAYS = 731;

  /** The hierarchy of units and households. */
  public abstract Hierarchy hierarchy();

  /** The staff, their roles and their assignments to units. */
  public abstract Staffing staffing();

  /** The working-day calendar and its zone; the standard calendar by default. */
  @Value.Default
  public GovernanceCalendar calendar() {
    return GovernanceCalendar.standard();
  }

  /** The first day planned. */
  public abstract LocalDate start();

  /** The day after the last day planned. */
  public abstract LocalDate endExclusive();

  /** The special-group memberships; none by default. */
  @Value.Default
  public SpecialGroupRoster roster() {
    return SpecialGroupRoster.of(java.util.List.of());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a plan input; {@code build()} checks the period. */
  public static final class Builder extends ImmutablePlanInput.Builder {
    /** Plans the days of {@code period}. */
    public Builder period(GovernancePeriod period) {
      start(period.start());
      endExclusive(period.endExclusive());
      return this;
    }
  }

  /** The number of days planned. */
  public final int days() {
    return (int) ChronoUnit.DAYS.between(start(), endExclusive());
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    long days = ChronoUnit.DAYS.between(start(), endExclusive());
    if (checks.check(days >= 1, "/endExclusive", "patrol.period.order", start(),
        endExclusive())) {
      checks.check(days <= MAX_DAYS, "/endExclusive", "patrol.period.length", days, MAX_DAYS);
    }
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "PlanInput{" + start() + ".." + endExclusive() + ", units="
        + hierarchy().unitCount() + ", households=" + hierarchy().householdCount() + ", staff="
        + staffing().members().size() + ", " + roster() + "}";
  }
}
