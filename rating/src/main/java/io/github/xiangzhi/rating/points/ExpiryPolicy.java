package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.PeriodKind;
import java.time.Instant;
import java.time.ZoneId;
import org.immutables.value.Value;

/**
 * 积分有效期 — when earned points expire: at the end of the {@link #periodsKept()}-th {@link
 * #period()} after the one they were earned in. The default, a year kept one year, lets points
 * earned in 2024 expire when 2025 ends. Expired points leave the passbook oldest first.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExpiryPolicy.class)
@JsonDeserialize(as = ImmutableExpiryPolicy.class)
public abstract class ExpiryPolicy {

  /** The period expiry counts in; a year by default. */
  @JsonProperty
  @Value.Default
  public PeriodKind period() {
    return PeriodKind.YEAR;
  }

  /**
   * How many whole periods after the earning period the points last; 1 by default, 0 to let
   * them expire when their own period ends.
   */
  @JsonProperty
  @Value.Default
  public int periodsKept() {
    return 1;
  }

  /** Points expire at the end of the {@code periodsKept}-th {@code period} after earning. */
  public static ExpiryPolicy of(PeriodKind period, int periodsKept) {
    return ImmutableExpiryPolicy.builder().period(period).periodsKept(periodsKept).build();
  }

  /** The first instant at which points earned at {@code earnedAt} have expired, in {@code zone}. */
  public Instant expiresAt(Instant earnedAt, ZoneId zone) {
    GovernancePeriod p = GovernancePeriod.containing(period(), earnedAt, zone);
    for (int i = 0; i < periodsKept(); i++) {
      p = p.next();
    }
    return p.endInstant(zone);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(periodsKept() >= 0 && periodsKept() <= 100, "/periodsKept",
        "rating.points.policy.periodsKept", periodsKept());
    checks.throwIfAny();
  }
}
