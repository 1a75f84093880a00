package io.github.xiangzhi.rating.star;

import java.math.BigDecimal;

/** Decimals in one canonical form, so equal numbers make equal values (80, not 8E+1 or 80.00). */
final class Decimals {
  private Decimals() {}

  /** {@code d} without trailing zeros and with a scale of at least zero. */
  static BigDecimal canonical(BigDecimal d) {
    BigDecimal stripped = d.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
