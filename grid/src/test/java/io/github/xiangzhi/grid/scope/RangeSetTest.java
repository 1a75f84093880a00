package io.github.xiangzhi.grid.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RangeSetTest {

  /** Sorted disjoint ranges, some empty, some at the top of the int range; then any probe. */
  @Test
  void R_GRID_7_aRangeSetHoldsExactlyThePositionsOfItsRanges() {
    // gaps and lengths: within a block, across blocks, and wide enough to pass the index's
    // span, so both the block index and the bisection are tested; many ranges pass its masks
    qt().forAll(longs().all(), integers().between(0, 12).mix(integers().between(120, 300), 15))
        .checkAssert((seed, count) -> {
      SplittableRandom random = new SplittableRandom(seed);
      int[] from = new int[count];
      int[] to = new int[count];
      int[] steps = {6, 70, 300, random.nextInt(1, 1 << 24)};
      int step = steps[random.nextInt(steps.length)];
      long at = random.nextBoolean() ? random.nextInt(0, 130)
          : Math.max(0, Integer.MAX_VALUE - 200L * step);
      for (int i = 0; i < count; i++) {
        at += random.nextInt(0, step);
        from[i] = (int) Math.min(at, Integer.MAX_VALUE);
        at += random.nextInt(0, step);
        to[i] = (int) Math.min(at, Integer.MAX_VALUE);
      }
      RangeSet ranges = new RangeSet(from, to);
      int[] probes = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 1, Integer.MAX_VALUE,
          Integer.MAX_VALUE - 1, random.nextInt(), random.nextInt(0, 80),
          Integer.MAX_VALUE - random.nextInt(0, 220)};
      for (int i = 0; i < count; i++) {
        probes = Arrays.copyOf(probes, probes.length + 3);
        probes[probes.length - 3] = from[i] - 1;
        probes[probes.length - 2] = from[i];
        probes[probes.length - 1] = to[i];
      }
      for (int i = 0; i < 40; i++) {
        probes = Arrays.copyOf(probes, probes.length + 1);
        probes[probes.length - 1] = count == 0 ? random.nextInt()
            : (int) Math.min(Integer.MAX_VALUE,
                random.nextLong(from[0] - 70L, to[count - 1] + 70L));
      }
      for (int p : probes) {
        boolean naive = false;
        for (int i = 0; i < count; i++) {
          naive |= from[i] <= p && p < to[i];
        }
        assertThat(ranges.contains(p)).as("%s in %s / %s (indexed: %s)", p,
            Arrays.toString(from), Arrays.toString(to), ranges.indexed()).isEqualTo(naive);
      }
    });
  }

  @Test
  void theIndexGivesWayToBisectionPastItsSpanOrItsMasks() {
    // one position per range, 64 apart: every range needs a mask of its own
    assertEveryPositionAnswered(spaced(RangeSet.MAX_MASKS, 64, 5, 1), true);
    assertEveryPositionAnswered(spaced(RangeSet.MAX_MASKS + 1, 64, 5, 1), false);
    // ranges straddling a block boundary: two masks each
    assertEveryPositionAnswered(spaced(RangeSet.MAX_MASKS / 2, 128, 60, 10), true);
    assertEveryPositionAnswered(spaced(RangeSet.MAX_MASKS / 2 + 1, 128, 60, 10), false);
    int widest = RangeSet.MAX_BLOCKS * 64;
    assertThat(new RangeSet(new int[] {0, 70}, new int[] {1, widest}).indexed()).isTrue();
    RangeSet wide = new RangeSet(new int[] {0, 70}, new int[] {1, widest + 1});
    assertThat(wide.indexed()).isFalse();
    assertThat(wide.contains(widest)).isTrue();
    assertThat(wide.contains(widest + 1)).isFalse();
    assertThat(wide.contains(1)).isFalse();
    RangeSet one = new RangeSet(new int[] {0}, new int[] {widest + 1});
    assertThat(one.indexed()).isFalse();
    assertThat(one.contains(widest)).isTrue();
    assertThat(one.contains(-1)).isFalse();
    assertThat(one.contains(Integer.MIN_VALUE)).isFalse();
    assertThat(new RangeSet(new int[] {7, 9}, new int[] {7, 9}).contains(7)).isFalse();
  }

  @Test
  void emptyRangesAtEitherEndCostNothing() {
    // a scope's last root may have no households, far past the others
    RangeSet farEmpty = new RangeSet(new int[] {0, 5_000_000}, new int[] {10, 5_000_000});
    assertThat(farEmpty.indexed()).isFalse();
    assertThat(farEmpty.contains(9)).isTrue();
    assertThat(farEmpty.contains(10)).isFalse();
    assertThat(farEmpty.contains(5_000_000)).isFalse();
    RangeSet twoAmongEmpty = new RangeSet(new int[] {3, 3, 100, 200, 9_000_000},
        new int[] {3, 50, 150, 200, 9_000_000});
    assertThat(twoAmongEmpty.indexed()).isTrue();
    assertThat(twoAmongEmpty.contains(49)).isTrue();
    assertThat(twoAmongEmpty.contains(50)).isFalse();
    assertThat(twoAmongEmpty.contains(149)).isTrue();
    assertThat(twoAmongEmpty.contains(200)).isFalse();
  }

  /** {@code count} ranges of {@code length} at {@code offset} in every {@code stride}. */
  private static int[][] spaced(int count, int stride, int offset, int length) {
    int[] from = new int[count];
    int[] to = new int[count];
    for (int i = 0; i < count; i++) {
      from[i] = stride * i + offset;
      to[i] = from[i] + length;
    }
    return new int[][] {from, to};
  }

  private static void assertEveryPositionAnswered(int[][] ranges, boolean indexed) {
    int[] from = ranges[0];
    int[] to = ranges[1];
    RangeSet set = new RangeSet(from, to);
    assertThat(set.indexed()).isEqualTo(indexed);
    int r = 0;
    for (int p = -1; p <= to[to.length - 1] + 64; p++) {
      while (r < from.length && to[r] <= p) {
        r++;
      }
      boolean inside = r < from.length && from[r] <= p;
      assertThat(set.contains(p)).as("%s of %s ranges", p, from.length).isEqualTo(inside);
    }
  }
}
