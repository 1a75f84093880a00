package io.github.xiangzhi.testkit.core;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.code.CreditCode;
import io.github.xiangzhi.core.code.DivisionCode;
import io.github.xiangzhi.core.code.ResidentId;
import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.Holiday;
import io.github.xiangzhi.core.time.MakeUpWorkday;
import io.github.xiangzhi.core.time.PeriodKind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for core's values, reused by every module's tests (and later moved to
 * the testkit).
 */
public final class CoreGens {
  private CoreGens() {}

  /** Province codes GB/T 2260 assigns. */
  public static final ImmutableList<Integer> PROVINCES = ImmutableList.of(11, 12, 13, 14, 15, 21,
      22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64,
      65, 71, 81, 82);

  /** The credit-code alphabet. */
  public static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** Valid division codes at every level. */
  public static Gen<DivisionCode> divisionCodes() {
    Gen<Integer> province = arbitrary().pick(PROVINCES);
    Gen<Integer> level = integers().between(0, 4);
    return province.zip(level, integers().between(1, 99), integers().between(1, 99),
        (p, l, pref, county) -> new int[] {p, l, pref, county})
        .zip(integers().between(1, 999), integers().between(1, 999),
            (a, township, village) -> divisionCode(a[0], a[1], a[2], a[3], township, village));
  }

  /**
   * The division code {@link #divisionCodes()} makes of its draws, for generators that draw from a
   * seed rather than a {@link Gen}: province {@code province} (one of {@link #PROVINCES}), its
   * parts below down to {@code level} (0 province, 1 prefecture, 2 county, 3 township, 4 village)
   * from the non-zero {@code prefecture} (1–99), {@code county} (1–99), {@code township} (1–999)
   * and {@code village} (1–999), zeros below.
   */
  public static DivisionCode divisionCode(int province, int level, int prefecture, int county,
      int township, int village) {
    long v = province * 10_000_000_000L;
    if (level >= 1) {
      v += prefecture * 100_000_000L;
    }
    if (level >= 2) {
      v += county * 1_000_000L;
    }
    if (level >= 3) {
      v += township * 1_000L;
    }
    if (level >= 4) {
      v += village;
    }
    return DivisionCode.parse(String.format(Locale.ROOT, "%012d", v));
  }

  /** A division code of {@link #divisionCodes()}' kind drawn from {@code random}. */
  public static DivisionCode divisionCode(RandomGenerator random) {
    return divisionCode(PROVINCES.get(random.nextInt(PROVINCES.size())), random.nextInt(0, 5),
        random.nextInt(1, 100), random.nextInt(1, 100), random.nextInt(1, 1000),
        random.nextInt(1, 1000));
  }

  /** The first seventeen characters of valid resident ids: real provinces, real dates. */
  public static Gen<String> residentIdBodies() {
    Gen<LocalDate> births = integers().between(0, 365 * 100)
        .map(days -> LocalDate.of(1920, 1, 1).plusDays(days));
    return arbitrary().pick(PROVINCES).zip(integers().between(0, 9999), births,
        integers().between(0, 999),
        (p, county, birth, sequence) -> String.format(Locale.ROOT, "%02d%04d%04d%02d%02d%03d", p,
            county, birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence));
  }

  /** Valid resident ids as text. */
  public static Gen<String> residentIdTexts() {
    return residentIdBodies().map(body -> body + ResidentId.checkCharacter(body));
  }

  /** Valid resident ids. */
  public static Gen<ResidentId> residentIds() {
    return residentIdTexts().map(ResidentId::parse);
  }

  /** Valid credit codes as text: any authority and type, a real province, any organisation code. */
  public static Gen<String> creditCodeTexts() {
    Gen<Character> symbol =
        integers().between(0, 30).map(i -> CREDIT_ALPHABET.charAt(i));
    Gen<String> nine = lists().of(symbol).ofSize(9).map(CoreGens::join);
    return symbol.zip(symbol, arbitrary().pick(PROVINCES), integers().between(0, 9999), nine,
        (authority, type, p, county, organisation) -> {
          String body = "" + authority + type + String.format(Locale.ROOT, "%02d%04d", p, county)
              + organisation;
          return body + CreditCode.checkCharacter(body);
        });
  }

  /** Valid credit codes. */
  public static Gen<CreditCode> creditCodes() {
    return creditCodeTexts().map(CreditCode::parse);
  }

  private static String join(List<Character> chars) {
    StringBuilder out = new StringBuilder();
    chars.forEach(out::append);
    return out.toString();
  }

  /** Shares with denominators up to 1000. */
  public static Gen<Share> shares() {
    return integers().between(1, 1000)
        .flatMap(d -> integers().between(0, d).map(n -> Share.of(n, d)));
  }

  /** Periods of every kind between 1990 and 2040. */
  public static Gen<GovernancePeriod> periods() {
    return arbitrary().enumValues(PeriodKind.class).zip(dates(),
        GovernancePeriod::containing);
  }

  /** Dates between 1990 and 2040. */
  public static Gen<LocalDate> dates() {
    return integers().between(0, 365 * 50).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
  }

  /** Months between 1990 and 2040. */
  public static Gen<YearMonth> months() {
    return dates().map(YearMonth::from);
  }

  /**
   * Random valid calendars around 2024: weekends of zero to six days, holiday spans and make-up
   * workdays on weekend days outside the holidays.
   */
  public static Gen<GovernanceCalendar> calendars() {
    Gen<Set<DayOfWeek>> weekends = lists().of(arbitrary().enumValues(DayOfWeek.class))
        .ofSizeBetween(0, 6).map(days -> {
          Set<DayOfWeek> set = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
          if (set.size() == 7) {
            set.remove(DayOfWeek.WEDNESDAY);
          }
          return set;
        });
    Gen<Holiday> holidays = integers().between(0, 700).zip(integers().between(0, 9),
        (start, length) -> Holiday.of("H" + start, LocalDate.of(2023, 6, 1).plusDays(start),
            LocalDate.of(2023, 6, 1).plusDays(start + length)));
    Gen<List<LocalDate>> candidates = lists().of(integers().between(0, 700)
        .map(d -> LocalDate.of(2023, 6, 1).plusDays(d))).ofSizeBetween(0, 12);
    return weekends.zip(lists().of(holidays).ofSizeBetween(0, 8), candidates,
        (weekend, hs, days) -> {
          GovernanceCalendar.Builder b = GovernanceCalendar.builder();
          b.weekend(weekend).addAllHolidays(hs);
          Set<LocalDate> used = new HashSet<>();
          for (LocalDate d : days) {
            boolean inHoliday = hs.stream().anyMatch(h -> h.contains(d));
            if (weekend.contains(d.getDayOfWeek()) && !inHoliday && used.add(d)) {
              b.addWorkdays(MakeUpWorkday.of(d, "W"));
            }
          }
          return b.build();
        });
  }

  /**
   * Valid conduct events of {@code kinds} for households {@code h-0} to {@code h-(households-1)}
   * in 2024, with and without a quantity, source and note; ids are {@code e-} and a number.
   */
  public static Gen<ConductEvent> conductEvents(List<String> kinds, int households) {
    Gen<Long> quantities = integers().between(0, 5).map(Integer::longValue);
    return integers().between(0, 1_000_000).zip(integers().between(0, households - 1),
        arbitrary().pick(kinds), integers().between(0, 366 * 24 * 60 - 1), quantities,
        (id, household, kind, minute, quantity) -> {
          ConductEvent.Builder b = ConductEvent.builder();
          b.id("e-" + id).household(HouseholdId.of("h-" + household)).kind(kind)
              .occurredAt(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(minute * 60L));
          if (quantity > 0) {
            b.quantity(quantity);
          }
          if (id % 3 == 0) {
            b.source("patrol").reference("shift-" + id);
          }
          if (id % 5 == 0) {
            b.note("帮助邻居 " + id);
          }
          return (ConductEvent) b.build();
        });
  }
}
