package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import java.util.List;
import org.immutables.value.Value;

/**
 * 村级积分排名 — every village's households ranked by the points their conduct earned in a period,
 * for model-household selection (000 task 10: "把积分成果的运用与各种先进典型、道德模范的评选表彰结合起来")
 * and as evidence for the star engine (R-STAR-8).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePointsRanking.class)
@JsonDeserialize(as = ImmutablePointsRanking.class)
public abstract class PointsRanking {

  /** The period ranked. */
  public abstract GovernancePeriod period();

  /** Each village's households, best first; villages in id order. */
  public abstract ImmutableMap<UnitId, ImmutableList<RankedHousehold>> villages();

  /** Households with a passbook that the village mapping placed nowhere. */
  public abstract ImmutableList<HouseholdId> unplaced();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a ranking. */
  public static final class Builder extends ImmutablePointsRanking.Builder {}

  /** The households of {@code village}, best first; empty for a village with none. */
  public List<RankedHousehold> village(UnitId village) {
    return villages().getOrDefault(village, ImmutableList.of());
  }

  /** The households of {@code village} ranked {@code n} or better (ties at the edge included). */
  public List<RankedHousehold> top(UnitId village, int n) {
    return village(village).stream().filter(h -> h.rank() <= n)
        .collect(ImmutableList.toImmutableList());
  }
}
