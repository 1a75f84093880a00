package io.github.xiangzhi.patrol.audit;

import io.github.xiangzhi.core.id.UnitId;
import org.immutables.value.Value;

/**
 * 网格完成情况 — the household visits of one grid: the visits to households served by the
 * workers of {@link #unit()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GridCoverage {

  /** The unit whose workers serve the households (the grid). */
  public abstract UnitId unit();

  /** The visits. */
  public abstract Tally tally();

  /** The coverage of {@code unit}. */
  public static GridCoverage of(UnitId unit, Tally tally) {
    return ImmutableGridCoverage.builder().unit(unit).tally(tally).build();
  }
}
