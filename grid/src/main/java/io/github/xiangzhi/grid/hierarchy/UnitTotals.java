package io.github.xiangzhi.grid.hierarchy;

import io.github.xiangzhi.core.id.UnitId;

/**
 * 汇总 — per-unit totals of one or more metrics, the result of a {@linkplain Hierarchy#rollup
 * rollup}: each unit's total counts its own values and those of every unit and household below
 * it.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface UnitTotals {

  /** The number of metrics per unit. */
  int metrics();

  /**
   * The total of {@code metric} for {@code unit}.
   *
   * @throws UnknownUnitException if the hierarchy has no such unit
   */
  long get(UnitId unit, int metric);

  /** The total of the first metric for {@code unit}. */
  default long get(UnitId unit) {
    return get(unit, 0);
  }

  /** The total of {@code metric} for the unit at position {@code unitIndex}. */
  long getAt(int unitIndex, int metric);
}
