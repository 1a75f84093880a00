package io.github.xiangzhi.rating.star.conduct;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * 约束 — what a black-list entry restricts, from the first day after the listed quarter ({@link
 * #from()}) to the day before {@link #until()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRestriction.class)
@JsonDeserialize(as = ImmutableRestriction.class)
public abstract class Restriction {

  /** The household restricted. */
  public abstract HouseholdId household();

  /** The quarter whose black list it comes from. */
  public abstract GovernancePeriod listed();

  /** What is restricted. */
  public abstract ImmutableSet<RestrictionKind> kinds();

  /** The first day restricted. */
  public abstract LocalDate from();

  /** The first day no longer restricted. */
  public abstract LocalDate until();

  /** True when {@code kind} is restricted on {@code date}. */
  public boolean applies(RestrictionKind kind, LocalDate date) {
    return kinds().contains(kind) && !date.isBefore(from()) && date.isBefore(until());
  }

  static Restriction of(HouseholdId household, GovernancePeriod listed,
      ImmutableSet<RestrictionKind> kinds, LocalDate from, LocalDate until) {
    return ImmutableRestriction.builder().household(household).listed(listed).kinds(kinds)
        .from(from).until(until).build();
  }
}
