package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * 逢十沉底 — cadres' field days (004, R-PAT-5): on the days of the month ending in ten, people
 * holding one of {@link #roles()} go down to the units they are assigned to, "到格子、进院子、入屋子、
 * 坐凳子", during {@link #hours()}.
 *
 * <p>A day of the month a month does not have — the 30th in February, the 31st in a 30-day month
 * — falls on that month's last day: February's third field day is the 28th (29th in a leap year),
 * since the source means three field days a month. When {@link #workingDaysOnly()}, a field day that
 * is not a working day of the calendar moves to the next working day.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFieldDayRule.class)
@JsonDeserialize(as = ImmutableFieldDayRule.class)
public abstract class FieldDayRule {

  /** The roles whose holders go down: {@code TOWN_CADRE}, {@code VILLAGE_CADRE}. */
  public abstract ImmutableSet<String> roles();

  /** The days of the month; 10, 20 and 30 by default (逢十). */
  @JsonProperty
  @Value.Default
  public ImmutableList<Integer> days() {
    return ImmutableList.of(10, 20, 30);
  }

  /** The hours spent in the grid. */
  public abstract TimeWindow hours();

  /** True when a field day on a rest day moves to the next working day; false by default. */
  @JsonProperty
  @Value.Default
  public boolean workingDaysOnly() {
    return false;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a field-day rule. */
  public static final class Builder extends ImmutableFieldDayRule.Builder {}

  /**
   * The field days from {@code start} inclusive to {@code endExclusive} exclusive, in order, each
   * once, with the class's rules for short months and rest days.
   */
  public final ImmutableList<LocalDate> fieldDays(
      LocalDate start, LocalDate endExclusive, GovernanceCalendar calendar) {
    TreeSet<LocalDate> out = new TreeSet<>();
    // a month before the start: a rest-day field day may move into the range
    for (YearMonth month = YearMonth.from(start).minusMonths(1);
        !month.atDay(1).isAfter(endExclusive); month = month.plusMonths(1)) {
      for (int day : days()) {
        LocalDate date = month.atDay(Math.min(day, month.lengthOfMonth()));
        if (workingDaysOnly() && !calendar.isWorkingDay(date)) {
          date = calendar.plusWorkingDays(date, 1);
        }
        if (!date.isBefore(start) && date.isBefore(endExclusive)) {
          out.add(date);
        }
      }
    }
    return ImmutableList.copyOf(out);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(!roles().isEmpty(), "/roles", "patrol.fieldDays.noRoles");
    for (String role : roles()) {
      checks.check(Codes.isCode(role), "/roles", "core.code.syntax", role);
    }
    checks.check(!days().isEmpty(), "/days", "patrol.fieldDays.noDays");
    Map<Integer, Integer> seen = new java.util.HashMap<>();
    for (int i = 0; i < days().size(); i++) {
      int day = days().get(i);
      checks.check(day >= 1 && day <= 31, "/days/" + i, "patrol.fieldDays.day", day);
      Integer earlier = seen.putIfAbsent(day, i);
      checks.check(earlier == null, "/days/" + i, "core.duplicate", "day", day, earlier);
    }
    checks.throwIfAny();
  }
}
