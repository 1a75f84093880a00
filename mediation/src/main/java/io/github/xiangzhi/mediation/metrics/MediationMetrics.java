package io.github.xiangzhi.mediation.metrics;

import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.mediation.ladder.Ladder;
import io.github.xiangzhi.mediation.matter.Matter;
import io.github.xiangzhi.mediation.matter.MatterException;
import java.util.List;

/**
 * 调解成效 — mediation's outcomes per unit for one period (R-MED-7), rolled up the hierarchy: each
 * unit's {@link UnitOutcome} counts the cases located anywhere in its subtree. Counts are summed
 * with grid's {@link Hierarchy#rollupUnits}; the percentiles of working days are taken over each
 * subtree's own cases.
 *
 * <p>Performance notes: one pass over the matters, one rollup over the units, and for the
 * percentiles one sort of each subtree's resolution times: O(m log m · depth) for m matters.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface MediationMetrics {

  /**
   * The outcomes of {@code matters} in {@code period} for every unit of {@code hierarchy}, with
   * working days counted on {@code calendar} and tiers those of {@code ladder}.
   *
   * @throws MatterException if a matter's location is not a unit of the hierarchy, or its tiers
   *     are not the ladder's
   */
  static MediationMetrics compute(Ladder ladder, Hierarchy hierarchy, GovernanceCalendar calendar,
      GovernancePeriod period, Iterable<Matter> matters) {
    return MetricsIndex.compute(ladder, hierarchy, calendar, period, matters);
  }

  /** The period. */
  GovernancePeriod period();

  /** The tier codes, bottom first. */
  List<String> tiers();

  /**
   * The outcome of {@code unit}'s subtree.
   *
   * @throws io.github.xiangzhi.grid.hierarchy.UnknownUnitException if the hierarchy lacks it
   */
  UnitOutcome outcome(UnitId unit);
}
