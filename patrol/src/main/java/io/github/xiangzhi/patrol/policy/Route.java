package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 巡逻线路 — a named route of route patrols (000 线上巡, R-PAT-1): the sites it passes (交通要道、
 * 娱乐场所、重点企业), the unit it belongs to (whose staff, with its ancestors' and descendants',
 * form its teams), and optionally its own team rule, window and patrol length, which otherwise
 * come from the policy's {@link PatrolPolicy#routePatrol()}. It is patrolled every day at an
 * unannounced time within the window (每天不定时).
 *
 * <p>A route has at least one site; a patrol of its length fits in its window.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoute.class)
@JsonDeserialize(as = ImmutableRoute.class)
public abstract class Route implements Named {

  /** The route's code, unique in the policy. */
  @Override
  public abstract String code();

  /** The route's name: 安澜场镇—二圣线. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The unit the route belongs to: a town or a village. */
  public abstract UnitId unit();

  /** The code of the team rule its patrols follow, if not the policy's default. */
  public abstract Optional<String> team();

  /** The hours within which each patrol starts and ends, if not the policy's default. */
  public abstract Optional<TimeWindow> window();

  /** How long one patrol takes in minutes, if not the policy's default. */
  public abstract Optional<Integer> minutes();

  /**
   * Patrols a day outside key periods; at least one. A route with a key site gets at least the
   * policy's {@link PatrolPolicy#keySitePatrolsPerDay()}.
   */
  @JsonProperty
  @Value.Default
  public int patrolsPerDay() {
    return 1;
  }

  /** The sites, in the order patrolled. */
  public abstract ImmutableList<Site> sites();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a route. */
  public static final class Builder extends ImmutableRoute.Builder {}

  /** True when one of the route's sites is a key site (重点部位). */
  public final boolean hasKeySite() {
    for (Site site : sites()) {
      if (site.key()) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    if (team().isPresent()) {
      checks.check(Codes.isCode(team().get()), "/team", "core.code.syntax", team().get());
    }
    if (minutes().isPresent()) {
      checks.check(minutes().get() >= 1, "/minutes", "patrol.minutes.positive", minutes().get());
    }
    checks.check(patrolsPerDay() >= 1, "/patrolsPerDay", "patrol.route.patrolsPerDay", code(),
        patrolsPerDay());
    checks.check(!sites().isEmpty(), "/sites", "patrol.route.noSites", code());
    checks.unique("/sites", sites(), Site::code, "code");
    checks.throwIfAny();
  }
}
