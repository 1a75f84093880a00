package io.github.xiangzhi.core.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.profile.ProfileScalar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 治理周期 — a day, month, quarter or year of governance (R-CORE-5): the rating year, the
 * quarter of a red/black list, the month of a deliberation.
 *
 * <p>A period is a span of local dates, {@link #start()} to {@link #end()} inclusive; in a time
 * zone it is the half-open span of instants {@link #startInstant(ZoneId)} (inclusive) to {@link
 * #endInstant(ZoneId)} (exclusive), so a moment belongs to exactly one period of each kind. The
 * zone is the profile calendar's (Asia/Shanghai by default), never the machine's.
 *
 * <p>Written as {@code 2024}, {@code 2024-Q1}, {@code 2024-03} and {@code 2024-03-05}; {@link
 * #parse} reads these back.
 *
 * <p>This class is immutable and thread-safe.
 */
@ProfileScalar(
    pattern = "^[0-9]{4}(-Q[1-4]|-[0-9]{2}(-[0-9]{2})?)?$",
    description = "a period: 2024, 2024-Q1, 2024-03 or 2024-03-05")
public final class GovernancePeriod implements Comparable<GovernancePeriod> {

  private static final Pattern FORMAT =
      Pattern.compile("(\\d{4})(?:-Q([1-4])|-(\\d{2})(?:-(\\d{2}))?)?");

  private final PeriodKind kind;
  private final LocalDate start;

  private GovernancePeriod(PeriodKind kind, LocalDate start) {
    InvalidValueException.check(
        start.getYear() >= 1 && start.getYear() <= 9999, "core.period.year", start.getYear());
    this.kind = kind;
    this.start = start;
  }

  /** The calendar year {@code year}. */
  public static GovernancePeriod ofYear(int year) {
    return new GovernancePeriod(PeriodKind.YEAR, LocalDate.of(year, 1, 1));
  }

  /** Quarter {@code quarter} (1 to 4) of {@code year}. */
  public static GovernancePeriod ofQuarter(int year, int quarter) {
    InvalidValueException.check(quarter >= 1 && quarter <= 4, "core.period.quarter", quarter);
    return new GovernancePeriod(PeriodKind.QUARTER, LocalDate.of(year, quarter * 3 - 2, 1));
  }

  /** The month {@code month}. */
  public static GovernancePeriod ofMonth(YearMonth month) {
    return new GovernancePeriod(PeriodKind.MONTH, month.atDay(1));
  }

  /** The day {@code date}. */
  public static GovernancePeriod ofDay(LocalDate date) {
    return new GovernancePeriod(PeriodKind.DAY, date);
  }

  /** The period of {@code kind} that contains {@code date}. */
  public static GovernancePeriod containing(PeriodKind kind, LocalDate date) {
    switch (kind) {
      case DAY:
        return ofDay(date);
      case MONTH:
        return ofMonth(YearMonth.from(date));
      case QUARTER:
        return ofQuarter(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
      case YEAR:
        return ofYear(date.getYear());
      default:
        throw new AssertionError(kind);
    }
  }

  /** The period of {@code kind} that contains {@code instant} in {@code zone}. */
  public static GovernancePeriod containing(PeriodKind kind, Instant instant, ZoneId zone) {
    return containing(kind, LocalDate.ofInstant(instant, zone));
  }

  /** The period of {@code kind} that contains the current instant of {@code clock}. */
  public static GovernancePeriod current(PeriodKind kind, Clock clock) {
    return containing(kind, LocalDate.now(clock));
  }

  /**
   * Parses {@code 2024}, {@code 2024-Q1}, {@code 2024-03} or {@code 2024-03-05}.
   *
   * @throws InvalidValueException naming the text when it is none of these
   */
  @JsonCreator
  public static GovernancePeriod parse(CharSequence text) {
    Matcher m = FORMAT.matcher(java.util.Objects.requireNonNull(text, "text"));
    if (!m.matches()) {
      throw new InvalidValueException("core.period.format", text.toString());
    }
    int year = Integer.parseInt(m.group(1));
    try {
      if (m.group(2) != null) {
        return ofQuarter(year, Integer.parseInt(m.group(2)));
      }
      if (m.group(4) != null) {
        return ofDay(
            LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
      }
      if (m.group(3) != null) {
        return ofMonth(YearMonth.of(year, Integer.parseInt(m.group(3))));
      }
      return ofYear(year);
    } catch (java.time.DateTimeException e) {
      throw new InvalidValueException("core.period.format", text.toString());
    }
  }

  /** The kind of period. */
  public PeriodKind kind() {
    return kind;
  }

  /** The first day. */
  public LocalDate start() {
    return start;
  }

  /** The last day, inclusive. */
  public LocalDate end() {
    return endExclusive().minusDays(1);
  }

  /** The day after the last. */
  public LocalDate endExclusive() {
    switch (kind) {
      case DAY:
        return start.plusDays(1);
      case MONTH:
        return start.plusMonths(1);
      case QUARTER:
        return start.plusMonths(3);
      case YEAR:
        return start.plusYears(1);
      default:
        throw new AssertionError(kind);
    }
  }

  /** The number of days. */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, endExclusive());
  }

  /** The first instant in {@code zone}. */
  public Instant startInstant(ZoneId zone) {
    return start.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period in {@code zone}. */
  public Instant endInstant(ZoneId zone) {
    return endExclusive().atStartOfDay(zone).toInstant();
  }

  /** True when {@code date} lies in the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && date.isBefore(endExclusive());
  }

  /** True when {@code instant} lies in the period in {@code zone}. */
  public boolean contains(Instant instant, ZoneId zone) {
    return !instant.isBefore(startInstant(zone)) && instant.isBefore(endInstant(zone));
  }

  /** The next period of the same kind. */
  public GovernancePeriod next() {
    return new GovernancePeriod(kind, endExclusive());
  }

  /** The previous period of the same kind. */
  public GovernancePeriod previous() {
    return containing(kind, start.minusDays(1));
  }

  /** The same period a year earlier, for year-on-year comparisons. */
  public GovernancePeriod yearEarlier() {
    return new GovernancePeriod(kind, start.minusYears(1));
  }

  /** Orders by start, then shorter periods first. */
  @Override
  public int compareTo(GovernancePeriod other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : kind.compareTo(other.kind);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GovernancePeriod && ((GovernancePeriod) o).kind == kind
        && ((GovernancePeriod) o).start.equals(start);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, start);
  }

  /** {@code 2024}, {@code 2024-Q1}, {@code 2024-03} or {@code 2024-03-05}. */
  @JsonValue
  @Override
  public String toString() {
    switch (kind) {
      case DAY:
        return start.toString();
      case MONTH:
        return YearMonth.from(start).toString();
      case QUARTER:
        return start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
      case YEAR:
        return String.valueOf(start.getYear());
      default:
        throw new AssertionError(kind);
    }
  }
}
