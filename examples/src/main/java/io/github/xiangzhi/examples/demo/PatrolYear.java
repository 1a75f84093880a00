package io.github.xiangzhi.examples.demo;

import io.github.xiangzhi.core.group.SpecialGroupCatalog;
import io.github.xiangzhi.core.group.SpecialGroupCategory;
import io.github.xiangzhi.core.group.SpecialGroupMembership;
import io.github.xiangzhi.core.group.SpecialGroupRoster;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.patrol.PatrolKind;
import io.github.xiangzhi.patrol.audit.AuditReport;
import io.github.xiangzhi.patrol.audit.CheckIn;
import io.github.xiangzhi.patrol.audit.PatrolAuditor;
import io.github.xiangzhi.patrol.policy.PatrolPolicy;
import io.github.xiangzhi.patrol.schedule.PatrolPlanner;
import io.github.xiangzhi.patrol.schedule.PlanInput;
import io.github.xiangzhi.patrol.schedule.PlanResult;
import io.github.xiangzhi.patrol.schedule.ScheduledPatrol;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The town's patrols for the year (R-PAT-1..6): the plan drawn from the seed, then check-ins — most
 * on time, some late, some missed — audited against it.
 */
final class PatrolYear {
  private PatrolYear() {}

  /** What the year's patrols came to. */
  static final class Outcome {
    final PlanResult plan;
    final AuditReport audit;
    final SpecialGroupRoster roster;

    Outcome(PlanResult plan, AuditReport audit, SpecialGroupRoster roster) {
      this.plan = plan;
      this.audit = audit;
      this.roster = roster;
    }
  }

  static Outcome run(PatrolPolicy policy, SyntheticTown town, SpecialGroupCatalog groups,
      GovernanceCalendar calendar, GovernancePeriod year, SplittableRandom random) {
    SpecialGroupRoster roster = roster(town, groups, random);
    PlanInput input = PlanInput.builder().hierarchy(town.hierarchy()).staffing(town.staffing())
        .calendar(calendar).roster(roster).period(year).build();
    PlanResult plan = PatrolPlanner.of(policy).plan(input, random.nextLong());
    List<CheckIn> checkIns = new ArrayList<>();
    for (ScheduledPatrol patrol : plan.schedule().patrols()) {
      double draw = random.nextDouble();
      if (draw < 0.05 || patrol.team().isEmpty()) {
        continue; // missed
      }
      Instant at = patrol.startInstant().plus(Duration.ofMinutes(5));
      if (draw < 0.09) {
        at = patrol.endInstant().plus(Duration.ofHours(2 + random.nextInt(20))); // late
      }
      PersonId who = patrol.team().get(0);
      CheckIn checkIn;
      if (patrol.household().isPresent()) {
        checkIn = CheckIn.visit(who, patrol.household().get(), at);
      } else if (patrol.route().isPresent()) {
        checkIn = CheckIn.route(who, patrol.route().get(), at);
      } else if (patrol.unit().isPresent()) {
        checkIn = CheckIn.unit(who, patrol.kind(), patrol.unit().get(), at);
      } else {
        continue;
      }
      checkIns.add(checkIn);
    }
    Instant asOf = year.endInstant(calendar.zone());
    AuditReport audit = PatrolAuditor.of(plan.schedule(), town.staffing()).audit(checkIns, asOf);
    return new Outcome(plan, audit, roster);
  }

  /** About one household in twelve belongs to a special group of the profile's categories. */
  private static SpecialGroupRoster roster(SyntheticTown town, SpecialGroupCatalog groups,
      SplittableRandom random) {
    List<SpecialGroupMembership> memberships = new ArrayList<>();
    List<SpecialGroupCategory> categories = groups.categories();
    if (categories.isEmpty()) {
      return SpecialGroupRoster.of(memberships);
    }
    int n = 0;
    for (HouseholdId household : town.hierarchy().households()) {
      if (random.nextInt(12) == 0) {
        SpecialGroupCategory category = categories.get(random.nextInt(categories.size()));
        memberships.add(SpecialGroupMembership.builder()
            .person(PersonId.of("member-" + (++n))).household(household)
            .category(category.code()).sensitivity(category.sensitivity()).build());
      }
    }
    return SpecialGroupRoster.of(memberships);
  }

  /** Patrol kinds in the order the report shows them. */
  static final PatrolKind[] KINDS = PatrolKind.values();
}
