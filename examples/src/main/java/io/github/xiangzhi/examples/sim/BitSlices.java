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
   * of {@code a[off+i]} is what bit {@code i} of {@code a[off+l]} was. The six rounds of 32
   * masked swaps of Hacker's Delight (§7-3), which commute, in two passes over eight words held
   * in registers: rounds 4, 2 and 1 on eight consecutive words, then rounds 32, 16 and 8 on words
   * eight apart.
   */
  static void transpose64(long[] a, int off) {
    final long m4 = 0x0F0F0F0F0F0F0F0FL;
    final long m2 = 0x3333333333333333L;
    final long m1 = 0x5555555555555555L;
    for (int b = off; b < off + 64; b += 8) {
      long x0 = a[b];
      long x1 = a[b + 1];
      long x2 = a[b + 2];
      long x3 = a[b + 3];
      long x4 = a[b + 4];
      long x5 = a[b + 5];
      long x6 = a[b + 6];
      long x7 = a[b + 7];
      long t;
      t = ((x0 >>> 4) ^ x4) & m4; x0 ^= t << 4; x4 ^= t;
      t = ((x1 >>> 4) ^ x5) & m4; x1 ^= t << 4; x5 ^= t;
      t = ((x2 >>> 4) ^ x6) & m4; x2 ^= t << 4; x6 ^= t;
      t = ((x3 >>> 4) ^ x7) & m4; x3 ^= t << 4; x7 ^= t;
      t = ((x0 >>> 2) ^ x2) & m2; x0 ^= t << 2; x2 ^= t;
      t = ((x1 >>> 2) ^ x3) & m2; x1 ^= t << 2; x3 ^= t;
      t = ((x4 >>> 2) ^ x6) & m2; x4 ^= t << 2; x6 ^= t;
      t = ((x5 >>> 2) ^ x7) & m2; x5 ^= t << 2; x7 ^= t;
      t = ((x0 >>> 1) ^ x1) & m1; x0 ^= t << 1; x1 ^= t;
      t = ((x2 >>> 1) ^ x3) & m1; x2 ^= t << 1; x3 ^= t;
      t = ((x4 >>> 1) ^ x5) & m1; x4 ^= t << 1; x5 ^= t;
      t = ((x6 >>> 1) ^ x7) & m1; x6 ^= t << 1; x7 ^= t;
      a[b] = x0;
      a[b + 1] = x1;
      a[b + 2] = x2;
      a[b + 3] = x3;
      a[b + 4] = x4;
      a[b + 5] = x5;
      a[b + 6] = x6;
      a[b + 7] = x7;
    }
    final long m32 = 0x00000000FFFFFFFFL;
    final long m16 = 0x0000FFFF0000FFFFL;
    final long m8 = 0x00FF00FF00FF00FFL;
    for (int b = off; b < off + 8; b++) {
      long x0 = a[b];
      long x1 = a[b + 8];
      long x2 = a[b + 16];
      long x3 = a[b + 24];
      long x4 = a[b + 32];
      long x5 = a[b + 40];
      long x6 = a[b + 48];
      long x7 = a[b + 56];
      long t;
      t = ((x0 >>> 32) ^ x4) & m32; x0 ^= t << 32; x4 ^= t;
      t = ((x1 >>> 32) ^ x5) & m32; x1 ^= t << 32; x5 ^= t;
      t = ((x2 >>> 32) ^ x6) & m32; x2 ^= t << 32; x6 ^= t;
      t = ((x3 >>> 32) ^ x7) & m32; x3 ^= t << 32; x7 ^= t;
      t = ((x0 >>> 16) ^ x2) & m16; x0 ^= t << 16; x2 ^= t;
      t = ((x1 >>> 16) ^ x3) & m16; x1 ^= t << 16; x3 ^= t;
      t = ((x4 >>> 16) ^ x6) & m16; x4 ^= t << 16; x6 ^= t;
      t = ((x5 >>> 16) ^ x7) & m16; x5 ^= t << 16; x7 ^= t;
      t = ((x0 >>> 8) ^ x1) & m8; x0 ^= t << 8; x1 ^= t;
      t = ((x2 >>> 8) ^ x3) & m8; x2 ^= t << 8; x3 ^= t;
      t = ((x4 >>> 8) ^ x5) & m8; x4 ^= t << 8; x5 ^= t;
      t = ((x6 >>> 8) ^ x7) & m8; x6 ^= t << 8; x7 ^= t;
      a[b] = x0;
      a[b + 8] = x1;
      a[b + 16] = x2;
      a[b + 24] = x3;
      a[b + 32] = x4;
      a[b + 40] = x5;
      a[b + 48] = x6;
      a[b + 56] = x7;
    }
  }

  /**
   * The 16-bit numbers {@code t[from + 64j + l]} (j from 0 to 3, lane l from 0 to 63) as
   * planes: plane b of number j at {@code planes[off + 16j + b]}. Each lane's four numbers are
   * packed into one word, then the 64 words transposed.
   */
  static void planes(int[] t, int from, long[] planes, int off) {
    for (int l = 0; l < 64; l++) {
      int i = from + l;
      planes[off + l] = (t[i] & 0xFFFFL) | (t[i + 64] & 0xFFFFL) << 16
          | (t[i + 128] & 0xFFFFL) << 32 | (t[i + 192] & 0xFFFFL) << 48;
    }
    transpose64(planes, off);
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
