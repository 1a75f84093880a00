package io.github.xiangzhi.rating.star;

import com.google.common.collect.ImmutableSet;

/**
 * 星级表 — the stars of many households from the {@linkplain StarEngine#evaluateAll batch engine}:
 * per household (by position) the number of stars and the categories held as a bit mask (bit c is
 * the scheme's category c).
 *
 * <p>Performance notes: one {@code byte} and one {@code long} per household; every accessor is
 * O(1) and allocation-free except {@link #stars(int)}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface StarTable {

  /** The scheme the stars were earned under. */
  StarScheme scheme();

  /** The number of households. */
  int households();

  /** The number of stars of the household at {@code position}. */
  int total(int position);

  /** The categories the household at {@code position} holds, bit c for category c. */
  long mask(int position);

  /** True when the household at {@code position} holds category {@code category} (a position). */
  default boolean holds(int position, int category) {
    return (mask(position) & (1L << category)) != 0;
  }

  /** The codes of the categories the household at {@code position} holds, in scheme order. */
  default ImmutableSet<String> stars(int position) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    long mask = mask(position);
    for (int c = 0; mask != 0; c++, mask >>>= 1) {
      if ((mask & 1) != 0) {
        out.add(scheme().categories().get(c).code());
      }
    }
    return out.build();
  }

  /** A copy of the totals, one byte per household. */
  byte[] totals();

  /** A copy of the masks, one per household. */
  long[] masks();
}
