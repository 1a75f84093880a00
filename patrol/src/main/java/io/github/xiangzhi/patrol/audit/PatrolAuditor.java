package io.github.xiangzhi.patrol.audit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.staff.Staffing;
import io.github.xiangzhi.patrol.PatrolKind;
import io.github.xiangzhi.patrol.policy.AuditRule;
import io.github.xiangzhi.patrol.policy.Route;
import io.github.xiangzhi.patrol.policy.Site;
import io.github.xiangzhi.patrol.schedule.Schedule;
import io.github.xiangzhi.patrol.schedule.VisitReason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 巡逻核查 — audits a {@link Schedule} against check-ins: which patrols were done on time, late,
 * missed or are pending, per person, per grid and per kind; which households went unvisited
 * beyond their frequency; which check-ins match nothing.
 *
 * <p>Matching, in order of check-in time, each check-in against the patrols of the same person,
 * kind and target (household, route or unit), using the {@link AuditRule}:
 *
 * <ul>
 *   <li>a household visit is on time on its day, late up to {@code lateDays} days after it;
 *   <li>a timed patrol (route, area, camera round, field day) is on time from {@code graceMinutes}
 *       before its start to {@code graceMinutes} after its end, late up to {@code lateMinutes}
 *       after its end;
 *   <li>the earliest unmatched patrol on time wins, else the earliest unmatched late one; a
 *       check-in that fits only patrols already matched is a duplicate; one that fits none is
 *       outside the schedule; one by someone not on the staff is rejected as such.
 * </ul>
 *
 * <p>A patrol is done when any member checked in (on time if any did on time); each person is
 * counted by their own check-in. A patrol not done is missed once its tolerance has passed at the
 * audit's instant, else pending. A household's visits are every household check-in by a member of
 * the staff, matched or not; it is overdue when a span of its frequency's days (the first from the
 * first day, the last ending with the period) that has fully passed holds none. Times are compared
 * as local times in the schedule's zone.
 *
 * <p>Performance notes: building the auditor indexes the schedule once, O(n): household visits by
 * household, timed patrols by person, each with its day, kind and target side by side. An audit
 * sorts the check-ins by time (a primitive sort of packed keys), then matches a visit against its
 * household's few visits and a timed check-in against its person's patrols of the day, walked by
 * a cursor that only moves forward; then it counts in one pass over the patrols and one over the
 * households. Linear in patrols, check-ins and households but for the sorts; the household lookup
 * per visit check-in (the hierarchy's hash table) dominates at county scale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PatrolAuditor {
  private static final int DAY = 1440;

  private final Schedule schedule;
  private final Staffing staffing;
  private final AuditRule rule;
  private final Hierarchy hierarchy;
  private final ZoneRules zone;
  private final long startEpochDay;
  /** Timed patrols (route, area, camera, field day) per person: each person's seats, in order. */
  private final int[] personOffsets;
  private final int[] personRows;
  /**
   * The day, kind and target of each seat of {@link #personRows}, side by side, so the matching
   * scans a person's seats in sequence instead of jumping about the schedule's table.
   */
  private final int[] pairDay;
  private final byte[] pairKind;
  private final int[] pairTarget;
  /** Household visits per household: each visit's row, day and visitor, in order. */
  private final int[] householdOffsets;
  private final int[] pointRow;
  private final int[] pointDay;
  private final int[] pointPerson;
  private final StringIndex routes;
  /** Staff by id: their position in the schedule, or -1 for staff the schedule does not know. */
  private final StringIndex staff;

  private PatrolAuditor(Schedule schedule, Staffing staffing, AuditRule rule) {
    this.schedule = checkNotNull(schedule, "schedule");
    this.staffing = checkNotNull(staffing, "staffing");
    this.rule = checkNotNull(rule, "rule");
    this.hierarchy = schedule.hierarchy();
    this.zone = schedule.zone().getRules();
    this.startEpochDay = schedule.start().toEpochDay();
    int persons = schedule.personCount();
    int households = hierarchy.householdCount();
    int[] offsets = new int[persons + 1];
    int[] perHousehold = new int[households + 1];
    for (int i = 0; i < schedule.size(); i++) {
      int household = schedule.householdOf(i);
      for (int k = 0; k < schedule.teamSizeOf(i); k++) {
        if (household >= 0) {
          perHousehold[household + 1]++;
        } else {
          offsets[schedule.memberOf(i, k) + 1]++;
        }
      }
    }
    for (int p = 0; p < persons; p++) {
      offsets[p + 1] += offsets[p];
    }
    for (int h = 0; h < households; h++) {
      perHousehold[h + 1] += perHousehold[h];
    }
    int[] rows = new int[offsets[persons]];
    int[] next = Arrays.copyOf(offsets, persons);
    pointRow = new int[perHousehold[households]];
    pointDay = new int[pointRow.length];
    pointPerson = new int[pointRow.length];
    int[] nextPoint = Arrays.copyOf(perHousehold, households);
    for (int i = 0; i < schedule.size(); i++) {
      int household = schedule.householdOf(i);
      for (int k = 0; k < schedule.teamSizeOf(i); k++) {
        if (household >= 0) {
          int at = nextPoint[household]++;
          pointRow[at] = i;
          pointDay[at] = schedule.dayOf(i);
          pointPerson[at] = schedule.memberOf(i, k);
        } else {
          rows[next[schedule.memberOf(i, k)]++] = i;
        }
      }
    }
    this.personOffsets = offsets;
    this.personRows = rows;
    this.householdOffsets = perHousehold;
    this.pairDay = new int[rows.length];
    this.pairKind = new byte[rows.length];
    this.pairTarget = new int[rows.length];
    for (int k = 0; k < rows.length; k++) {
      pairDay[k] = schedule.dayOf(rows[k]);
      pairKind[k] = (byte) schedule.kindAt(rows[k]).ordinal();
      pairTarget[k] = targetOf(rows[k]);
    }
    this.staff = new StringIndex(staffing.members().size());
    staffing.members().forEach(m -> staff.put(m.id().value(), schedule.indexOf(m.id())));
    List<Route> list = schedule.policy().routes();
    this.routes = new StringIndex(list.size());
    for (int r = 0; r < list.size(); r++) {
      routes.put(list.get(r).code(), r);
    }
  }

  /** An auditor of {@code schedule} with the tolerances of its policy. */
  public static PatrolAuditor of(Schedule schedule, Staffing staffing) {
    return new PatrolAuditor(schedule, staffing, schedule.policy().audit());
  }

  /** An auditor of {@code schedule} with the tolerances {@code rule}. */
  public static PatrolAuditor of(Schedule schedule, Staffing staffing, AuditRule rule) {
    return new PatrolAuditor(schedule, staffing, rule);
  }

  /** The local minute stamp of {@code instant}: days from the schedule's start × 1440 + minute. */
  private long stamp(Instant instant) {
    long local = instant.getEpochSecond() + zone.getOffset(instant).getTotalSeconds();
    long day = Math.floorDiv(local, 86_400L) - startEpochDay;
    return day * DAY + Math.floorMod(local, 86_400L) / 60;
  }

  /** Audits {@code checkIns} as of {@code asOf}. */
  public AuditReport audit(Iterable<CheckIn> checkIns, Instant asOf) {
    checkNotNull(asOf, "asOf");
    List<CheckIn> sorted = byTime(checkIns);

    int rows = schedule.size();
    int persons = schedule.personCount();
    byte[] rowStatus = new byte[rows];
    byte[] pairStatus = new byte[personRows.length];
    byte[] pointStatus = new byte[pointRow.length];
    int[] distant = new int[persons];
    List<RejectedCheckIn> rejected = new ArrayList<>();
    List<CheckIn> far = new ArrayList<>();
    long[] visits = new long[sorted.size()];
    int visitCount = 0;
    int days = schedule.dayCount();
    int[] cursor = Arrays.copyOf(personOffsets, persons);

    for (CheckIn c : sorted) {
      int p = staff.get(c.person().value(), -2);
      if (p == -2) {
        rejected.add(RejectedCheckIn.of(c, RejectionReason.UNKNOWN_STAFF));
        continue;
      }
      long at = stamp(c.at());
      int day = (int) Math.floorDiv(at, (long) DAY);
      int target = target(c);
      boolean point = c.kind() == PatrolKind.POINT;
      if (point && target >= 0 && day >= 0 && day < days) {
        visits[visitCount++] = (long) target * (days + 1) + day;
      }
      int match = -1;
      int lateMatch = -1;
      boolean duplicate = false;
      if (p >= 0 && target >= 0 && point) {
        // the household's few visits, in order; those of this person in the tolerance
        for (int k = householdOffsets[target]; k < householdOffsets[target + 1]
            && pointDay[k] <= day; k++) {
          int behind = day - pointDay[k];
          if (pointPerson[k] != p || behind > rule.lateDays()) {
            continue;
          }
          if (pointStatus[k] != 0) {
            duplicate = true;
          } else if (behind == 0 && match < 0) {
            match = k;
          } else if (behind > 0 && lateMatch < 0) {
            lateMatch = k;
          }
        }
      } else if (p >= 0 && target >= 0) {
        // check-ins come in order of time, so each person's cursor only moves forward
        int end = personOffsets[p + 1];
        while (cursor[p] < end && pairDay[cursor[p]] < day - 1) {
          cursor[p]++;
        }
        for (int k = cursor[p]; k < end && pairDay[k] <= day; k++) {
          if (pairKind[k] != c.kind().ordinal() || pairTarget[k] != target) {
            continue;
          }
          int fit = fit(personRows[k], at);
          if (fit == 0) {
            continue;
          }
          if (pairStatus[k] != 0) {
            duplicate = true;
          } else if (fit == 2 && match < 0) {
            match = k;
          } else if (fit == 1 && lateMatch < 0) {
            lateMatch = k;
          }
        }
      }
      boolean late = match < 0 && lateMatch >= 0;
      if (late) {
        match = lateMatch;
      }
      if (match < 0) {
        rejected.add(RejectedCheckIn.of(c, p >= 0 && duplicate ? RejectionReason.DUPLICATE
            : RejectionReason.OUTSIDE_SCHEDULE));
        continue;
      }
      byte status = (byte) (late ? 1 : 2);
      int row;
      if (point) {
        pointStatus[match] = status;
        row = pointRow[match];
      } else {
        pairStatus[match] = status;
        row = personRows[match];
      }
      rowStatus[row] = (byte) Math.max(rowStatus[row], status);
      if (c.kind() == PatrolKind.ROUTE && c.location().isPresent()
          && isFar(c, schedule.routeOf(row))) {
        distant[p]++;
        far.add(c);
      }
    }

    long now = stamp(asOf);
    Counts total = new Counts();
    Map<PatrolKind, Counts> byKind = new EnumMap<>(PatrolKind.class);
    Counts[] grids = new Counts[hierarchy.unitCount()];
    for (int row = 0; row < rows; row++) {
      int status = status(row, rowStatus[row], now);
      total.add(status);
      byKind.computeIfAbsent(schedule.kindAt(row), k -> new Counts()).add(status);
      int household = schedule.householdOf(row);
      if (household >= 0 && schedule.servingUnitOf(household) >= 0) {
        int unit = schedule.servingUnitOf(household);
        if (grids[unit] == null) {
          grids[unit] = new Counts();
        }
        grids[unit].add(status);
      }
    }
    Counts[] people = new Counts[persons];
    for (int p = 0; p < persons; p++) {
      for (int k = personOffsets[p]; k < personOffsets[p + 1]; k++) {
        counts(people, p).add(status(personRows[k], pairStatus[k], now));
      }
    }
    for (int k = 0; k < pointRow.length; k++) {
      counts(people, pointPerson[k]).add(status(pointRow[k], pointStatus[k], now));
    }
    AuditReport.Builder report = AuditReport.builder().asOf(asOf).total(total.tally())
        .rejected(rejected).distant(far);
    byKind.forEach((kind, counts) -> report.putByKind(kind, counts.tally()));
    for (int p = 0; p < persons; p++) {
      if (people[p] != null) {
        report.addWorkers(WorkerCoverage.of(schedule.personAt(p), people[p].tally(),
            distant[p]));
      }
    }
    for (int u = 0; u < grids.length; u++) {
      if (grids[u] != null) {
        report.addGrids(GridCoverage.of(hierarchy.unitAt(u), grids[u].tally()));
      }
    }
    report.addAllOverdue(overdue(Arrays.copyOf(visits, visitCount),
        (int) Math.floorDiv(now, (long) DAY)));
    return report.build();
  }

  private static Counts counts(Counts[] people, int p) {
    if (people[p] == null) {
      people[p] = new Counts();
    }
    return people[p];
  }

  /**
   * The check-ins in order of time, equal instants in the order given: by a sort of packed
   * primitive keys (millisecond and position) when their span allows, else of the objects.
   */
  private static List<CheckIn> byTime(Iterable<CheckIn> checkIns) {
    List<CheckIn> list = checkIns instanceof java.util.Collection
        ? new ArrayList<>(((java.util.Collection<CheckIn>) checkIns).size()) : new ArrayList<>();
    checkIns.forEach(c -> list.add(checkNotNull(c, "checkIn")));
    int n = list.size();
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    boolean nanos = false;
    for (CheckIn c : list) {
      long milli = c.at().getEpochSecond() * 1000 + c.at().getNano() / 1_000_000;
      nanos |= c.at().getNano() % 1_000_000 != 0;
      min = Math.min(min, milli);
      max = Math.max(max, milli);
    }
    int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, n));
    if (n == 0 || nanos || max - min >= (1L << (62 - bits))) {
      list.sort(Comparator.comparing(CheckIn::at)); // stable
      return list;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      Instant at = list.get(i).at();
      keys[i] = ((at.getEpochSecond() * 1000 + at.getNano() / 1_000_000 - min) << bits) | i;
    }
    Arrays.sort(keys);
    List<CheckIn> sorted = new ArrayList<>(n);
    long mask = (1L << bits) - 1;
    for (long key : keys) {
      sorted.add(list.get((int) (key & mask)));
    }
    return sorted;
  }

  /** The position of the check-in's target: household, route or unit; -1 when unknown. */
  private int target(CheckIn c) {
    switch (c.kind()) {
      case POINT:
        return hierarchy.indexOf(c.household().orElseThrow());
      case ROUTE:
        return routes.get(c.route().orElseThrow(), -1);
      default:
        return hierarchy.indexOf(c.unit().orElseThrow());
    }
  }

  private int targetOf(int row) {
    switch (schedule.kindAt(row)) {
      case POINT:
        return schedule.householdOf(row);
      case ROUTE:
        return schedule.routeOf(row);
      default:
        return schedule.unitOf(row);
    }
  }

  /** For a timed patrol: 2 when a check-in at {@code at} is on time, 1 when late, else 0. */
  private int fit(int row, long at) {
    long start = (long) schedule.dayOf(row) * DAY + schedule.startMinuteOf(row);
    long end = (long) schedule.dayOf(row) * DAY + schedule.endMinuteOf(row);
    if (at >= start - rule.graceMinutes() && at <= end + rule.graceMinutes()) {
      return 2;
    }
    return at > end + rule.graceMinutes() && at <= end + rule.lateMinutes() ? 1 : 0;
  }

  /** 2 on time, 1 late, -1 missed, 0 pending. */
  private int status(int row, byte done, long now) {
    if (done != 0) {
      return done;
    }
    long bound = schedule.kindAt(row) == PatrolKind.POINT
        ? (long) (schedule.dayOf(row) + rule.lateDays() + 1) * DAY - 1
        : (long) schedule.dayOf(row) * DAY + schedule.endMinuteOf(row) + rule.lateMinutes();
    return now > bound ? -1 : 0;
  }

  private boolean isFar(CheckIn c, int route) {
    if (c.location().isEmpty()) {
      return false;
    }
    double nearest = Double.POSITIVE_INFINITY;
    for (Site site : schedule.policy().routes().get(route).sites()) {
      if (site.location().isPresent()) {
        nearest = Math.min(nearest, site.location().get().distanceMetres(c.location().get()));
      }
    }
    return nearest != Double.POSITIVE_INFINITY && nearest > rule.maxDistanceMetres();
  }

  private List<OverdueHousehold> overdue(long[] visits, int today) {
    int days = schedule.dayCount();
    Arrays.sort(visits);
    ImmutableList.Builder<OverdueHousehold> out = ImmutableList.builder();
    int k = 0;
    LocalDate start = schedule.start();
    for (int h = 0; h < hierarchy.householdCount(); h++) {
      int f = schedule.everyDaysOf(h);
      long base = (long) h * (days + 1);
      if (f == 0) {
        while (k < visits.length && visits[k] < base + days + 1) {
          k++;
        }
        continue;
      }
      int span = Math.min(f, days);
      int prev = -1;
      boolean reported = false;
      while (true) {
        int v;
        if (k < visits.length && visits[k] < base + days + 1) {
          v = (int) (visits[k++] - base);
        } else {
          v = days; // the end of the period
        }
        if (!reported && v - prev > span) {
          int due = prev + span;
          if (due < today) {
            OverdueHousehold.Builder b = OverdueHousehold.builder()
                .household(hierarchy.householdAt(h)).everyDays(f)
                .reason(schedule.isSpecialGroup(h) ? VisitReason.SPECIAL_GROUP
                    : VisitReason.ROUTINE)
                .dueBy(start.plusDays(due));
            if (v < days) {
              b.visitedOn(start.plusDays(v));
            }
            out.add(b.build());
          }
          reported = true; // only the first gap; a later one cannot be due earlier
        }
        if (v >= days) {
          break;
        }
        prev = v;
      }
    }
    return out.build();
  }

  /** Mutable counts behind a {@link Tally}. */
  private static final class Counts {
    int scheduled;
    int onTime;
    int late;
    int missed;
    int pending;

    void add(int status) {
      scheduled++;
      switch (status) {
        case 2:
          onTime++;
          break;
        case 1:
          late++;
          break;
        case -1:
          missed++;
          break;
        default:
          pending++;
          break;
      }
    }

    Tally tally() {
      return Tally.of(scheduled, onTime, late, missed, pending);
    }
  }

  @Override
  public String toString() {
    return "PatrolAuditor{" + schedule + ", " + rule + "}";
  }
}
