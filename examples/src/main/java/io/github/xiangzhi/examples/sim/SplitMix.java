package io.github.xiangzhi.examples.sim;

/**
 * SplitMix64 (Steele, Lea and Flood 2014; the generator of {@link java.util.SplittableRandom})
 * with a reusable state, plus cheap 16-bit draws: each 64-bit output is used as four 16-bit
 * uniforms, high quarter first. A yes-or-no draw against a 16-bit threshold resolves a
 * probability to 1/65,536, finer than any figure the model's parameters carry. The simulator's
 * yearly draws use whole outputs instead, as one bit-plane of 64 households' uniforms each
 * ({@link BitSlices#below}, which advances {@link #state} itself). Not thread-safe:
 * one per worker, {@linkplain #reseed reseeded} per village, so the simulator allocates nothing
 * per village.
 */
final class SplitMix {
  // package-private so a hot loop can work on local copies and write them back
  long state;
  long buffer;
  int left;

  SplitMix(long seed) {
    reseed(seed);
  }

  /** Starts the stream of {@code seed} afresh. */
  void reseed(long seed) {
    state = seed;
    left = 0;
  }

  /** The next 64 uniform bits. */
  long nextLong() {
    state += Seeds.GOLDEN_GAMMA;
    return Seeds.mix(state);
  }

  /** The next 16 uniform bits as a long in [0, 2<sup>16</sup>). */
  long next16() {
    if (left == 0) {
      buffer = nextLong();
      left = 4;
    }
    left--;
    long r = buffer >>> 48;
    buffer <<= 16;
    return r;
  }

  /** A uniform double in the open interval (0, 1): never 0, never 1. */
  double nextOpenUnit() {
    return ((nextLong() >>> 11) + 0.5) * 0x1.0p-53;
  }
}
