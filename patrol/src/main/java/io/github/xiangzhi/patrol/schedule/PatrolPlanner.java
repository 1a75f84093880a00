package io.github.xiangzhi.patrol.schedule;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.staff.Role;
import io.github.xiangzhi.patrol.policy.FieldDayRule;
import io.github.xiangzhi.patrol.policy.PatrolPolicy;
import io.github.xiangzhi.patrol.policy.Route;
import io.github.xiangzhi.patrol.policy.TeamRule;
import io.github.xiangzhi.patrol.policy.TeamSlot;
import io.github.xiangzhi.patrol.policy.VideoRoundRule;
import io.github.xiangzhi.patrol.policy.VisitRule;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * 巡逻排班器 — plans the patrols of a period under a {@link PatrolPolicy} (R-PAT-1 to R-PAT-6).
 *
 * <p>Day by day it places, in this order: cadres' field days on the 10th, 20th and 30th (逢十沉底,
 * each cadre to the units they are assigned to, in turn); the morning and afternoon camera rounds
 * of each command centre (探头站岗、鼠标巡逻); area patrols on their days, every day in key areas
 * and key periods; every route's patrols, each at a time drawn uniformly from its window (or, with
 * several a day, from equal parts of it) so nobody can predict it; then household visits. A team
 * is formed from the people holding each role who are assigned to the patrol's unit, to a unit
 * above it or to one below it, free at the drawn time, fewest minutes on patrol first; when too
 * few are free the time is drawn again, up to eight times.
 *
 * <p>Each household is given to one grid worker of the nearest unit at or above it whose workers
 * hold the visiting role (包户), to the worker with the least demand so far. Each worker's
 * households are visited earliest-due first: a household due today is always visited if a slot is
 * free; on days the rule allows, the worker's average daily load is then filled with the next due
 * among those in the last sixth of their span (all of them in the first span), so the visits
 * spread evenly over the period and a weekly household does not crowd out the monthly ones; and
 * when the next 31 days hold more due visits (weekly households' returns included) than their
 * slots, as before a long holiday, the worker visits ahead until they fit. A household must be
 * visited at least once in every span of its frequency's days (the first span starting on the
 * first day). This greedy plan is not optimal: near full load (above roughly 80% of a worker's
 * slots around a long holiday) it may report a visit it could not place where a perfect packing
 * exists.
 *
 * <p>Nothing is dropped silently: a route without a team, a household visited after its due day,
 * a worker with more visits than hours — each becomes an {@link Infeasibility} of the result.
 * Input that does not fit the policy (a route in a unit the hierarchy lacks, a role the staffing
 * does not define, a level the scheme lacks) throws before anything is planned.
 *
 * <p>Randomness: {@link #plan(PlanInput)} draws from a new {@link SecureRandom}, so times cannot be
 * foreseen; {@link #plan(PlanInput, long)} gives the same schedule for the same seed, for tests and
 * simulations.
 *
 * <p>Performance notes: the planner makes one pass over the days; per day it touches each unit
 * with area patrols or camera rounds, each route and each grid worker. Household visits cost
 * O(log k) each for a worker with k households, plus a 31-day lookahead per worker and day, so a
 * plan is linear in households and visits; teams cost O(candidates) per seat. Memory is a compact
 * table of a few bytes per patrol.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PatrolPlanner {

  private final PatrolPolicy policy;

  private PatrolPlanner(PatrolPolicy policy) {
    this.policy = checkNotNull(policy, "policy");
  }

  /** A planner for {@code policy}. */
  public static PatrolPlanner of(PatrolPolicy policy) {
    return new PatrolPlanner(policy);
  }

  /** The policy the planner follows. */
  public PatrolPolicy policy() {
    return policy;
  }

  /**
   * Plans {@code input}, drawing times from a new {@link SecureRandom}.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException naming every reference of the policy
   *     the input cannot satisfy; nothing is planned
   */
  public PlanResult plan(PlanInput input) {
    return plan(input, new SecureRandom());
  }

  /** Plans {@code input} reproducibly: one seed, one schedule. */
  public PlanResult plan(PlanInput input, long seed) {
    return plan(input, new SplittableRandom(seed));
  }

  /** Plans {@code input}, drawing times from {@code random}. */
  public PlanResult plan(PlanInput input, RandomGenerator random) {
    checkNotNull(input, "input");
    checkNotNull(random, "random");
    validate(input);
    return new Planning(policy, input, random).run();
  }

  /** Checks the policy's references to the hierarchy and the staffing. */
  private void validate(PlanInput input) {
    ValueChecks checks = new ValueChecks();
    Hierarchy hierarchy = input.hierarchy();
    Set<String> roles = new HashSet<>();
    for (Role role : input.staffing().roles()) {
      roles.add(role.code());
    }
    Set<String> usedTeams = new LinkedHashSet<>();
    for (int i = 0; i < policy.routes().size(); i++) {
      Route route = policy.routes().get(i);
      checks.check(hierarchy.contains(route.unit()), "/routes/" + i + "/unit",
          "patrol.unit.unknown", route.unit());
      usedTeams.add(policy.teamOf(route));
    }
    policy.area().ifPresent(area -> {
      usedTeams.add(area.team());
      checks.check(hierarchy.scheme().indexOf(area.level()) >= 0, "/area/level",
          "patrol.level.unknown", area.level(), hierarchy.scheme().code());
    });
    for (int t = 0; t < policy.teams().size(); t++) {
      TeamRule team = policy.teams().get(t);
      if (!usedTeams.contains(team.code())) {
        continue;
      }
      for (int s = 0; s < team.members().size(); s++) {
        TeamSlot slot = team.members().get(s);
        checks.check(roles.contains(slot.role()), "/teams/" + t + "/members/" + s + "/role",
            "patrol.role.unknown", slot.role());
      }
    }
    if (policy.video().isPresent()) {
      VideoRoundRule video = policy.video().get();
      checks.check(hierarchy.scheme().indexOf(video.level()) >= 0, "/video/level",
          "patrol.level.unknown", video.level(), hierarchy.scheme().code());
      checks.check(roles.contains(video.role()), "/video/role", "patrol.role.unknown",
          video.role());
    }
    if (policy.visits().isPresent()) {
      VisitRule visits = policy.visits().get();
      checks.check(roles.contains(visits.role()), "/visits/role", "patrol.role.unknown",
          visits.role());
    }
    if (policy.fieldDays().isPresent()) {
      FieldDayRule fieldDays = policy.fieldDays().get();
      for (String role : fieldDays.roles()) {
        checks.check(roles.contains(role), "/fieldDays/roles", "patrol.role.unknown", role);
      }
    }
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "PatrolPlanner{" + policy + "}";
  }
}
