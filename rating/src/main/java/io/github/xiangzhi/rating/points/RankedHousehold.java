package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import org.immutables.value.Value;

/**
 * 积分排名 — a household's place in its village by the points its conduct earned in a period:
 * earnings minus deductions, corrections included; what it redeemed or let expire does not count.
 * Evidence for model-household selection (000 task 10) and the star engine (R-STAR-8).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRankedHousehold.class)
@JsonDeserialize(as = ImmutableRankedHousehold.class)
public abstract class RankedHousehold {

  /** The household. */
  public abstract HouseholdId household();

  /** Its village. */
  public abstract UnitId village();

  /** The points its conduct earned in the period, net of deductions; may be negative. */
  public abstract long points();

  /** Its rank, 1 for the most points; households with equal points share a rank (1, 2, 2, 4). */
  public abstract int rank();

  /** Its points by category code, for categories it has postings in. */
  public abstract ImmutableMap<String, Long> byCategory();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an entry. */
  public static final class Builder extends ImmutableRankedHousehold.Builder {}
}
