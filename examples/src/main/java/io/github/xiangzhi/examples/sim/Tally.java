package io.github.xiangzhi.examples.sim;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The integer counts of a simulation, per run and year: households that took part, that held a
 * star, that held the high number of stars, stars added and removed at the year-end adjustments,
 * and villages meeting each target. Tallies of disjoint villages {@linkplain #add add up}: integer
 * sums do not depend on the order, so threads and Spark partitions give the same totals.
 *
 * <p>Not thread-safe: one per worker, added up at the end.
 */
public final class Tally implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Households that took part (参评). */
  public static final int PARTICIPANTS = 0;
  /** Households holding at least one star. */
  public static final int STARRED = 1;
  /** Households holding at least the high number of stars. */
  public static final int HIGH_STARRED = 2;
  /** Stars added at the year-end adjustment (增星). */
  public static final int STARS_ADDED = 3;
  /** Stars removed at the year-end adjustment (减星). */
  public static final int STARS_REMOVED = 4;
  /** Villages meeting the participation target. */
  public static final int PARTICIPATION_MET = 5;
  /** Villages meeting the starred target. */
  public static final int STARRED_MET = 6;
  /** Villages meeting the high-starred target. */
  public static final int HIGH_STARRED_MET = 7;
  /** Villages meeting all three targets. */
  public static final int ALL_MET = 8;
  /** The number of counts per run and year. */
  public static final int FIELDS = 9;

  private final int runs;
  private final int years;
  private final long[] counts;

  /** An empty tally of {@code runs} runs of {@code years} years. */
  public Tally(int runs, int years) {
    checkArgument(runs >= 1 && years >= 1, "runs and years must be positive");
    this.runs = runs;
    this.years = years;
    this.counts = new long[Math.multiplyExact(Math.multiplyExact(runs, years), FIELDS)];
  }

  /** The runs. */
  public int runs() {
    return runs;
  }

  /** The years. */
  public int years() {
    return years;
  }

  /** The count {@code field} of {@code run} and {@code year} (both from 0). */
  public long get(int run, int year, int field) {
    return counts[index(run, year, field)];
  }

  void add(int run, int year, int field, long amount) {
    counts[index(run, year, field)] += amount;
  }

  private int index(int run, int year, int field) {
    return (run * years + year) * FIELDS + field;
  }

  /** Adds {@code other}'s counts to this tally and returns it. */
  public Tally add(Tally other) {
    checkArgument(other.runs == runs && other.years == years, "tallies of different shapes");
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tally && ((Tally) o).runs == runs && ((Tally) o).years == years
        && Arrays.equals(((Tally) o).counts, counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "Tally[" + runs + " runs × " + years + " years]";
  }
}
