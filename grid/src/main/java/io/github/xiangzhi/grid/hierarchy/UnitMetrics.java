package io.github.xiangzhi.grid.hierarchy;

/**
 * Measures one unit's own values (matters filed at it, staff assigned to it) for a {@linkplain
 * Hierarchy#rollupUnits rollup}: adds them into {@code row}, one slot per metric.
 */
@FunctionalInterface
public interface UnitMetrics {

  /** Adds the own values of the unit at position {@code unit} into {@code row}. */
  void measure(int unit, long[] row);
}
