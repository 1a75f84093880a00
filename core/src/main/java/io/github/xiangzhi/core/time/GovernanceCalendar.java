package io.github.xiangzhi.core.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.LocalizedText;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * 治理日历 — the working-day calendar of a county (R-CORE-5): its time zone, its weekend, its
 * public holidays and its make-up workdays (调休), all profile data. Deadlines in working days
 * (mediation time limits, notice periods of a rating round) are counted on it.
 *
 * <p>A day is a working day when it is a make-up workday, or when it is neither a weekend day nor
 * a holiday. Years the profile gives no holidays for simply have none.
 *
 * <p>Performance notes: the first query builds a sorted index of the holidays that fall on
 * weekdays and of the make-up workdays; after that {@link #isWorkingDay}, {@link
 * #workingDaysBetween}, {@link #plusWorkingDays} and {@link #minusWorkingDays} take
 * O(log h) time for h holiday days, whatever the distance, and allocate nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGovernanceCalendar.class)
@JsonDeserialize(as = ImmutableGovernanceCalendar.class)
public abstract class GovernanceCalendar {

  /** The default zone of Chinese governance, Asia/Shanghai. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** The time zone in which days, deadlines and periods begin; Asia/Shanghai by default. */
  @JsonProperty
  @Value.Default
  public ZoneId zone() {
    return CHINA;
  }

  /** The days of the week that are not worked; Saturday and Sunday by default. */
  @JsonProperty
  @Value.Default
  public ImmutableSet<DayOfWeek> weekend() {
    return Sets.immutableEnumSet(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  /** The public holidays. */
  public abstract ImmutableList<Holiday> holidays();

  /** The weekend days worked to make up for holidays (调休上班). */
  public abstract ImmutableList<MakeUpWorkday> workdays();

  /** A calendar with a Saturday–Sunday weekend in Asia/Shanghai and no holidays. */
  public static GovernanceCalendar standard() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a calendar; {@code build()} checks that holidays and make-up workdays agree. */
  public static final class Builder extends ImmutableGovernanceCalendar.Builder {}

  /** True when {@code date} is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    return index().isWorkingDay(date.toEpochDay());
  }

  /** True when the day of {@code instant} in the calendar's zone is a working day. */
  public boolean isWorkingDay(Instant instant) {
    return isWorkingDay(LocalDate.ofInstant(instant, zone()));
  }

  /** Today in the calendar's zone. */
  public LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), zone());
  }

  /** The holiday {@code date} falls in, if any. */
  public java.util.Optional<Holiday> holidayOn(LocalDate date) {
    return holidays().stream().filter(h -> h.contains(date)).findFirst();
  }

  /**
   * The {@code n}-th working day after {@code date}: {@code date} itself for 0, the next working
   * day for 1. A time limit of n working days from a filing date ends on this day.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("working days must not be negative: " + n);
    }
    return LocalDate.ofEpochDay(index().plus(date.toEpochDay(), n));
  }

  /**
   * The {@code n}-th working day before {@code date}: {@code date} itself for 0.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public LocalDate minusWorkingDays(LocalDate date, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("working days must not be negative: " + n);
    }
    return LocalDate.ofEpochDay(index().minus(date.toEpochDay(), n));
  }

  /**
   * The number of working days from {@code start} inclusive to {@code endExclusive} exclusive;
   * negative when {@code endExclusive} comes first.
   */
  public long workingDaysBetween(LocalDate start, LocalDate endExclusive) {
    Index index = index();
    return index.countBefore(endExclusive.toEpochDay()) - index.countBefore(start.toEpochDay());
  }

  @Value.Lazy
  Index index() {
    return new Index(this);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(weekend().size() < 7, "/weekend", "core.calendar.noWorkingDay");
    Map<LocalDate, Integer> seen = new HashMap<>();
    for (int i = 0; i < workdays().size(); i++) {
      MakeUpWorkday w = workdays().get(i);
      String path = "/workdays/" + i + "/date";
      checks.check(
          weekend().contains(w.date().getDayOfWeek()), path, "core.calendar.workdayNotWeekend",
          w.date(), LocalizedText.ofKey("core.weekday." + w.date().getDayOfWeek()));
      Integer earlier = seen.putIfAbsent(w.date(), i);
      checks.check(earlier == null, path, "core.duplicate", "date", w.date(), earlier);
      for (Holiday h : holidays()) {
        checks.check(
            !h.contains(w.date()), path, "core.calendar.workdayInHoliday", w.date(), h.name());
      }
    }
    checks.throwIfAny();
  }

  /** Sorted epoch days and prefix counts; see the class's performance notes. */
  static final class Index {
    /** A Monday: 1970-01-05. */
    private static final long ANCHOR = 4;

    private final boolean[] weekend = new boolean[7]; // Monday = 0
    private final int[] workingInFirst = new int[8]; // working weekdays among the first k days
    private final long[] offWeekdays; // holiday days that fall on a weekday, sorted
    private final long[] extraWorkdays; // make-up workdays, sorted
    private final int workingPerWeek;

    Index(GovernanceCalendar calendar) {
      for (DayOfWeek d : calendar.weekend()) {
        weekend[d.getValue() - 1] = true;
      }
      int count = 0;
      for (int k = 0; k < 7; k++) {
        workingInFirst[k] = count;
        if (!weekend[k]) {
          count++;
        }
      }
      workingInFirst[7] = count;
      workingPerWeek = count;
      TreeSet<Long> off = new TreeSet<>();
      for (Holiday h : calendar.holidays()) {
        for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
          if (!weekend[d.getDayOfWeek().getValue() - 1]) {
            off.add(d.toEpochDay());
          }
        }
      }
      offWeekdays = off.stream().mapToLong(Long::longValue).toArray();
      extraWorkdays =
          calendar.workdays().stream().mapToLong(w -> w.date().toEpochDay()).sorted().toArray();
    }

    boolean isWorkingDay(long day) {
      if (Arrays.binarySearch(extraWorkdays, day) >= 0) {
        return true;
      }
      return !weekend[(int) Math.floorMod(day - ANCHOR, 7L)]
          && Arrays.binarySearch(offWeekdays, day) < 0;
    }

    /** Working days in [ANCHOR, day), negative below the anchor. */
    long countBefore(long day) {
      long offset = day - ANCHOR;
      long weeks = Math.floorDiv(offset, 7L);
      int rest = (int) Math.floorMod(offset, 7L);
      long weekdays = weeks * workingPerWeek + workingInFirst[rest];
      return weekdays - (rank(offWeekdays, day) - rank(offWeekdays, ANCHOR))
          + (rank(extraWorkdays, day) - rank(extraWorkdays, ANCHOR));
    }

    /** How many elements of the sorted array are below {@code day}. */
    private static long rank(long[] sorted, long day) {
      int i = Arrays.binarySearch(sorted, day);
      return i >= 0 ? i : -i - 1;
    }

    long plus(long day, int n) {
      if (n == 0) {
        return day;
      }
      long target = countBefore(day + 1) + n; // working days in [ANCHOR, x] must reach target
      long step = Math.max(7, (long) n * 7 / Math.max(1, workingPerWeek) + 7);
      long lo = day + 1;
      long hi = day + step;
      while (countBefore(hi + 1) < target) {
        lo = hi + 1;
        hi = hi + step;
        step *= 2;
      }
      // smallest x in [lo, hi] with countBefore(x + 1) >= target
      while (lo < hi) {
        long mid = lo + (hi - lo) / 2;
        if (countBefore(mid + 1) >= target) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }

    long minus(long day, int n) {
      if (n == 0) {
        return day;
      }
      long target = countBefore(day) - n; // working days in [ANCHOR, x) must equal target
      long step = Math.max(7, (long) n * 7 / Math.max(1, workingPerWeek) + 7);
      long hi = day - 1;
      long lo = day - step;
      while (countBefore(lo) > target) {
        hi = lo - 1;
        lo = lo - step;
        step *= 2;
      }
      // largest x in [lo, hi] with countBefore(x) <= target
      while (lo < hi) {
        long mid = lo + (hi - lo + 1) / 2;
        if (countBefore(mid) <= target) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }
  }
}
