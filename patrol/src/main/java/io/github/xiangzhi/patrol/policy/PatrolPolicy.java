package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.xiangzhi.core.ValueChecks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 巡逻规则 — a county's patrol rules, the profile section {@code patrol} (R-PAT-1 to R-PAT-6): the
 * area checklist, site kinds, team rules, routes, area patrols, camera rounds, household visits,
 * field days, key periods and the audit's tolerances. Each kind of patrol is optional: a county
 * plans only the kinds it configures.
 *
 * <p>Codes are unique in each list; routes and area patrols name known team rules, sites known
 * site kinds; the checklist has at most {@value #MAX_CHECKLIST} items.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePatrolPolicy.class)
@JsonDeserialize(as = ImmutablePatrolPolicy.class)
public abstract class PatrolPolicy {

  /** The most checklist items a policy may have. */
  public static final int MAX_CHECKLIST = 64;

  /** The area-patrol checklist (联巡内容清单). */
  public abstract ImmutableList<ChecklistItem> checklist();

  /** The kinds of places routes pass. */
  public abstract ImmutableList<SiteKind> siteKinds();

  /** The team rules that routes and area patrols name. */
  public abstract ImmutableList<TeamRule> teams();

  /** The defaults of route patrols (线上巡), if the policy gives them. */
  public abstract Optional<RoutePatrolRule> routePatrol();

  /** The routes of route patrols (线上巡). */
  public abstract ImmutableList<Route> routes();

  /** How area patrols run (面上巡), if the county plans them. */
  public abstract Optional<AreaPatrolRule> area();

  /** How camera rounds run (探头站岗、鼠标巡逻), if the county plans them. */
  public abstract Optional<VideoRoundRule> video();

  /** How household visits run (点上巡), if the county plans them. */
  public abstract Optional<VisitRule> visits();

  /** How field days run (逢十沉底), if the county plans them. */
  public abstract Optional<FieldDayRule> fieldDays();

  /** The key periods (重点时段). */
  public abstract ImmutableList<KeyPeriod> keyPeriods();

  /** The least patrols a day of a route with a key site (重点部位); two by default. */
  @JsonProperty
  @Value.Default
  public int keySitePatrolsPerDay() {
    return 2;
  }

  /** The audit's tolerances. */
  @JsonProperty
  @Value.Default
  public AuditRule audit() {
    return AuditRule.standard();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a policy; {@code build()} checks codes and references. */
  public static final class Builder extends ImmutablePatrolPolicy.Builder {}

  @Value.Lazy
  ImmutableMap<String, TeamRule> teamsByCode() {
    return Maps.uniqueIndex(teams(), TeamRule::code);
  }

  /** The team rule {@code code}, if defined. */
  public Optional<TeamRule> team(String code) {
    return Optional.ofNullable(teamsByCode().get(code));
  }

  /** The team rule {@code route} follows: its own, else the route-patrol default. */
  public String teamOf(Route route) {
    return route.team().orElseGet(() -> routePatrol().orElseThrow().team());
  }

  /** The window {@code route} is patrolled in: its own, else the route-patrol default. */
  public TimeWindow windowOf(Route route) {
    return route.window().orElseGet(() -> routePatrol().orElseThrow().window());
  }

  /** How long a patrol of {@code route} takes: its own, else the route-patrol default. */
  public int minutesOf(Route route) {
    return route.minutes().orElseGet(() -> routePatrol().orElseThrow().minutes());
  }

  /** The checklist items checked on {@code date}. */
  public ImmutableList<ChecklistItem> checklistOn(LocalDate date) {
    return checklist().stream().filter(i -> i.activeOn(date))
        .collect(ImmutableList.toImmutableList());
  }

  /** The key periods {@code date} falls in. */
  public ImmutableList<KeyPeriod> keyPeriodsOn(LocalDate date) {
    return keyPeriods().stream().filter(p -> p.season().contains(date))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The patrols of {@code route} on {@code date}: its own number, at least {@link
   * #keySitePatrolsPerDay()} with a key site, plus the extra patrols of the key periods the date
   * falls in.
   */
  public int patrolsOn(Route route, LocalDate date) {
    int n = route.patrolsPerDay();
    if (route.hasKeySite()) {
      n = Math.max(n, keySitePatrolsPerDay());
    }
    for (KeyPeriod period : keyPeriods()) {
      if (period.season().contains(date)) {
        n += period.extraRoutePatrols();
      }
    }
    return n;
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(checklist().size() <= MAX_CHECKLIST, "/checklist", "patrol.checklist.size",
        checklist().size(), MAX_CHECKLIST);
    checks.unique("/checklist", checklist(), ChecklistItem::code, "code");
    checks.unique("/siteKinds", siteKinds(), SiteKind::code, "code");
    checks.unique("/teams", teams(), TeamRule::code, "code");
    checks.unique("/routes", routes(), Route::code, "code");
    checks.unique("/keyPeriods", keyPeriods(), KeyPeriod::code, "code");
    checks.check(keySitePatrolsPerDay() >= 1, "/keySitePatrolsPerDay",
        "patrol.keySitePatrolsPerDay", keySitePatrolsPerDay());
    Set<String> teamCodes = new HashSet<>();
    teams().forEach(t -> teamCodes.add(t.code()));
    Set<String> kinds = new HashSet<>();
    siteKinds().forEach(k -> kinds.add(k.code()));
    if (routePatrol().isPresent()) {
      checks.check(teamCodes.contains(routePatrol().get().team()), "/routePatrol/team",
          "patrol.team.unknown", routePatrol().get().team());
    }
    for (int i = 0; i < routes().size(); i++) {
      Route route = routes().get(i);
      String path = "/routes/" + i;
      Optional<String> team = route.team().or(() -> routePatrol().map(RoutePatrolRule::team));
      Optional<TimeWindow> window =
          route.window().or(() -> routePatrol().map(RoutePatrolRule::window));
      Optional<Integer> minutes =
          route.minutes().or(() -> routePatrol().map(RoutePatrolRule::minutes));
      if (checks.check(team.isPresent(), path + "/team", "patrol.route.noDefault", route.code(),
          "team")) {
        checks.check(teamCodes.contains(team.get()), path + "/team", "patrol.team.unknown",
            team.get());
      }
      checks.check(window.isPresent(), path + "/window", "patrol.route.noDefault", route.code(),
          "window");
      checks.check(minutes.isPresent(), path + "/minutes", "patrol.route.noDefault", route.code(),
          "minutes");
      if (window.isPresent() && minutes.isPresent() && minutes.get() >= 1) {
        checks.check(minutes.get() <= window.get().minutes(), path + "/minutes",
            "patrol.minutes.window", minutes.get(), window.get());
      }
      for (int s = 0; s < route.sites().size(); s++) {
        String kind = route.sites().get(s).kind();
        checks.check(kinds.contains(kind), "/routes/" + i + "/sites/" + s + "/kind",
            "patrol.siteKind.unknown", kind);
      }
    }
    if (area().isPresent()) {
      checks.check(teamCodes.contains(area().get().team()), "/area/team", "patrol.team.unknown",
          area().get().team());
    }
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "PatrolPolicy{checklist=" + checklist().size() + ", routes=" + routes().size()
        + ", teams=" + teams().size() + ", area=" + area().isPresent() + ", video="
        + video().isPresent() + ", visits=" + visits().isPresent() + ", fieldDays="
        + fieldDays().isPresent() + "}";
  }
}
