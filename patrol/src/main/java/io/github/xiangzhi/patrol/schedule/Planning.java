package io.github.xiangzhi.patrol.schedule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.group.SpecialGroupMembership;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.staff.Assignment;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.grid.staff.Staffing;
import io.github.xiangzhi.patrol.PatrolKind;
import io.github.xiangzhi.patrol.policy.AreaPatrolRule;
import io.github.xiangzhi.patrol.policy.FieldDayRule;
import io.github.xiangzhi.patrol.policy.KeyPeriod;
import io.github.xiangzhi.patrol.policy.PatrolPolicy;
import io.github.xiangzhi.patrol.policy.Route;
import io.github.xiangzhi.patrol.policy.SpecialGroupFrequency;
import io.github.xiangzhi.patrol.policy.TeamRule;
import io.github.xiangzhi.patrol.policy.TeamSlot;
import io.github.xiangzhi.patrol.policy.TimeWindow;
import io.github.xiangzhi.patrol.policy.VideoRoundRule;
import io.github.xiangzhi.patrol.policy.VisitRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** One run of the planner: mutable working state, used once. See {@link PatrolPlanner}. */
final class Planning {
  /** How often a time is drawn again when too few people are free at it. */
  private static final int ATTEMPTS = 8;
  /** How many days ahead a worker's daily load looks for coming pile-ups. */
  private static final int LOOKAHEAD = 31;

  private final PatrolPolicy policy;
  private final Hierarchy h;
  private final Staffing staffing;
  private final GovernanceCalendar calendar;
  private final RandomGenerator random;
  private final List<SpecialGroupMembership> roster;
  private final LocalDate start;
  private final int days;
  private final boolean[] working;

  private final ImmutableList<PersonId> persons;
  private final ImmutableMap<PersonId, Integer> personIndex;
  private final int[] rank;
  private final long[] minutes;
  private final int[] visitCount;
  private final Busy busy;

  /** Per role: the persons and unit positions of its assignments inside the hierarchy. */
  private final Map<String, int[][]> assignments = new HashMap<>();
  private final Map<String, Map<Integer, int[]>> candidateCache = new HashMap<>();
  private final int[] stamp;
  private int stampValue;

  private final List<Infeasibility> problems = new ArrayList<>();
  private final ScheduleTable.Builder out = new ScheduleTable.Builder();
  private final IntList team = new IntList(8);
  private String shortRole;
  private int shortNeeded;
  private int shortFree;

  // household visits
  private VisitRule visitRule;
  private int[] everyDays;
  private boolean[] special;
  private int[] worker;
  private int[] servingUnit;
  private final Map<Integer, ImmutableList<SpecialGroupMembership>> memberships =
      new LinkedHashMap<>();
  private int[] key;
  private int[] due;
  private boolean[] anyDay;
  private boolean[] late;
  private int[] heap;
  private int[] waiting;
  private int[] release;
  private int[] waitStart;
  private int[] waitSize;
  private int[] anyStart;
  private int[] anySize;
  private int[] workStart;
  private int[] workSize;
  /** Per worker, the visits a fill day should take on average. */
  private double[] rate;
  private int[] servedWorkers;
  /** Per served worker (by its rank in servedWorkers), how many households are due on each day. */
  private int[][] dueOn;
  private int[] servedRank;
  /** Fill days before each day: the prefix count of days on which visits may fill. */
  private int[] fillBefore;
  /** Per worker, the households whose frequency is within the lookahead: they come back in it. */
  private int[][] recurring;
  /** True while a household has a due day in the period. */
  private boolean[] pending;
  private final int[] extra = new int[LOOKAHEAD + 1];
  private int[] prevWorking;
  private int[] nextWorking;
  private int[] slots;

  // field days
  private boolean[] fieldDay;
  private int[][] fieldUnits;
  private int[] fieldTurn;

  Planning(PatrolPolicy policy, PlanInput input, RandomGenerator random) {
    this.policy = policy;
    this.h = input.hierarchy();
    this.staffing = input.staffing();
    this.calendar = input.calendar();
    this.random = random;
    this.roster = input.roster().memberships();
    this.start = input.start();
    this.days = input.days();
    this.working = new boolean[days];
    for (int d = 0; d < days; d++) {
      working[d] = calendar.isWorkingDay(start.plusDays(d));
    }
    ImmutableList.Builder<PersonId> ids = ImmutableList.builder();
    Map<PersonId, Integer> index = new HashMap<>();
    for (StaffMember m : staffing.members()) {
      index.put(m.id(), index.size());
      ids.add(m.id());
    }
    this.persons = ids.build();
    this.personIndex = ImmutableMap.copyOf(index);
    int n = persons.size();
    this.minutes = new long[n];
    this.visitCount = new int[n];
    this.busy = new Busy(n);
    this.stamp = new int[n];
    // a random order among equally loaded people, so the same people do not always go first
    this.rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = rank[i];
      rank[i] = rank[j];
      rank[j] = t;
    }
    Map<String, IntList[]> byRole = new LinkedHashMap<>();
    for (Assignment a : staffing.assignments()) {
      int unit = h.indexOf(a.unit());
      Integer person = personIndex.get(a.person());
      if (unit < 0 || person == null) {
        continue; // an assignment outside this hierarchy does not serve it
      }
      IntList[] lists = byRole.computeIfAbsent(a.role(),
          r -> new IntList[] {new IntList(16), new IntList(16)});
      lists[0].add(person);
      lists[1].add(unit);
    }
    byRole.forEach((role, lists) ->
        assignments.put(role, new int[][] {lists[0].toArray(), lists[1].toArray()}));
  }

  PlanResult run() {
    out.policy = policy;
    out.hierarchy = h;
    out.start = start;
    out.days = days;
    out.zone = calendar.zone();
    out.persons = persons;
    out.personIndex = personIndex;
    out.routeUnit = new int[policy.routes().size()];
    for (int r = 0; r < policy.routes().size(); r++) {
      out.routeUnit[r] = h.indexOf(policy.routes().get(r).unit());
    }
    prepareVisits();
    prepareFieldDays();
    List<Integer> videoUnits = unitsAt(policy.video().map(VideoRoundRule::level), PatrolKind.VIDEO);
    List<Integer> areaUnits = unitsAt(policy.area().map(AreaPatrolRule::level), PatrolKind.AREA);
    boolean[] keyArea = keyAreas(areaUnits);
    TeamRule videoTeam = policy.video().map(v -> TeamRule.builder().code("VIDEO")
        .name("探头站岗、鼠标巡逻").addMembers(TeamSlot.of(v.role(), 1)).build()).orElse(null);

    for (int d = 0; d < days; d++) {
      LocalDate date = start.plusDays(d);
      busy.nextDay();
      if (fieldDay[d]) {
        fieldDays(d, date);
      }
      if (videoTeam != null) {
        VideoRoundRule video = policy.video().get();
        for (int unit : videoUnits) {
          timed(PatrolKind.VIDEO, d, date, videoTeam, unit, video.morning(), video.minutes(),
              unit, null);
          timed(PatrolKind.VIDEO, d, date, videoTeam, unit, video.afternoon(), video.minutes(),
              unit, null);
        }
      }
      if (policy.area().isPresent()) {
        area(d, date, areaUnits, keyArea);
      }
      for (int r = 0; r < policy.routes().size(); r++) {
        route(d, date, r);
      }
      if (visitRule != null) {
        visits(d, date);
      }
    }
    return PlanResult.builder().schedule(new ScheduleTable(out)).infeasibilities(problems)
        .workload(workload()).build();
  }

  // ------------------------------------------------------------------ timed patrols and teams

  private List<Integer> unitsAt(java.util.Optional<String> level, PatrolKind kind) {
    if (level.isEmpty()) {
      return List.of();
    }
    List<Integer> units = new ArrayList<>();
    h.unitsAt(level.get()).forEach(u -> units.add(h.indexOf(u)));
    if (units.isEmpty()) {
      problems.add(Infeasibility.builder().reason(InfeasibilityReason.NO_UNIT_AT_LEVEL)
          .kind(kind).role(level.get()).build());
    }
    return units;
  }

  private boolean[] keyAreas(List<Integer> areaUnits) {
    boolean[] key = new boolean[h.unitCount()];
    if (policy.area().isEmpty()) {
      return key;
    }
    for (int unit : areaUnits) {
      Unit u = h.unit(h.unitAt(unit));
      for (String group : u.groups()) {
        if (policy.area().get().keyAreaGroups().contains(group)) {
          key[unit] = true;
        }
      }
    }
    return key;
  }

  private void area(int d, LocalDate date, List<Integer> units, boolean[] keyArea) {
    AreaPatrolRule rule = policy.area().get();
    boolean everywhere = rule.days().contains(date.getDayOfWeek());
    for (KeyPeriod period : policy.keyPeriods()) {
      everywhere |= period.dailyAreaPatrols() && period.season().contains(date);
    }
    TeamRule team = policy.team(rule.team()).orElseThrow();
    for (int unit : units) {
      if (everywhere || keyArea[unit]) {
        timed(PatrolKind.AREA, d, date, team, unit, rule.window(), rule.minutes(), unit, null);
      }
    }
  }

  private void route(int d, LocalDate date, int r) {
    Route route = policy.routes().get(r);
    TimeWindow window = policy.windowOf(route);
    int length = policy.minutesOf(route);
    int count = policy.patrolsOn(route, date);
    int part = window.minutes() / count;
    if (part < length) {
      problems.add(Infeasibility.builder().reason(InfeasibilityReason.WINDOW_TOO_SHORT)
          .kind(PatrolKind.ROUTE).date(date).route(route.code()).needed(count)
          .available(window.minutes()).build());
      return;
    }
    TeamRule team = policy.team(policy.teamOf(route)).orElseThrow();
    int unit = out.routeUnit[r];
    for (int j = 0; j < count; j++) {
      int from = window.fromMinute() + j * part;
      int to = j == count - 1 ? window.toMinute() : from + part;
      timed(PatrolKind.ROUTE, d, date, team, unit, from, to, length, r, route.code());
    }
  }

  private void timed(PatrolKind kind, int d, LocalDate date, TeamRule rule, int unit,
      TimeWindow window, int length, int target, String route) {
    timed(kind, d, date, rule, unit, window.fromMinute(), window.toMinute(), length, target,
        route);
  }

  /**
   * Draws a start in [from, to - length] and forms a team free then; draws again up to {@link
   * #ATTEMPTS} times, then reports the shortage.
   */
  private void timed(PatrolKind kind, int d, LocalDate date, TeamRule rule, int unit, int from,
      int to, int length, int target, String route) {
    boolean enough = true;
    for (TeamSlot slot : rule.members()) {
      int available = candidates(unit, slot.role()).length;
      if (available < slot.count()) {
        enough = false;
        shortRole = slot.role();
        shortNeeded = slot.count();
        shortFree = available;
        break;
      }
    }
    for (int attempt = 0; enough && attempt < ATTEMPTS; attempt++) {
      int s = from + random.nextInt(to - length - from + 1);
      if (pickTeam(rule, unit, s, s + length)) {
        for (int i = 0; i < team.size(); i++) {
          int p = team.get(i);
          busy.add(p, s, s + length);
          minutes[p] += length;
        }
        out.add(kind, d, s, s + length, target, team);
        return;
      }
    }
    Infeasibility.Builder problem = Infeasibility.builder()
        .reason(InfeasibilityReason.TEAM_SHORT).kind(kind).date(date).role(shortRole)
        .needed(shortNeeded).available(shortFree);
    if (route != null) {
      problem.route(route);
    } else {
      problem.unit(h.unitAt(unit));
    }
    problems.add(problem.build());
  }

  /** Fills each seat of {@code rule} with the least-loaded free candidate, or says who is short. */
  private boolean pickTeam(TeamRule rule, int unit, int from, int to) {
    team.clear();
    for (TeamSlot slot : rule.members()) {
      int[] candidates = candidates(unit, slot.role());
      for (int k = 0; k < slot.count(); k++) {
        int best = -1;
        for (int p : candidates) {
          if (team.contains(p) || !busy.free(p, from, to)) {
            continue;
          }
          if (best < 0 || minutes[p] < minutes[best]
              || (minutes[p] == minutes[best] && rank[p] < rank[best])) {
            best = p;
          }
        }
        if (best < 0) {
          shortRole = slot.role();
          shortNeeded = slot.count();
          shortFree = k;
          return false;
        }
        team.add(best);
      }
    }
    return true;
  }

  /**
   * The persons holding {@code role} by an assignment to {@code unit}, to a unit above it or to a
   * unit below it, each once, in assignment order.
   */
  private int[] candidates(int unit, String role) {
    Map<Integer, int[]> cache = candidateCache.computeIfAbsent(role, r -> new HashMap<>());
    int[] found = cache.get(unit);
    if (found != null) {
      return found;
    }
    int[][] a = assignments.get(role);
    IntList list = new IntList(8);
    if (a != null) {
      stampValue++;
      for (int k = 0; k < a[0].length; k++) {
        int p = a[0][k];
        int at = a[1][k];
        if (stamp[p] != stampValue && (h.isWithin(unit, at) || h.isWithin(at, unit))) {
          stamp[p] = stampValue;
          list.add(p);
        }
      }
    }
    found = list.toArray();
    cache.put(unit, found);
    return found;
  }

  // ------------------------------------------------------------------ field days

  private void prepareFieldDays() {
    fieldDay = new boolean[days];
    if (policy.fieldDays().isEmpty()) {
      return;
    }
    FieldDayRule rule = policy.fieldDays().get();
    for (LocalDate date : rule.fieldDays(start, start.plusDays(days), calendar)) {
      fieldDay[(int) (date.toEpochDay() - start.toEpochDay())] = true;
    }
    IntList[] units = new IntList[persons.size()];
    for (String role : rule.roles()) {
      int[][] a = assignments.get(role);
      if (a == null) {
        continue;
      }
      for (int k = 0; k < a[0].length; k++) {
        int p = a[0][k];
        if (units[p] == null) {
          units[p] = new IntList(2);
        }
        if (!units[p].contains(a[1][k])) {
          units[p].add(a[1][k]);
        }
      }
    }
    fieldUnits = new int[persons.size()][];
    for (int p = 0; p < persons.size(); p++) {
      fieldUnits[p] = units[p] == null ? null : units[p].toArray();
    }
    fieldTurn = new int[persons.size()];
  }

  private void fieldDays(int d, LocalDate date) {
    TimeWindow hours = policy.fieldDays().get().hours();
    for (int p = 0; p < persons.size(); p++) {
      if (fieldUnits[p] == null) {
        continue;
      }
      int unit = fieldUnits[p][fieldTurn[p]++ % fieldUnits[p].length];
      if (!busy.free(p, hours.fromMinute(), hours.toMinute())) {
        problems.add(Infeasibility.builder().reason(InfeasibilityReason.TEAM_SHORT)
            .kind(PatrolKind.FIELD_DAY).date(date).unit(h.unitAt(unit)).person(persons.get(p))
            .needed(1).available(0).build());
        continue;
      }
      busy.add(p, hours.fromMinute(), hours.toMinute());
      minutes[p] += hours.minutes();
      out.addSingle(PatrolKind.FIELD_DAY, d, hours.fromMinute(), hours.toMinute(), unit, p);
    }
  }

  // ------------------------------------------------------------------ household visits

  /** The fewest visits that give a household of frequency {@code f} one in every f days. */
  private int need(int f) {
    return days >= f ? days / f : 1;
  }

  private void prepareVisits() {
    int n = h.householdCount();
    everyDays = new int[n];
    special = new boolean[n];
    worker = new int[n];
    servingUnit = new int[n];
    Arrays.fill(worker, -1);
    Arrays.fill(servingUnit, -1);
    out.everyDays = everyDays;
    out.special = special;
    out.worker = worker;
    out.servingUnit = servingUnit;
    out.memberships = memberships;
    if (policy.visits().isEmpty()) {
      return;
    }
    visitRule = policy.visits().get();
    Map<String, Integer> frequency = new HashMap<>();
    for (SpecialGroupFrequency f : visitRule.specialGroups()) {
      frequency.put(f.category(), f.everyDays());
    }
    Arrays.fill(everyDays, visitRule.everyDays());
    Map<Integer, List<SpecialGroupMembership>> byHousehold = new LinkedHashMap<>();
    // the roster: which households need closer visits; categories stay in the memberships
    for (SpecialGroupMembership m : roster) {
      Integer f = frequency.get(m.category());
      if (m.household().isEmpty()) {
        if (f != null) {
          problems.add(Infeasibility.builder()
              .reason(InfeasibilityReason.MEMBER_WITHOUT_HOUSEHOLD).kind(PatrolKind.POINT)
              .person(m.person()).visitReason(VisitReason.SPECIAL_GROUP).build());
        }
        continue;
      }
      int i = h.indexOf(m.household().get());
      if (i < 0) {
        if (f != null) {
          problems.add(Infeasibility.builder()
              .reason(InfeasibilityReason.HOUSEHOLD_NOT_IN_HIERARCHY).kind(PatrolKind.POINT)
              .person(m.person()).household(m.household().get())
              .visitReason(VisitReason.SPECIAL_GROUP).build());
        }
        continue;
      }
      byHousehold.computeIfAbsent(i, k -> new ArrayList<>()).add(m);
      if (f != null) {
        special[i] = true;
        everyDays[i] = Math.min(everyDays[i], f);
      }
    }
    byHousehold.forEach((i, list) -> memberships.put(i, ImmutableList.copyOf(list)));

    // the units whose workers serve each unit: itself, else the nearest above
    int units = h.unitCount();
    int[][] a = assignments.getOrDefault(visitRule.role(), new int[][] {new int[0], new int[0]});
    int[] workersAt = new int[units + 1];
    for (int k = 0; k < a[0].length; k++) {
      workersAt[a[1][k] + 1]++;
    }
    for (int u = 0; u < units; u++) {
      workersAt[u + 1] += workersAt[u];
    }
    int[] workerList = new int[a[0].length];
    int[] fill = Arrays.copyOf(workersAt, units);
    for (int k = 0; k < a[0].length; k++) {
      workerList[fill[a[1][k]]++] = a[0][k];
    }
    int[] owner = new int[units];
    for (int u = 0; u < units; u++) { // pre-order: a parent comes before its children
      int parent = h.parentIndex(u);
      owner[u] = workersAt[u + 1] > workersAt[u] ? u : parent < 0 ? -1 : owner[parent];
    }

    int people = persons.size();
    long[] demand = new long[people];
    int[] households = new int[people];
    anyDay = new boolean[n];
    for (int i = 0; i < n; i++) {
      anyDay[i] = special[i] ? !visitRule.specialGroupsWorkingDaysOnly()
          : !visitRule.workingDaysOnly();
      int unit = h.unitIndexOfHousehold(i);
      int o = owner[unit];
      if (o < 0) {
        problems.add(Infeasibility.builder().reason(InfeasibilityReason.NO_WORKER)
            .kind(PatrolKind.POINT).household(h.householdAt(i)).unit(h.unitAt(unit))
            .role(visitRule.role())
            .visitReason(special[i] ? VisitReason.SPECIAL_GROUP : VisitReason.ROUTINE).build());
        continue;
      }
      servingUnit[i] = o;
      int best = -1;
      for (int k = workersAt[o]; k < workersAt[o + 1]; k++) {
        int w = workerList[k];
        if (best < 0 || demand[w] < demand[best]) {
          best = w;
        }
      }
      worker[i] = best;
      demand[best] += need(everyDays[i]);
      households[best]++;
    }

    // each worker's two heaps of households ready for a visit (any day / working days only)
    // share one array; the heap of those waiting for their release day another
    anyStart = new int[people];
    waitStart = new int[people];
    waitSize = new int[people];
    anySize = new int[people];
    workStart = new int[people];
    workSize = new int[people];
    int[] anyCount = new int[people];
    int[] workCount = new int[people];
    boolean[] hasAnyDay = new boolean[people];
    for (int i = 0; i < n; i++) {
      if (worker[i] >= 0) {
        if (anyDay[i]) {
          anyCount[worker[i]]++;
          hasAnyDay[worker[i]] = true;
        } else {
          workCount[worker[i]]++;
        }
      }
    }
    int offset = 0;
    IntList served = new IntList(64);
    for (int w = 0; w < people; w++) {
      waitStart[w] = offset;
      anyStart[w] = offset;
      offset += anyCount[w];
      workStart[w] = offset;
      offset += workCount[w];
      if (households[w] > 0) {
        served.add(w);
      }
    }
    servedWorkers = served.toArray();
    servedRank = new int[people];
    dueOn = new int[servedWorkers.length][];
    for (int k = 0; k < servedWorkers.length; k++) {
      servedRank[servedWorkers[k]] = k;
      dueOn[k] = new int[days + 1];
    }
    heap = new int[offset];
    waiting = new int[offset];
    pending = new boolean[n];
    IntList[] shortOnes = new IntList[people];
    for (int i = 0; i < n; i++) {
      if (worker[i] >= 0 && everyDays[i] <= LOOKAHEAD) {
        if (shortOnes[worker[i]] == null) {
          shortOnes[worker[i]] = new IntList(4);
        }
        shortOnes[worker[i]].add(i);
      }
    }
    recurring = new int[people][];
    for (int w = 0; w < people; w++) {
      recurring[w] = shortOnes[w] == null ? new int[0] : shortOnes[w].toArray();
    }
    release = new int[n];
    key = new int[n];
    due = new int[n];
    late = new boolean[n];

    prevWorking = new int[days];
    nextWorking = new int[days + 1];
    int workingDays = 0;
    for (int d = 0; d < days; d++) {
      prevWorking[d] = working[d] ? d : d == 0 ? -1 : prevWorking[d - 1];
      workingDays += working[d] ? 1 : 0;
    }
    nextWorking[days] = days;
    for (int d = days - 1; d >= 0; d--) {
      nextWorking[d] = working[d] ? d : nextWorking[d + 1];
    }

    int slotsPerDay = visitRule.slotsPerDay();
    slots = new int[slotsPerDay];
    int fillDays = visitRule.workingDaysOnly() ? workingDays : days;
    fillBefore = new int[days + 1];
    for (int d = 0; d < days; d++) {
      fillBefore[d + 1] = fillBefore[d] + (visitRule.workingDaysOnly() && !working[d] ? 0 : 1);
    }
    double[] expected = new double[people];
    for (int i = 0; i < n; i++) {
      if (worker[i] >= 0) {
        // visits come in the last part of each span, so a little more often than the least;
        // a household visited on any day has only its share of them on fill days
        int f = everyDays[i];
        double visits = days >= f ? days / (f - (slack(f) - 1) / 2.0) : 1;
        expected[worker[i]] += anyDay[i] && fillDays < days ? visits * fillDays / days : visits;
      }
    }
    rate = new double[people];
    for (int w : servedWorkers) {
      long capacity = (long) slotsPerDay * (hasAnyDay[w] ? days : workingDays);
      if (demand[w] > capacity) {
        problems.add(Infeasibility.builder().reason(InfeasibilityReason.VISIT_CAPACITY)
            .kind(PatrolKind.POINT).person(persons.get(w)).role(visitRule.role())
            .needed((int) Math.min(Integer.MAX_VALUE, demand[w]))
            .available((int) Math.min(Integer.MAX_VALUE, capacity)).build());
      }
      rate[w] = fillDays == 0 ? 0 : expected[w] / fillDays;
    }
    for (int i = 0; i < n; i++) {
      if (worker[i] < 0) {
        continue;
      }
      int first = Math.min(everyDays[i], days) - 1;
      due[i] = first;
      int k = effective(i, first);
      if (k < 0) {
        noAllowedDay(i, first);
        k = nextAllowed(i, 0);
        if (k >= days) {
          continue;
        }
      }
      key[i] = k;
      pending[i] = true;
      dueOn[servedRank[worker[i]]][k]++;
      push(worker[i], i); // ready from the first day: the first visits spread over the first span
    }
  }

  /**
   * On how many days up to its due day a household may be visited early to even out the load:
   * the last sixth of its span, at least its due day itself.
   */
  private static int slack(int everyDays) {
    return Math.max(1, (everyDays + 5) / 6);
  }

  /** The visits worker {@code w} takes to fill day {@code d}: its rate, spread exactly. */
  private int quota(int w, int d) {
    int k = fillBefore[d];
    return (int) (Math.floor((k + 1) * rate[w]) - Math.floor(k * rate[w]));
  }

  /** The last day on or before {@code dueDay} on which household {@code i} may be visited. */
  private int effective(int i, int dueDay) {
    return anyDay[i] ? dueDay : prevWorking[dueDay];
  }

  /** The first day on or after {@code day} on which household {@code i} may be visited. */
  private int nextAllowed(int i, int day) {
    return anyDay[i] ? day : nextWorking[Math.min(day, days)];
  }

  private void noAllowedDay(int i, int dueDay) {
    late[i] = true;
    problems.add(Infeasibility.builder().reason(InfeasibilityReason.NO_ALLOWED_DAY)
        .kind(PatrolKind.POINT).date(start.plusDays(dueDay)).household(h.householdAt(i))
        .visitReason(special[i] ? VisitReason.SPECIAL_GROUP : VisitReason.ROUTINE).build());
  }

  private void visits(int d, LocalDate date) {
    TimeWindow hours = visitRule.hours();
    int length = visitRule.minutes();
    boolean fill = !visitRule.workingDaysOnly() || working[d];
    for (int w : servedWorkers) {
      // households whose release day has come are ready
      while (waitSize[w] > 0 && release[waiting[waitStart[w]]] <= d) {
        int i = waiting[waitStart[w]];
        removeTop(waiting, waitStart[w], --waitSize[w], release);
        push(w, i);
      }
      if (anySize[w] == 0 && workSize[w] == 0) {
        continue;
      }
      int free = 0;
      for (int s = 0; s < slots.length; s++) {
        int from = hours.fromMinute() + s * length;
        if (!busy.any(w) || busy.free(w, from, from + length)) {
          slots[free++] = from;
        }
      }
      int made = 0;
      // due today: always, while a slot is free
      for (int i = peek(w, working[d]); i >= 0 && key[i] <= d && made < free;
          i = peek(w, working[d])) {
        pop(w, i);
        visit(w, i, d, slots[made++]);
      }
      // due today and no slot left: reported once, visited at the first chance
      for (int i = peek(w, working[d]); i >= 0 && key[i] <= d; i = peek(w, working[d])) {
        pop(w, i);
        if (!late[i]) {
          late[i] = true;
          problems.add(Infeasibility.builder().reason(InfeasibilityReason.DEADLINE_MISSED)
              .kind(PatrolKind.POINT).date(start.plusDays(due[i])).household(h.householdAt(i))
              .person(persons.get(w)).available(free)
              .visitReason(special[i] ? VisitReason.SPECIAL_GROUP : VisitReason.ROUTINE)
              .build());
        }
        int next = nextAllowed(i, d + 1);
        dueOn[servedRank[w]][key[i]]--;
        pending[i] = next < days;
        if (next < days) {
          key[i] = next;
          dueOn[servedRank[w]][next]++;
          push(w, i);
        }
      }
      // the average daily load, earliest due first among the released, so the visits spread;
      // more when the days ahead could not take what falls due on them (a long holiday)
      if (fill) {
        int needed = Math.min(free, ahead(w, d, made));
        int goal = Math.max(needed, Math.min(free, quota(w, d)));
        for (int i = peek(w, working[d]); i >= 0 && made < goal; i = peek(w, working[d])) {
          pop(w, i);
          visit(w, i, d, slots[made++]);
        }
        // a pile-up ahead that the released households cannot cover: take the next ones early
        while (made < needed && waitSize[w] > 0) {
          int i = waiting[waitStart[w]];
          if (!anyDay[i] && !working[d]) {
            break;
          }
          removeTop(waiting, waitStart[w], --waitSize[w], release);
          visit(w, i, d, slots[made++]);
        }
      }
    }
  }

  /**
   * How many visits worker {@code w} must make today, {@code made} made already, so that the
   * households due on each of the next days fit in the visiting slots of the days before them.
   */
  private int ahead(int w, int d, int made) {
    int[] due = dueOn[servedRank[w]];
    int slotsPerDay = slots.length;
    int horizon = Math.min(days - 1, d + LOOKAHEAD);
    // households with short frequencies come back within the horizon: count their returns too
    java.util.Arrays.fill(extra, 0);
    for (int i : recurring[w]) {
      if (pending[i]) {
        for (int t = key[i] + everyDays[i]; t <= horizon; t += everyDays[i]) {
          if (t >= d) {
            extra[t - d]++;
          }
        }
      }
    }
    int cumulative = made;
    int needed = made;
    for (int t = d; t <= horizon; t++) {
      cumulative += due[t] + extra[t - d];
      int capacityBefore = slotsPerDay * (fillBefore[t + 1] - fillBefore[d + 1]);
      needed = Math.max(needed, cumulative - capacityBefore);
    }
    return needed;
  }

  private void visit(int w, int i, int d, int from) {
    int length = visitRule.minutes();
    dueOn[servedRank[w]][key[i]]--;
    pending[i] = false;
    out.addSingle(PatrolKind.POINT, d, from, from + length, i, w);
    minutes[w] += length;
    visitCount[w]++;
    late[i] = false;
    int next = d + everyDays[i];
    if (next >= days) {
      return; // the last span of the period holds this visit
    }
    due[i] = next;
    int k = effective(i, next);
    if (k <= d) {
      noAllowedDay(i, next);
      k = nextAllowed(i, d + 1);
      if (k >= days) {
        return;
      }
    }
    key[i] = k;
    pending[i] = true;
    dueOn[servedRank[w]][k]++;
    // early visits only in the last part of the span: short spans must not crowd out long ones
    release[i] = Math.max(d + 1, k - slack(everyDays[i]) + 1);
    siftUp(waiting, waitStart[w], waitSize[w]++, i, release);
  }

  // binary min-heaps per worker, ordered by (a day per household, household position)

  private static boolean before(int a, int b, int[] order) {
    return order[a] < order[b] || (order[a] == order[b] && a < b);
  }

  /** The household the worker should visit next today among the ready ones, or -1. */
  private int peek(int w, boolean workingDay) {
    int a = anySize[w] > 0 ? heap[anyStart[w]] : -1;
    int b = workingDay && workSize[w] > 0 ? heap[workStart[w]] : -1;
    if (a < 0) {
      return b;
    }
    return b < 0 || before(a, b, key) ? a : b;
  }

  /** Makes household {@code i} ready: into its worker's heap for its rule, by due day. */
  private void push(int w, int i) {
    if (anyDay[i]) {
      siftUp(heap, anyStart[w], anySize[w]++, i, key);
    } else {
      siftUp(heap, workStart[w], workSize[w]++, i, key);
    }
  }

  /** Removes household {@code i}, the top of its ready heap. */
  private void pop(int w, int i) {
    if (anyDay[i]) {
      removeTop(heap, anyStart[w], --anySize[w], key);
    } else {
      removeTop(heap, workStart[w], --workSize[w], key);
    }
  }

  /** Inserts {@code i} into the heap at {@code base} holding {@code size} elements. */
  private static void siftUp(int[] data, int base, int size, int i, int[] order) {
    int at = size;
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      int p = data[base + parent];
      if (!before(i, p, order)) {
        break;
      }
      data[base + at] = p;
      at = parent;
    }
    data[base + at] = i;
  }

  /** Removes the top of the heap at {@code base}, which holds {@code size} elements after. */
  private static void removeTop(int[] data, int base, int size, int[] order) {
    int last = data[base + size];
    int at = 0;
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && before(data[base + child + 1], data[base + child], order)) {
        child++;
      }
      if (!before(data[base + child], last, order)) {
        break;
      }
      data[base + at] = data[base + child];
      at = child;
    }
    if (size > 0) {
      data[base + at] = last;
    }
  }

  private Workload workload() {
    Workload.Builder b = Workload.builder();
    if (servedWorkers != null) {
      for (int w : servedWorkers) {
        b.putVisit(persons.get(w), visitCount[w]);
      }
    }
    for (int p = 0; p < persons.size(); p++) {
      if (minutes[p] > 0) {
        b.putMinute(persons.get(p), minutes[p]);
      }
    }
    return b.build();
  }
}
