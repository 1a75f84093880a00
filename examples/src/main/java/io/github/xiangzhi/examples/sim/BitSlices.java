package io.github.xiangzhi.examples.sim;

/**
 * 位切片 — the bit-sliced kernels of {@link Simulation}: 64 households of a village as the 64 bits
 * (lanes) of a {@code long}, a number per lane as its bit-planes (plane b holds bit b of every
 * lane's number).
 *
 * <p>Performance notes: every kernel works on 64 lanes with a handful of word operations per
 * plane, allocates nothing and touches only the caller's arrays.
 */
final class BitSlices {
  private BitSlices() {}

  /** The bits of a draw: uniforms of 16 bits, so 16 planes. */
  static final int PLANES = 16;

  /** The lanes of a block: {@code lanes} of them from lane 0 (1 to 64). */
  static long laneMask(int lanes) {
    return lanes == 64 ? -1L : (1L << lanes) - 1;
  }

  /**
   * Transposes the 64×64 bit matrix {@code a[off .. off+63]} in place: afterwards bit {@code l}
   * of {@code a[off+i]} is what bit {@code i} of {@code a[off+l]} was. Six rounds of 32 masked
   * swaps (Hacker's Delight, §7-3).
   */
  static void transpose64(long[] a, int off) {
    long m = 0x00000000FFFFFFFFL;
    for (int j = 32; j != 0; j >>>= 1, m ^= m << j) {
      for (int k = 0; k < 64; k = ((k | j) + 1) & ~j) {
        long t = ((a[off + k] >>> j) ^ a[off + k + j]) & m;
        a[off + k] ^= t << j;
        a[off + k + j] ^= t;
      }
    }
  }

  /**
   * A Bernoulli draw for 64 lanes at once: the lanes of {@code undecided} where a fresh uniform
   * 16-bit number u is below the lane's threshold t, whose planes are {@code planes[off + b]}
   * (b from 0, the least significant) and which is 65,536 in the lanes of {@code full} (met
   * without drawing). The u of all lanes are drawn together from {@code random}, their planes
   * most significant first, one 64-bit output each, only while some lane is undecided: a lane is
   * decided at the first bit where u and t differ (u below t when t has the 1), and a lane whose
   * u equals t in all 16 bits is not below it. So each lane is met with probability exactly
   * t/65,536, as a scalar {@code u < t} would be, with about 7 outputs for 64 lanes instead of
   * 16.
   */
  static long below(SplitMix random, long[] planes, int off, long full, long undecided) {
    long state = random.state;
    long lt = full & undecided;
    long open = undecided & ~full;
    for (int b = off + PLANES - 1; open != 0 && b >= off; b--) {
      state += Seeds.GOLDEN_GAMMA;
      long r = Seeds.mix(state);
      long p = planes[b];
      lt |= open & ~r & p;
      open &= ~(r ^ p);
    }
    random.state = state;
    return lt;
  }

  /**
   * Adds {@code value} in the lanes of {@code mask} to the bit-sliced counter whose planes are
   * {@code counter[from .. top]} ({@code from} holding the value's lowest set bit, {@code bits}
   * the value shifted down by as much); a carry out of {@code top} is lost.
   */
  static void add(long[] counter, int from, int top, long bits, long mask) {
    long carry = 0;
    for (int i = from; i <= top; i++, bits >>>= 1) {
      long a = mask & -(bits & 1);
      long s = counter[i];
      long x = s ^ a;
      counter[i] = x ^ carry;
      carry = (s & a) | (x & carry);
    }
  }

  /** Adds one in the lanes of {@code mask} to the counter {@code counter[from .. top]}. */
  static void increment(long[] counter, int from, int top, long mask) {
    long carry = mask;
    for (int i = from; i <= top && carry != 0; i++) {
      long s = counter[i];
      counter[i] = s ^ carry;
      carry &= s;
    }
  }

  /** The counter's planes {@code counter[from .. from+width-1]} set to the constant {@code value}. */
  static void fill(long[] counter, int from, int width, long value) {
    for (int i = 0; i < width; i++) {
      counter[from + i] = -((value >>> i) & 1);
    }
  }

  /** Lane {@code lane}'s number in the planes {@code planes[from .. from+width-1]}. */
  static long lane(long[] planes, int from, int width, int lane) {
    long value = 0;
    for (int i = 0; i < width; i++) {
      value |= ((planes[from + i] >>> lane) & 1) << i;
    }
    return value;
  }

  /** The bits to write every number in [0, {@code max}]: at least 1. */
  static int width(long max) {
    return Math.max(1, 64 - Long.numberOfLeadingZeros(max));
  }
}
