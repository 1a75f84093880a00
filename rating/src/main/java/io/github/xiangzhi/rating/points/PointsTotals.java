package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * 积分总账 — where every issued point is (R-PTS-2): issued (minus the pools' balances) equals held
 * (households' balances) + redeemed (supermarkets') + expired + reversed, at every moment, because
 * every posting takes from one account exactly what it gives another.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePointsTotals.class)
@JsonDeserialize(as = ImmutablePointsTotals.class)
public abstract class PointsTotals {

  /** Points paid out by the issuing pools (minus their balances). */
  public abstract long issued();

  /** Points on households' passbooks, frozen or not (net of any overdrawn household's debt). */
  public abstract long held();

  /** Points spent in the points supermarkets. */
  public abstract long redeemed();

  /** Points that expired. */
  public abstract long expired();

  /** Points taken back: deductions, corrections of earnings, captured holds. */
  public abstract long reversed();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds totals. */
  public static final class Builder extends ImmutablePointsTotals.Builder {}

  /** True when issued = held + redeemed + expired + reversed; a ledger's totals always are. */
  public boolean isConserved() {
    try {
      return issued() == Math.addExact(Math.addExact(held(), redeemed()),
          Math.addExact(expired(), reversed()));
    } catch (ArithmeticException e) {
      return false;
    }
  }
}
