package io.github.xiangzhi.mediation.transparency;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import org.immutables.value.Value;

/**
 * 未督 — a review period that ended without the supervisor reviewing a village's postings.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnreviewedPeriod.class)
@JsonDeserialize(as = ImmutableUnreviewedPeriod.class)
public abstract class UnreviewedPeriod {

  @Value.Parameter
  public abstract UnitId unit();

  @Value.Parameter
  public abstract GovernancePeriod period();

  /** {@code unit} unreviewed in {@code period}. */
  public static UnreviewedPeriod of(UnitId unit, GovernancePeriod period) {
    return ImmutableUnreviewedPeriod.of(unit, period);
  }
}
