package io.github.xiangzhi.grid.scope;

import java.util.Arrays;

/**
 * Ranges {@code [from[i], to[i])} of non-negative positions with {@code from[i] <= to[i] <=
 * from[i + 1]} (sorted, disjoint, empty ones allowed), and the membership test an {@link
 * AccessScope} makes on every check.
 *
 * <p>Performance notes: a set with one non-empty range, the most common scope (a grid worker's
 * grid, a village cadre's village), is tested as {@code p - from < to - from} unsigned: one
 * subtraction and one comparison, with no index. For more, the positions from the block of the
 * first non-empty range's start to the last non-empty range's end are cut into blocks of 64, and
 * each block has a one-byte entry naming a 64-bit mask of which of its positions the ranges hold.
 * Blocks wholly outside share mask 0 (all clear), blocks wholly inside share mask 1 (all set),
 * and only blocks a range starts or ends in have masks of their own, at most two a range. A check
 * is then a subtraction, a shift, a bounds test and two loads from small arrays, with no loop and
 * no branch on the answer: O(1), about one and a half nanoseconds in a loop
 * (docs/PERFORMANCE.md). The index takes one byte per 64 positions of the span, at most {@value
 * #MAX_BLOCKS} bytes; a set whose span is longer, or that needs more than {@value #MAX_MASKS}
 * masks of its own (some 127 ranges or more), tests by bisecting the ranges instead: O(log k).
 *
 * <p>This class is immutable and thread-safe.
 */
final class RangeSet {
  /** The most blocks an index may have: a span of 4,194,304 positions, 64 KiB of index. */
  static final int MAX_BLOCKS = 1 << 16;
  /** The most masks a byte can name: 254 of blocks' own, besides all clear and all set. */
  static final int MAX_MASKS = 254;

  private static final long[] NO_MASKS = {0L};
  private static final byte[] NO_BLOCKS = new byte[0];

  private final int[] from;
  private final int[] to;
  private final int only; // with one non-empty range: its start
  private final int onlyLength; // with one non-empty range: its length; else -1
  private final int base; // the first non-empty range's start, rounded down to a multiple of 64
  private final byte[] blocks; // per block of 64 positions: the index of its mask; null: bisect
  private final long[] masks; // 0: all clear, 1: all set, then the blocks' own

  /** The ranges {@code [from[i], to[i])}, as the class describes; the arrays are not copied. */
  RangeSet(int[] from, int[] to) {
    assert wellFormed(from, to) : Arrays.toString(from) + " / " + Arrays.toString(to);
    this.from = from;
    this.to = to;
    int n = from.length;
    int first = 0;
    while (first < n && from[first] == to[first]) {
      first++; // empty ranges hold nothing
    }
    int last = n - 1;
    while (last > first && from[last] == to[last]) {
      last--;
    }
    if (first == n) { // nothing at all: every check finds no block
      only = 0;
      onlyLength = -1;
      base = 0;
      blocks = NO_BLOCKS;
      masks = NO_MASKS;
      return;
    }
    if (first == last) {
      only = from[first];
      onlyLength = to[first] - from[first];
      base = 0;
      blocks = NO_BLOCKS;
      masks = NO_MASKS;
      return;
    }
    only = 0;
    onlyLength = -1;
    int start = from[first] & ~63;
    int blockCount = (int) (((long) to[last] - start + 63) >>> 6);
    byte[] index = blockCount <= MAX_BLOCKS ? new byte[blockCount] : null;
    long[] own = index == null ? null : maskRanges(from, to, first, last, start, index);
    base = own == null ? 0 : start;
    blocks = own == null ? null : index;
    masks = own == null ? NO_MASKS : own;
  }

  /**
   * Fills {@code index} with the masks of ranges {@code first..last} relative to {@code start},
   * returning the masks, or null when they pass {@link #MAX_MASKS} of their own.
   */
  private static long[] maskRanges(int[] from, int[] to, int first, int last, int start,
      byte[] index) {
    long[] own = new long[2 + 2 * (last - first + 1)];
    own[1] = -1L;
    int owned = 2;
    for (int i = first; i <= last; i++) {
      if (from[i] == to[i]) {
        continue;
      }
      int a = from[i] - start;
      int b = to[i] - start; // exclusive
      for (int block = a >>> 6; block <= (b - 1) >>> 6; block++) {
        int lo = Math.max(a, block << 6) & 63;
        int hi = Math.min(b - (block << 6), 64); // exclusive, 1..64
        long bits = (hi == 64 ? -1L : (1L << hi) - 1) & (-1L << lo);
        int at = index[block] & 0xFF;
        // the ranges are disjoint, so no block wholly inside one (at == 1) meets another
        if (bits == -1L && at == 0) {
          index[block] = 1;
        } else if (at >= 2) {
          own[at] |= bits;
        } else if (owned == MAX_MASKS + 2) {
          return null;
        } else {
          own[owned] = bits;
          index[block] = (byte) owned++;
        }
      }
    }
    return Arrays.copyOf(own, owned);
  }

  private static boolean wellFormed(int[] from, int[] to) {
    for (int i = 0; i < from.length; i++) {
      if (from[i] < 0 || to[i] < from[i] || i > 0 && from[i] < to[i - 1]) {
        return false;
      }
    }
    return from.length == to.length;
  }

  /** True when {@code p} lies in one of the ranges. */
  boolean contains(int p) {
    if (onlyLength >= 0) {
      return Integer.compareUnsigned(p - only, onlyLength) < 0;
    }
    byte[] index = blocks;
    if (index != null) {
      // p - base is negative (huge once shifted unsigned) before the first block; a long shift
      // takes only the low six bits of p, its place in the block, as base is a multiple of 64
      int block = (p - base) >>> 6;
      return block < index.length && (masks[index[block] & 0xFF] >>> p & 1L) != 0;
    }
    int r = lastStartingAtOrBefore(p);
    return r >= 0 && p < to[r];
  }

  /** True when checks use the block index: more than one non-empty range, within its limits. */
  boolean indexed() {
    return blocks != null && blocks.length > 0;
  }

  /** The last range starting at or before {@code p}, or -1. */
  private int lastStartingAtOrBefore(int p) {
    int lo = 0;
    int hi = from.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (from[mid] <= p) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
