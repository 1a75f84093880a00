package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import org.immutables.value.Value;

/**
 * 线上巡 — the defaults of route patrols (000, R-PAT-1): the team rule (红袖标联巡队伍结合派出所巡逻队伍),
 * the window in which each route is patrolled every day at an unannounced time (每天不定时), and how
 * long a patrol takes. A route may override each.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoutePatrolRule.class)
@JsonDeserialize(as = ImmutableRoutePatrolRule.class)
public abstract class RoutePatrolRule {

  /** The code of the team rule. */
  public abstract String team();

  /** The hours within which a patrol starts and ends. */
  public abstract TimeWindow window();

  /** How long one patrol takes, in minutes. */
  public abstract int minutes();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds route-patrol defaults. */
  public static final class Builder extends ImmutableRoutePatrolRule.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(team()), "/team", "core.code.syntax", team());
    if (checks.check(minutes() >= 1, "/minutes", "patrol.minutes.positive", minutes())) {
      checks.check(minutes() <= window().minutes(), "/minutes", "patrol.minutes.window",
          minutes(), window());
    }
    checks.throwIfAny();
  }
}
