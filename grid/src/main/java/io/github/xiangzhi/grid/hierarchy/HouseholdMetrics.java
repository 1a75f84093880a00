package io.github.xiangzhi.grid.hierarchy;

/**
 * Measures one household for a {@linkplain Hierarchy#rollup(int, HouseholdMetrics) rollup}: adds
 * its values into {@code row}, one slot per metric. The row is reused from household to
 * household, so measuring allocates nothing.
 */
@FunctionalInterface
public interface HouseholdMetrics {

  /** Adds the values of the household at position {@code household} into {@code row}. */
  void measure(int household, long[] row);
}
