package io.github.xiangzhi.mediation.deadline;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.immutables.value.Value;

/**
 * 办理时限 — the time limit of a tier for one matter (R-MED-1), counted in working days on the
 * governance calendar from the day the tier's clock started (filing, escalation or reopening):
 * the limit ends with its {@link #lastDay()}, so the matter is overdue from the start of the next
 * day ({@link #dueAt()}), and a reminder is due at the start of the day that lies the tier's
 * reminder days before the last day ({@link #remindAt()}). Holidays and make-up workdays (调休)
 * count as the calendar says: five working days from Thursday 8 February 2024 end on Wednesday 21
 * February, across the Spring Festival.
 *
 * <p>A deadline names no matter, so matters whose clocks start on the same day at the same tier
 * share one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadline.class)
@JsonDeserialize(as = ImmutableDeadline.class)
public abstract class Deadline {

  /** The code of the tier whose limit this is. */
  public abstract String tier();

  /** The day the clock started, in the calendar's zone. */
  public abstract LocalDate start();

  /** The limit in working days. */
  public abstract int limitDays();

  /** The last working day of the limit: {@code limitDays} working days after {@link #start()}. */
  public abstract LocalDate lastDay();

  /** When the reminder is due: the start of its day in the calendar's zone. */
  public abstract Instant remindAt();

  /** When the matter becomes overdue: the start of the day after {@link #lastDay()}. */
  public abstract Instant dueAt();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a deadline; {@code build()} checks that the reminder comes before the deadline. */
  public static final class Builder extends ImmutableDeadline.Builder {}

  /**
   * The deadline of tier {@code tier} whose clock starts at {@code start}: {@code limitDays}
   * working days counted with {@link GovernanceCalendar#plusWorkingDays} from the day of {@code
   * start} in the calendar's zone, with the reminder {@code remindDaysBefore} working days before
   * the last day (0: at the start of the last day).
   *
   * <p>Performance notes: two O(log h) calendar queries and two zone conversions.
   *
   * @throws IllegalArgumentException if {@code limitDays} is not positive or {@code
   *     remindDaysBefore} is negative or not below {@code limitDays}
   */
  public static Deadline compute(String tier, Instant start, int limitDays, int remindDaysBefore,
      GovernanceCalendar calendar) {
    checkArgument(limitDays > 0, "the limit must be positive: %s", limitDays);
    checkArgument(remindDaysBefore >= 0 && remindDaysBefore < limitDays,
        "the reminder must lie within the limit: %s of %s", remindDaysBefore, limitDays);
    ZoneId zone = calendar.zone();
    return compute(tier, LocalDate.ofInstant(start, zone), limitDays, remindDaysBefore, calendar);
  }

  /** The deadline of a clock started on {@code startDay}; see {@link #compute(String, Instant, int, int, GovernanceCalendar)}. */
  public static Deadline compute(String tier, LocalDate startDay, int limitDays,
      int remindDaysBefore, GovernanceCalendar calendar) {
    checkArgument(limitDays > 0, "the limit must be positive: %s", limitDays);
    checkArgument(remindDaysBefore >= 0 && remindDaysBefore < limitDays,
        "the reminder must lie within the limit: %s of %s", remindDaysBefore, limitDays);
    ZoneId zone = calendar.zone();
    LocalDate last = calendar.plusWorkingDays(startDay, limitDays);
    LocalDate remindDay = calendar.minusWorkingDays(last, remindDaysBefore);
    return builder().tier(tier).start(startDay).limitDays(limitDays).lastDay(last)
        .remindAt(remindDay.atStartOfDay(zone).toInstant())
        .dueAt(last.plusDays(1).atStartOfDay(zone).toInstant())
        .build();
  }

  /** True when the limit has passed at {@code now}: {@code now} is at or after {@link #dueAt()}. */
  public boolean passedAt(Instant now) {
    return !now.isBefore(dueAt());
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(limitDays() > 0, "/limitDays", "mediation.tier.limit", tier(), limitDays());
    checks.check(!lastDay().isBefore(start()), "/lastDay", "mediation.deadline.order", tier(),
        start(), lastDay());
    checks.check(remindAt().isBefore(dueAt()), "/remindAt", "mediation.deadline.reminder", tier(),
        remindAt(), dueAt());
    checks.throwIfAny();
  }
}
