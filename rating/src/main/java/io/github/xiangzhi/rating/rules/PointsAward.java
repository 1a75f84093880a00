package io.github.xiangzhi.rating.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.id.HouseholdId;
import org.immutables.value.Value;

/**
 * 积分奖扣 — the points a points policy gives a household for a case under the village rules: the
 * rule that applies and the signed points (negative for a deduction rule).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePointsAward.class)
@JsonDeserialize(as = ImmutablePointsAward.class)
public abstract class PointsAward {

  /** The case's id. */
  @Value.Parameter
  public abstract String caseId();

  /** The household. */
  @Value.Parameter
  public abstract HouseholdId household();

  /** The code of the points rule that applies. */
  @Value.Parameter
  public abstract String rule();

  /** The points: positive earned, negative deducted. */
  @Value.Parameter
  public abstract long points();

  /** An award. */
  public static PointsAward of(String caseId, HouseholdId household, String rule, long points) {
    return ImmutablePointsAward.of(caseId, household, rule, points);
  }
}
