package io.github.xiangzhi.examples.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bit-sliced kernels of the simulator against naive per-household references. */
class BitSlicesTest {

  @Test
  void transposeMovesBitIOfWordLToBitLOfWordI() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      long[] a = new long[64 + 64];
      for (int i = 0; i < a.length; i++) {
        a[i] = r.nextLong();
      }
      long[] t = a.clone();
      BitSlices.transpose64(t, 64);
      for (int i = 0; i < 64; i++) {
        assertThat(t[i]).isEqualTo(a[i]);
        long naive = 0;
        for (int l = 0; l < 64; l++) {
          naive |= ((a[64 + l] >>> i) & 1) << l;
        }
        assertThat(t[64 + i]).as("plane %s", i).isEqualTo(naive);
      }
    });
  }

  /**
   * The bit-sliced Bernoulli draw against each lane's {@code u < t}, u the lane's bits of the
   * next 16 outputs (most significant first): equal in every lane, and it consumes exactly the
   * outputs needed to decide the last lane.
   */
  @Test
  void bitSlicedDrawEqualsEachLanesScalarComparison() {
    qt().withExamples(500).forAll(longs().all(), longs().all(), integers().between(0, 4))
        .checkAssert((seed, stream, spread) -> {
          SplittableRandom r = new SplittableRandom(seed);
          int[] t = new int[4 * 64];
          for (int l = 0; l < 64; l++) {
            switch (spread) {
              case 0: // any threshold, the extremes included
                t[l] = r.nextInt(0, 65537);
                break;
              case 1:
                t[l] = r.nextBoolean() ? 65536 : r.nextInt(2) * 65535;
                break;
              case 2: // thresholds close to one another, so lanes stay undecided long
                t[l] = 30000 + r.nextInt(0, 3);
                break;
              default:
                t[l] = r.nextInt(0, 65536);
                break;
            }
          }
          long full = 0;
          for (int l = 0; l < 64; l++) {
            full |= (long) (t[l] >>> 16) << l;
          }
          long[] planes = new long[64];
          BitSlices.planes(t, 0, planes, 0);
          long undecided = spread == 3 ? -1L : r.nextLong();
          SplitMix kernel = new SplitMix(stream);
          long met = BitSlices.below(kernel, planes, 0, full, undecided);

          SplitMix reference = new SplitMix(stream);
          long[] words = new long[16];
          for (int b = 15; b >= 0; b--) {
            words[b] = reference.nextLong();
          }
          long expected = 0;
          int needed = 0;
          for (int l = 0; l < 64; l++) {
            if ((undecided >>> l & 1) == 0) {
              continue;
            }
            int u = (int) BitSlices.lane(words, 0, 16, l);
            if (t[l] == 65536 || u < t[l]) {
              expected |= 1L << l;
            }
            if (t[l] < 65536) {
              // outputs drawn until the first bit, from the top, where u and t differ
              int differ = 31 - Integer.numberOfLeadingZeros(u ^ t[l]);
              needed = Math.max(needed, differ < 0 ? 16 : 16 - differ);
            }
          }
          assertThat(met).isEqualTo(expected);
          SplitMix after = new SplitMix(stream);
          for (int i = 0; i < needed; i++) {
            after.nextLong();
          }
          assertThat(kernel.state).as("outputs consumed").isEqualTo(after.state);
        });
  }

  @Test
  void bitSlicedAdditionEqualsEachLanesSum() {
    qt().forAll(longs().all(), integers().between(1, 20)).checkAssert((seed, width) -> {
      SplittableRandom r = new SplittableRandom(seed);
      long[] lanes = new long[64];
      long[] counter = new long[width + 2];
      long modulus = 1L << width;
      for (int l = 0; l < 64; l++) {
        lanes[l] = r.nextLong(modulus);
      }
      for (int b = 0; b < width; b++) {
        for (int l = 0; l < 64; l++) {
          counter[1 + b] |= ((lanes[l] >>> b) & 1) << l;
        }
      }
      for (int step = 0; step < 10; step++) {
        long value = r.nextLong(1, modulus);
        long mask = r.nextLong();
        int low = Long.numberOfTrailingZeros(value);
        if (r.nextBoolean()) {
          BitSlices.add(counter, 1 + low, width, value >>> low, mask);
        } else {
          value = 1;
          BitSlices.increment(counter, 1, width, mask);
        }
        for (int l = 0; l < 64; l++) {
          if ((mask >>> l & 1) != 0) {
            lanes[l] = (lanes[l] + value) % modulus;
          }
          assertThat(BitSlices.lane(counter, 1, width, l)).isEqualTo(lanes[l]);
        }
      }
      assertThat(counter[0]).isZero();
      assertThat(counter[width + 1]).isZero();
    });
  }

  /**
   * The bit-sliced rating of 64 households against the scalar {@link Simulation#stars(int[])}
   * (itself held to {@code StarEngine}) on random schemes — vetoes on counts, the maximum,
   * required categories, counts read by ranges — and random evidence of the values the
   * simulator draws.
   */
  @Test
  void bitSlicedRatingEqualsTheScalarRatingOfEachLane() {
    qt().withExamples(200).forAll(longs().all(), longs().all()).checkAssert((schemeSeed, seed) -> {
      SplittableRandom r = new SplittableRandom(seed);
      StarScheme scheme = StarGens.scheme(schemeSeed, true);
      RatingPolicy policy = SimulationTest.policy(scheme, r);
      Simulation simulation = Simulation.of(policy, SimulationTest.settings(r),
          SimulationSize.of(1, 1, 1, 1, 0));
      SlicedScheme sliced = simulation.sliced;
      int inputs = simulation.inputCodes.length;
      int[][] rows = new int[64][inputs];
      long[] vec = new long[sliced.vecSize];
      for (int i = 0; i < vec.length; i++) {
        vec[i] = r.nextLong(); // stale bits must not matter
      }
      for (int l = 0; l < 64; l++) {
        for (int i = 0; i < inputs; i++) {
          if (sliced.twoSlot[i] >= 0) {
            rows[l][i] = r.nextBoolean() ? sliced.good[i] : sliced.bad[i];
          } else if (sliced.unitPlanes[i] >= 0) {
            rows[l][i] = r.nextInt(0, sliced.unitMax[i] + 1);
          } else {
            rows[l][i] = Simulation.MISSING;
          }
        }
        sliced.setLane(vec, l, rows[l]);
      }
      long lanes = r.nextLong();
      long[] star = new long[sliced.categoryCount];
      long[] counter = new long[sliced.scratchSize()];
      sliced.prepare(vec);
      long high = sliced.rate(vec, counter, lanes, star);
      int[] row = new int[inputs];
      for (int l = 0; l < 64; l++) {
        sliced.row(vec, l, row);
        assertThat(row).isEqualTo(rows[l]);
        long expected = (lanes >>> l & 1) != 0 ? simulation.stars(rows[l]) : 0L;
        assertThat(sliced.mask(star, l)).as("lane %s", l).isEqualTo(expected);
        assertThat(high >>> l & 1).isEqualTo(
            Long.bitCount(expected) >= simulation.highStars ? 1L : 0L);
      }
    });
  }
}
