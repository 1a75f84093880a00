package io.github.xiangzhi.patrol.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.patrol.PatrolKind;
import io.github.xiangzhi.patrol.policy.AuditRule;
import io.github.xiangzhi.patrol.policy.GeoPoint;
import io.github.xiangzhi.patrol.policy.Route;
import io.github.xiangzhi.patrol.policy.Site;
import io.github.xiangzhi.patrol.schedule.PatrolPlanner;
import io.github.xiangzhi.patrol.schedule.Schedule;
import io.github.xiangzhi.patrol.schedule.ScheduledPatrol;
import io.github.xiangzhi.patrol.schedule.VisitRequirement;
import io.github.xiangzhi.testkit.core.Examples;
import io.github.xiangzhi.testkit.patrol.PatrolGens;
import io.github.xiangzhi.testkit.patrol.PatrolGens.Town;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The audit against a naive recount over the schedule's patrol values, for random check-ins. */
class PatrolAuditorPropertiesTest {

  @Test
  void theAuditAgreesWithANaiveRecount() {
    qt().withExamples(Examples.of(50)).forAll(PatrolGens.towns(), longs().all()).checkAssert((town, seed) -> {
      Schedule schedule = PatrolPlanner.of(town.policy()).plan(town.input(), seed).schedule();
      SplittableRandom random = new SplittableRandom(seed);
      List<CheckIn> checkIns = checkIns(town, schedule, random);
      Instant asOf = town.start().plusDays(random.nextInt(0, town.days() + 4))
          .atTime(random.nextInt(24), random.nextInt(60)).atZone(schedule.zone()).toInstant();
      AuditReport report = PatrolAuditor.of(schedule, town.staffing()).audit(checkIns, asOf);
      Naive naive = new Naive(town, schedule, checkIns, asOf);
      assertThat(report.total()).isEqualTo(naive.total);
      assertThat(report.byKind()).isEqualTo(naive.byKind);
      assertThat(report.workers()).isEqualTo(naive.workers);
      assertThat(report.grids()).isEqualTo(naive.grids);
      assertThat(report.rejected()).isEqualTo(naive.rejected);
      assertThat(report.distant()).isEqualTo(naive.distant);
      assertThat(report.overdue()).isEqualTo(naive.overdue);
    });
  }

  /** Check-ins around the schedule: on time, late, twice, far off, missing, strangers. */
  static List<CheckIn> checkIns(Town town, Schedule schedule, SplittableRandom random) {
    AuditRule rule = town.policy().audit();
    ZoneId zone = schedule.zone();
    List<CheckIn> out = new ArrayList<>();
    for (ScheduledPatrol p : schedule.patrols()) {
      for (PersonId person : p.team()) {
        int what = random.nextInt(10);
        if (what >= 8) {
          continue;
        }
        LocalDateTime start = p.date().atTime(p.from());
        long length = ChronoUnit.MINUTES.between(p.from(), p.to());
        LocalDateTime at;
        if (p.kind() == PatrolKind.POINT) {
          at = p.date().atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60));
          if (what == 5) {
            at = at.plusDays(random.nextInt(1, rule.lateDays() + 2));
          } else if (what == 7) {
            at = at.minusDays(random.nextInt(1, 3));
          }
        } else {
          at = start.plusMinutes(random.nextLong(-rule.graceMinutes() - 5,
              length + rule.graceMinutes() + 5)).plusSeconds(random.nextInt(60));
          if (what == 5) {
            at = start.plusMinutes(length + random.nextLong(rule.graceMinutes(),
                rule.lateMinutes() + 10));
          } else if (what == 7) {
            at = at.plusHours(random.nextInt(3, 30));
          }
        }
        CheckIn c = checkIn(p, person, at.atZone(zone).toInstant(), random, town);
        out.add(c);
        if (what == 6) {
          out.add(c);
        }
      }
    }
    List<PersonId> staff = new ArrayList<>();
    town.staffing().members().forEach(m -> staff.add(m.id()));
    List<HouseholdId> households = town.hierarchy().households();
    for (int i = random.nextInt(0, 6); i > 0; i--) {
      LocalDateTime at = town.start().plusDays(random.nextInt(0, town.days() + 2))
          .atTime(random.nextInt(24), random.nextInt(60));
      PersonId who = random.nextInt(3) == 0 ? PersonId.of("stranger")
          : staff.get(random.nextInt(staff.size()));
      if (!households.isEmpty()) {
        out.add(CheckIn.visit(who, households.get(random.nextInt(households.size())),
            at.atZone(zone).toInstant()));
      }
      out.add(CheckIn.unit(who, PatrolKind.AREA, UnitId.of("V0"), at.atZone(zone).toInstant()));
    }
    java.util.Collections.shuffle(out, new java.util.Random(random.nextLong()));
    return out;
  }

  static CheckIn checkIn(ScheduledPatrol p, PersonId person, Instant at, SplittableRandom random,
      Town town) {
    CheckIn.Builder b = CheckIn.builder().person(person).at(at).kind(p.kind());
    switch (p.kind()) {
      case POINT:
        return b.household(p.household().orElseThrow()).build();
      case ROUTE:
        b.route(p.route().orElseThrow());
        if (random.nextBoolean()) {
          b.location(GeoPoint.of(29.4 + random.nextDouble(0.06), 106.6 + random.nextDouble(0.06)));
        }
        return b.build();
      default:
        return b.unit(p.unit().orElseThrow()).build();
    }
  }

  /** The rules of {@link PatrolAuditor}, read as plainly as possible. */
  static final class Naive {
    Tally total;
    Map<PatrolKind, Tally> byKind = new EnumMap<>(PatrolKind.class);
    List<WorkerCoverage> workers = new ArrayList<>();
    List<GridCoverage> grids = new ArrayList<>();
    List<RejectedCheckIn> rejected = new ArrayList<>();
    List<CheckIn> distant = new ArrayList<>();
    List<OverdueHousehold> overdue = new ArrayList<>();

    Naive(Town town, Schedule schedule, List<CheckIn> checkIns, Instant asOf) {
      AuditRule rule = town.policy().audit();
      ZoneId zone = schedule.zone();
      List<ScheduledPatrol> patrols = List.copyOf(schedule.patrols());
      Map<String, Integer> done = new HashMap<>(); // "patrol/person" -> 2 on time, 1 late
      Map<PersonId, Integer> far = new HashMap<>();
      List<CheckIn> sorted = new ArrayList<>(checkIns);
      sorted.sort(Comparator.comparing(CheckIn::at));
      Map<HouseholdId, Set<LocalDate>> visited = new HashMap<>();
      Map<PersonId, List<Integer>> patrolsOf = new HashMap<>();
      for (int i = 0; i < patrols.size(); i++) {
        for (PersonId person : patrols.get(i).team()) {
          patrolsOf.computeIfAbsent(person, k -> new ArrayList<>()).add(i);
        }
      }
      for (CheckIn c : sorted) {
        if (town.staffing().member(c.person()).isEmpty()) {
          rejected.add(RejectedCheckIn.of(c, RejectionReason.UNKNOWN_STAFF));
          continue;
        }
        LocalDateTime at = LocalDateTime.ofInstant(c.at(), zone).truncatedTo(ChronoUnit.MINUTES);
        if (c.kind() == PatrolKind.POINT && town.hierarchy().containsHousehold(
            c.household().get()) && !at.toLocalDate().isBefore(schedule.start())
            && at.toLocalDate().isBefore(schedule.endExclusive())) {
          visited.computeIfAbsent(c.household().get(), k -> new HashSet<>())
              .add(at.toLocalDate());
        }
        int onTime = -1;
        int late = -1;
        boolean duplicate = false;
        for (int i : patrolsOf.getOrDefault(c.person(), List.of())) {
          ScheduledPatrol p = patrols.get(i);
          if (p.kind() != c.kind() || !sameTarget(p, c)) {
            continue;
          }
          int fit = fit(p, at, rule);
          if (fit == 0) {
            continue;
          }
          if (done.containsKey(i + "/" + c.person())) {
            duplicate = true;
          } else if (fit == 2 && onTime < 0) {
            onTime = i;
          } else if (fit == 1 && late < 0) {
            late = i;
          }
        }
        int match = onTime >= 0 ? onTime : late;
        if (match < 0) {
          rejected.add(RejectedCheckIn.of(c, duplicate ? RejectionReason.DUPLICATE
              : RejectionReason.OUTSIDE_SCHEDULE));
          continue;
        }
        done.put(match + "/" + c.person(), onTime >= 0 ? 2 : 1);
        ScheduledPatrol p = patrols.get(match);
        if (p.kind() == PatrolKind.ROUTE && c.location().isPresent()) {
          Route route = town.policy().routes().stream()
              .filter(r -> r.code().equals(p.route().get())).findFirst().orElseThrow();
          double nearest = Double.POSITIVE_INFINITY;
          for (Site site : route.sites()) {
            if (site.location().isPresent()) {
              nearest = Math.min(nearest, site.location().get().distanceMetres(
                  c.location().get()));
            }
          }
          if (nearest != Double.POSITIVE_INFINITY && nearest > rule.maxDistanceMetres()) {
            distant.add(c);
            far.merge(c.person(), 1, Integer::sum);
          }
        }
      }
      LocalDateTime now = LocalDateTime.ofInstant(asOf, zone).truncatedTo(ChronoUnit.MINUTES);
      int[] all = new int[5];
      Map<PatrolKind, int[]> kinds = new EnumMap<>(PatrolKind.class);
      Map<UnitId, int[]> units = new LinkedHashMap<>();
      Map<PersonId, int[]> people = new LinkedHashMap<>();
      town.staffing().members().forEach(m -> people.put(m.id(), null));
      for (int i = 0; i < patrols.size(); i++) {
        ScheduledPatrol p = patrols.get(i);
        int best = 0;
        for (PersonId person : p.team()) {
          int own = done.getOrDefault(i + "/" + person, 0);
          best = Math.max(best, own);
          int[] counts = people.get(person);
          if (counts == null) {
            counts = new int[5];
            people.put(person, counts); // keeps the staffing's order
          }
          add(counts, status(p, own, now, rule));
        }
        int status = status(p, best, now, rule);
        add(all, status);
        add(kinds.computeIfAbsent(p.kind(), k -> new int[5]), status);
        if (p.kind() == PatrolKind.POINT) {
          VisitRequirement r = schedule.requirement(p.household().get()).orElseThrow();
          if (r.servingUnit().isPresent()) {
            add(units.computeIfAbsent(r.servingUnit().get(), k -> new int[5]), status);
          }
        }
      }
      total = tally(all);
      kinds.forEach((k, v) -> byKind.put(k, tally(v)));
      for (var unit : town.hierarchy().units()) {
        if (units.containsKey(unit.id())) {
          grids.add(GridCoverage.of(unit.id(), tally(units.get(unit.id()))));
        }
      }
      people.forEach((person, counts) -> {
        if (counts != null) {
          workers.add(WorkerCoverage.of(person, tally(counts), far.getOrDefault(person, 0)));
        }
      });
      LocalDate today = now.toLocalDate();
      int days = schedule.dayCount();
      for (HouseholdId h : town.hierarchy().households()) {
        VisitRequirement r = schedule.requirement(h).orElseThrow();
        int span = Math.min(r.everyDays(), days);
        Set<LocalDate> seen = visited.getOrDefault(h, Set.of());
        for (int first = 0; first + span <= days; first++) {
          LocalDate end = schedule.start().plusDays(first + span - 1);
          boolean any = false;
          for (int d = first; d < first + span; d++) {
            any |= seen.contains(schedule.start().plusDays(d));
          }
          if (!any) {
            if (end.isBefore(today)) {
              OverdueHousehold.Builder b = OverdueHousehold.builder().household(h)
                  .everyDays(r.everyDays()).reason(r.reason()).dueBy(end);
              seen.stream().filter(d -> d.isAfter(end)).min(LocalDate::compareTo)
                  .ifPresent(b::visitedOn);
              overdue.add(b.build());
            }
            break;
          }
        }
      }
    }

    static boolean sameTarget(ScheduledPatrol p, CheckIn c) {
      switch (p.kind()) {
        case POINT:
          return p.household().equals(c.household());
        case ROUTE:
          return p.route().equals(c.route());
        default:
          return p.unit().equals(c.unit());
      }
    }

    static int fit(ScheduledPatrol p, LocalDateTime at, AuditRule rule) {
      if (p.kind() == PatrolKind.POINT) {
        long behind = ChronoUnit.DAYS.between(p.date(), at.toLocalDate());
        return behind == 0 ? 2 : behind > 0 && behind <= rule.lateDays() ? 1 : 0;
      }
      LocalDateTime start = p.date().atTime(p.from());
      LocalDateTime end = p.date().atTime(p.to());
      if (!at.isBefore(start.minusMinutes(rule.graceMinutes()))
          && !at.isAfter(end.plusMinutes(rule.graceMinutes()))) {
        return 2;
      }
      return at.isAfter(end.plusMinutes(rule.graceMinutes()))
          && !at.isAfter(end.plusMinutes(rule.lateMinutes())) ? 1 : 0;
    }

    /** 2 on time, 1 late, 3 missed, 4 pending. */
    static int status(ScheduledPatrol p, int done, LocalDateTime now, AuditRule rule) {
      if (done > 0) {
        return done;
      }
      boolean over = p.kind() == PatrolKind.POINT
          ? !now.isBefore(p.date().plusDays(rule.lateDays() + 1).atStartOfDay())
          : now.isAfter(p.date().atTime(p.to()).plusMinutes(rule.lateMinutes()));
      return over ? 3 : 4;
    }

    static void add(int[] counts, int status) {
      counts[0]++;
      counts[status]++;
    }

    static Tally tally(int[] c) {
      return Tally.of(c[0], c[2], c[1], c[3], c[4]);
    }
  }
}
