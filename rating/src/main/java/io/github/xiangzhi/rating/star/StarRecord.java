package io.github.xiangzhi.rating.star;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.PeriodKind;
import org.immutables.value.Value;

/**
 * 星级档案条目 — the stars a household held for one rating year.
 *
 * <p>Rating years are {@link GovernancePeriod}s of kind {@link PeriodKind#YEAR} (R-CORE-5:
 * "年底推选"), the same type the red/black list uses for its quarters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStarRecord.class)
@JsonDeserialize(as = ImmutableStarRecord.class)
public abstract class StarRecord {

  /** The household. */
  public abstract HouseholdId household();

  /** The rating year. */
  public abstract GovernancePeriod year();

  /** The codes of the categories held. */
  public abstract ImmutableSet<String> stars();

  /** The record of {@code stars} for {@code household} in {@code year}. */
  public static StarRecord of(HouseholdId household, GovernancePeriod year,
      Iterable<String> stars) {
    return ImmutableStarRecord.builder().household(household).year(year).stars(stars).build();
  }

  /** The number of stars. */
  public int total() {
    return stars().size();
  }

  /** Checks that {@code year} is a year, for every API taking a rating year. */
  static GovernancePeriod requireYear(GovernancePeriod year) {
    InvalidValueException.check(year.kind() == PeriodKind.YEAR, "rating.star.year.kind", year);
    return year;
  }

  @Value.Check
  void check() {
    requireYear(year());
  }
}
