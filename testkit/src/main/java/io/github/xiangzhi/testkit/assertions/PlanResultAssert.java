package io.github.xiangzhi.testkit.assertions;

import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.patrol.schedule.PlanResult;
import io.github.xiangzhi.patrol.schedule.ScheduledPatrol;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on a patrol plan: a {@link PlanResult} and its schedule (巡防排班). */
public final class PlanResultAssert extends AbstractObjectAssert<PlanResultAssert, PlanResult> {

  PlanResultAssert(PlanResult actual) {
    super(actual, PlanResultAssert.class);
  }

  /** The plan is feasible: nothing the policy requires was left unscheduled. */
  public PlanResultAssert isFeasible() {
    isNotNull();
    if (!actual.isFeasible()) {
      failWithMessage("Expected a feasible plan, but %s problems:%n%s",
          actual.infeasibilities().size(), actual.infeasibilities().stream().limit(20)
              .map(i -> "  " + i.message(Locale.ENGLISH)).collect(Collectors.joining("\n")));
    }
    return this;
  }

  /** The schedule holds {@code count} patrols. */
  public PlanResultAssert hasPatrols(int count) {
    isNotNull();
    if (actual.schedule().size() != count) {
      failWithMessage("Expected %s scheduled patrols but found %s", count,
          actual.schedule().size());
    }
    return this;
  }

  /** Nobody is booked on two patrols that overlap in time. */
  public PlanResultAssert hasNobodyDoubleBooked() {
    isNotNull();
    Map<String, List<ScheduledPatrol>> byPersonDay = new HashMap<>();
    for (ScheduledPatrol p : actual.schedule().patrols()) {
      for (PersonId person : p.team()) {
        List<ScheduledPatrol> same = byPersonDay.computeIfAbsent(person.value() + "@" + p.date(),
            k -> new java.util.ArrayList<>());
        for (ScheduledPatrol q : same) {
          if (p.from().isBefore(q.to()) && q.from().isBefore(p.to())) {
            failWithMessage("%s is booked on two overlapping patrols: %s and %s", person, q, p);
          }
        }
        same.add(p);
      }
    }
    return this;
  }
}
