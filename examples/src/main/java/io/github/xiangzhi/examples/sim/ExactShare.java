package io.github.xiangzhi.examples.sim;

import io.github.xiangzhi.core.Share;
import java.io.Serializable;

/**
 * A target share as its reduced fraction, compared with counts in exact 128-bit integer arithmetic
 * and without allocating: the simulator checks three targets per village and year. Agrees with
 * {@link io.github.xiangzhi.rating.star.target.TargetCheck#met()}: a count of an empty base never
 * meets a target.
 */
final class ExactShare implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long numerator;
  private final long denominator;

  ExactShare(Share share) {
    this.numerator = share.numerator();
    this.denominator = share.denominator();
  }

  /** True when {@code base > 0} and {@code count / base ≥ numerator / denominator}. */
  boolean isMetBy(long count, long base) {
    if (base <= 0) {
      return false;
    }
    // count·denominator ≥ numerator·base, both products of non-negative longs, as 128 bits
    long highLeft = Math.multiplyHigh(count, denominator);
    long highRight = Math.multiplyHigh(numerator, base);
    if (highLeft != highRight) {
      return highLeft > highRight;
    }
    return Long.compareUnsigned(count * denominator, numerator * base) >= 0;
  }
}
