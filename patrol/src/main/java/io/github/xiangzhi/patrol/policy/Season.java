package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.MonthDay;
import org.immutables.value.Value;

/**
 * 时节 — a span of the year that recurs every year, {@link #from()} to {@link #to()} inclusive,
 * such as the harvest weeks of the straw-burning ban (秋收秸秆禁烧) or the dry season of forest fire
 * prevention (森林防火期). A season whose end comes before its start in the calendar runs over the
 * new year: 11-01 to 04-30 is November to April.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSeason.class)
@JsonDeserialize(as = ImmutableSeason.class)
public abstract class Season {

  /** The first day, every year. */
  public abstract MonthDay from();

  /** The last day, every year, inclusive. */
  public abstract MonthDay to();

  /** The season from {@code from} to {@code to}. */
  public static Season of(MonthDay from, MonthDay to) {
    return ImmutableSeason.builder().from(from).to(to).build();
  }

  /** True when {@code date} lies in the season. */
  public final boolean contains(LocalDate date) {
    MonthDay day = MonthDay.from(date);
    if (!from().isAfter(to())) {
      return !day.isBefore(from()) && !day.isAfter(to());
    }
    return !day.isBefore(from()) || !day.isAfter(to());
  }

  @Override
  public String toString() {
    return from() + ".." + to();
  }
}
