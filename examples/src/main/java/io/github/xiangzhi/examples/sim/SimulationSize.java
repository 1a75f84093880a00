package io.github.xiangzhi.examples.sim;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;

/**
 * The size of a simulation: {@link #households()} split into {@link #villages()} as evenly as
 * possible (the first {@code households mod villages} villages have one household more), simulated
 * for {@link #years()} years in each of {@link #runs()} runs from the master {@link #seed()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SimulationSize implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The most years. */
  public static final int MAX_YEARS = 200;
  /** The most runs. */
  public static final int MAX_RUNS = 100_000;
  /** The most runs × years (the counts are kept per run and year). */
  public static final long MAX_RUN_YEARS = 2_000_000;
  /** The most households of one village. */
  public static final long MAX_VILLAGE_HOUSEHOLDS = 1_000_000;

  private final long households;
  private final int villages;
  private final int years;
  private final int runs;
  private final long seed;

  private SimulationSize(long households, int villages, int years, int runs, long seed) {
    this.households = households;
    this.villages = villages;
    this.years = years;
    this.runs = runs;
    this.seed = seed;
  }

  /**
   * A simulation of {@code households} in {@code villages} for {@code years} years and {@code
   * runs} runs from {@code seed}.
   *
   * @throws IllegalArgumentException if a count is out of its range (the command line checks
   *     them first, with messages for people)
   */
  public static SimulationSize of(long households, int villages, int years, int runs,
      long seed) {
    checkArgument(villages >= 1 && villages <= households, "villages must lie in [1, %s]: %s",
        households, villages);
    checkArgument((households + villages - 1) / villages <= MAX_VILLAGE_HOUSEHOLDS,
        "at most %s households per village", MAX_VILLAGE_HOUSEHOLDS);
    checkArgument(years >= 1 && years <= MAX_YEARS, "years must lie in [1, %s]: %s", MAX_YEARS,
        years);
    checkArgument(runs >= 1 && runs <= MAX_RUNS, "runs must lie in [1, %s]: %s", MAX_RUNS, runs);
    checkArgument((long) runs * years <= MAX_RUN_YEARS, "runs × years must not exceed %s",
        MAX_RUN_YEARS);
    return new SimulationSize(households, villages, years, runs, seed);
  }

  /** The village count for {@code households} at {@code perVillage} households a village. */
  public static int villagesFor(long households, int perVillage) {
    checkArgument(households >= 1 && perVillage >= 1, "households and perVillage must be >= 1");
    long villages = Math.max(1, Math.round((double) households / perVillage));
    checkArgument(villages <= Integer.MAX_VALUE, "too many villages: %s", villages);
    return (int) villages;
  }

  /** The households, all villages together. */
  public long households() {
    return households;
  }

  /** The villages. */
  public int villages() {
    return villages;
  }

  /** The years of each run. */
  public int years() {
    return years;
  }

  /** The runs. */
  public int runs() {
    return runs;
  }

  /** The master seed. */
  public long seed() {
    return seed;
  }

  /** The households of village {@code village} (from 0). */
  public int householdsOf(int village) {
    long base = households / villages;
    long extra = households % villages;
    return (int) (base + (village < extra ? 1 : 0));
  }

  /** Household-years of one run. */
  public long householdYearsPerRun() {
    return households * years;
  }

  @Override
  public String toString() {
    return households + " households in " + villages + " villages, " + years + " years, " + runs
        + " runs, seed " + seed;
  }
}
