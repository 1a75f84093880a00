package io.github.xiangzhi.examples.sim;

/**
 * SplitMix64 (Steele, Lea and Flood 2014; the generator of {@link java.util.SplittableRandom})
 * with a reusable state, plus cheap 32-bit draws: each 64-bit output is used as two 32-bit
 * uniforms, high half first. Not thread-safe: one per worker, {@linkplain #reseed reseeded} per
 * village, so the simulator allocates nothing per village.
 */
final class SplitMix {
  private long state;
  private long spare;
  private boolean hasSpare;

  SplitMix(long seed) {
    reseed(seed);
  }

  /** Starts the stream of {@code seed} afresh. */
  void reseed(long seed) {
    state = seed;
    hasSpare = false;
  }

  /** The next 64 uniform bits. */
  long nextLong() {
    state += Seeds.GOLDEN_GAMMA;
    return Seeds.mix(state);
  }

  /** The next 32 uniform bits as a long in [0, 2<sup>32</sup>). */
  long next32() {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    long r = nextLong();
    spare = r & 0xFFFF_FFFFL;
    hasSpare = true;
    return r >>> 32;
  }

  /** A uniform double in the open interval (0, 1): never 0, never 1. */
  double nextOpenUnit() {
    return ((nextLong() >>> 11) + 0.5) * 0x1.0p-53;
  }
}
