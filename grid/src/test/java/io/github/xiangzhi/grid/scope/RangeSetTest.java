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
      long at = random.nextBoolean() ? random.nextInt(0, 130) : Integer.MAX_VALUE - 200L * step;
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
            : (int) Math.min(Integer.MAX_VALUE, random.nextLong(from[0] - 70L, to[count - 1] + 70L));
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
    int[] from = new int[RangeSet.MAX_MASKS + 1];
    int[] to = new int[from.length];
    for (int i = 0; i < from.length; i++) {
      from[i] = 64 * i + 5;
      to[i] = from[i] + 1;
    }
    assertThat(new RangeSet(Arrays.copyOf(from, RangeSet.MAX_MASKS),
        Arrays.copyOf(to, RangeSet.MAX_MASKS)).indexed()).isTrue();
    RangeSet many = new RangeSet(from, to);
    assertThat(many.indexed()).isFalse();
    assertThat(many.contains(64 * RangeSet.MAX_MASKS + 5)).isTrue();
    assertThat(many.contains(64 * RangeSet.MAX_MASKS + 6)).isFalse();
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
}
