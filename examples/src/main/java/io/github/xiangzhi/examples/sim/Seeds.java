package io.github.xiangzhi.examples.sim;

/**
 * 随机种子 — every random stream of a simulation, derived from the master seed, the run and the
 * village with Stafford's variant 13 of the MurmurHash3 finaliser (the mixing function of
 * SplitMix64, {@link java.util.SplittableRandom}'s generator):
 *
 * <pre>
 * runSeed(seed, run)              = mix(mix(seed) + (run + 1) · γ)
 * villageSeed(seed, run, village) = mix(runSeed(seed, run) + (village + 1) · γ)
 * γ = 0x9E3779B97F4A7C15 (the golden ratio in 64 bits)
 * </pre>
 *
 * <p>A village's households are drawn in order from one {@link SplitMix} stream seeded with its
 * village seed, so what a village draws depends on nothing but (seed, run, village): not on the
 * thread that simulates it, nor on the machine (the Spark job uses the same seeds).
 */
public final class Seeds {
  private Seeds() {}

  /** The golden-ratio increment γ. */
  static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  /** Stafford's mix13: a bijection of 64-bit values with good avalanche. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The seed of run {@code run} (from 0) under master seed {@code seed}. */
  public static long run(long seed, int run) {
    return mix(mix(seed) + (run + 1L) * GOLDEN_GAMMA);
  }

  /** The seed of village {@code village} (from 0) in run {@code run}. */
  public static long village(long seed, int run, int village) {
    return mix(run(seed, run) + (village + 1L) * GOLDEN_GAMMA);
  }
}
