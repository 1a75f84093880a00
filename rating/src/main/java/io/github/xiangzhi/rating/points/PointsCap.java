package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.time.PeriodKind;
import org.immutables.value.Value;

/**
 * 积分上限 — at most {@link #maxPoints()} points a household may earn (or lose) under one rule in
 * one period, such as at most 20 volunteering points a month. Periods are counted on the time the
 * conduct happened, in the ledger's zone.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePointsCap.class)
@JsonDeserialize(as = ImmutablePointsCap.class)
public abstract class PointsCap {

  /** The period the cap counts over: a month, a quarter, a year. */
  public abstract PeriodKind period();

  /** The most points in one period; positive. */
  public abstract long maxPoints();

  /** At most {@code maxPoints} points per {@code period}. */
  public static PointsCap of(PeriodKind period, long maxPoints) {
    return ImmutablePointsCap.builder().period(period).maxPoints(maxPoints).build();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(maxPoints() > 0, "/maxPoints", "rating.points.policy.positive", "maxPoints",
        maxPoints());
    checks.throwIfAny();
  }
}
