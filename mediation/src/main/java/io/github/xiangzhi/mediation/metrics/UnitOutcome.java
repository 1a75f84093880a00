package io.github.xiangzhi.mediation.metrics;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.mediation.matter.MatterKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 单元成效 — the outcomes of mediation in one unit's subtree for one period (R-MED-7): how many
 * cases were filed (and a year earlier), how many were resolved, in how many working days (median
 * and 90th percentile, nearest rank), how many on time, how satisfied the parties were, and each
 * tier's resolution rate.
 *
 * <p>A case is a matter filed in the period (its filing date in the calendar's zone) and located
 * within the unit, not marked a duplicate. Resolution, time, compliance and satisfaction count
 * the cases resolved by the time the metrics were computed; the working days to resolve a case
 * are those from its filing day (inclusive) to its resolution day (exclusive).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnitOutcome.class)
@JsonDeserialize(as = ImmutableUnitOutcome.class)
public abstract class UnitOutcome {

  /** The unit. */
  public abstract UnitId unit();

  /** The period. */
  public abstract GovernancePeriod period();

  /** Cases filed in the period. */
  public abstract long cases();

  /** Cases filed in the same period a year earlier. */
  public abstract long previousCases();

  /** Cases per kind. */
  public abstract ImmutableMap<MatterKind, Long> casesByKind();

  /** Cases per kind a year earlier. */
  public abstract ImmutableMap<MatterKind, Long> previousCasesByKind();

  /** Cases withdrawn by a party. */
  public abstract long withdrawn();

  /** Cases resolved. */
  public abstract long resolved();

  /** Resolved cases that never missed a time limit. */
  public abstract long onTime();

  /** Resolved cases whose party answered the satisfaction question. */
  public abstract long answered();

  /** Of those, the satisfied and basically satisfied. */
  public abstract long satisfied();

  /** The median working days to resolve, nearest rank; empty when none was resolved. */
  public abstract Optional<Long> medianDays();

  /** The 90th percentile of working days to resolve, nearest rank; empty when none. */
  public abstract Optional<Long> p90Days();

  /** Each tier of the ladder, bottom first. */
  public abstract ImmutableList<TierOutcome> tiers();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an outcome. */
  public static final class Builder extends ImmutableUnitOutcome.Builder {}

  /** The outcome of tier {@code code}, if the ladder has it. */
  public Optional<TierOutcome> tier(String code) {
    return tiers().stream().filter(t -> t.tier().equals(code)).findFirst();
  }

  /** {@link #onTime()} / {@link #resolved()}: deadline compliance; empty when none resolved. */
  public Optional<Share> deadlineCompliance() {
    return resolved() == 0 ? Optional.empty() : Optional.of(Share.of(onTime(), resolved()));
  }

  /** {@link #satisfied()} / {@link #answered()}: the satisfaction rate; empty when none answered. */
  public Optional<Share> satisfactionRate() {
    return answered() == 0 ? Optional.empty() : Optional.of(Share.of(satisfied(), answered()));
  }

  /**
   * The year-on-year change of cases in per cent, rounded half-even to one decimal (002: −28.5%);
   * empty when there were none a year earlier.
   */
  public Optional<BigDecimal> yearOnYearPercent() {
    return change(cases(), previousCases());
  }

  /** The year-on-year change of cases of {@code kind}, as {@link #yearOnYearPercent()}. */
  public Optional<BigDecimal> yearOnYearPercent(MatterKind kind) {
    return change(casesByKind().getOrDefault(kind, 0L),
        previousCasesByKind().getOrDefault(kind, 0L));
  }

  private static Optional<BigDecimal> change(long now, long before) {
    if (before == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(now - before).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_EVEN));
  }
}
