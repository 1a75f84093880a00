package io.github.xiangzhi.patrol.schedule;

import static com.google.common.base.Preconditions.checkElementIndex;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.group.SpecialGroupMembership;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.privacy.Disclosure;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.patrol.PatrolKind;
import io.github.xiangzhi.patrol.policy.ChecklistItem;
import io.github.xiangzhi.patrol.policy.PatrolPolicy;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;

/**
 * The schedule as columns: one row per patrol, sorted by day, team members in one shared array.
 * Immutable once built; the two lazy indexes are published through volatile fields and may be
 * built twice by racing readers, harmlessly.
 */
final class ScheduleTable implements Schedule {
  private static final PatrolKind[] KINDS = PatrolKind.values();

  private final PatrolPolicy policy;
  private final Hierarchy hierarchy;
  private final LocalDate start;
  private final int days;
  private final ZoneId zone;

  private final byte[] kind;
  private final int[] day;
  private final short[] startMinute;
  private final short[] endMinute;
  private final int[] target;
  private final int[] teamStart;
  private final int[] members;
  private final int[] dayStart;
  private final int[] routeUnit;

  private final ImmutableList<PersonId> persons;
  private final ImmutableMap<PersonId, Integer> personIndex;

  private final int[] everyDays;
  private final boolean[] special;
  private final int[] worker;
  private final int[] servingUnit;
  private final ImmutableMap<Integer, ImmutableList<SpecialGroupMembership>> memberships;

  private volatile int[][] byPerson;
  private volatile int[][] byHousehold;

  ScheduleTable(Builder b) {
    this.policy = b.policy;
    this.hierarchy = b.hierarchy;
    this.start = b.start;
    this.days = b.days;
    this.zone = b.zone;
    int n = b.kind.size();
    this.kind = new byte[n];
    this.startMinute = new short[n];
    this.endMinute = new short[n];
    for (int i = 0; i < n; i++) {
      kind[i] = (byte) b.kind.get(i);
      startMinute[i] = (short) b.startMinute.get(i);
      endMinute[i] = (short) b.endMinute.get(i);
    }
    this.day = b.day.toArray();
    this.target = b.target.toArray();
    this.teamStart = b.teamStart.toArray();
    this.members = b.members.toArray();
    this.dayStart = new int[days + 1];
    int row = 0;
    for (int d = 0; d <= days; d++) {
      while (row < n && day[row] < d) {
        row++;
      }
      dayStart[d] = row;
    }
    this.routeUnit = b.routeUnit;
    this.persons = b.persons;
    this.personIndex = b.personIndex;
    this.everyDays = b.everyDays;
    this.special = b.special;
    this.worker = b.worker;
    this.servingUnit = b.servingUnit;
    this.memberships = ImmutableMap.copyOf(b.memberships);
  }

  /** Collects the rows and the household table; rows must come in order of day. */
  static final class Builder {
    PatrolPolicy policy;
    Hierarchy hierarchy;
    LocalDate start;
    int days;
    ZoneId zone;
    final IntList kind = new IntList(1024);
    final IntList day = new IntList(1024);
    final IntList startMinute = new IntList(1024);
    final IntList endMinute = new IntList(1024);
    final IntList target = new IntList(1024);
    final IntList teamStart = new IntList(1024);
    final IntList members = new IntList(1024);
    int[] routeUnit;
    ImmutableList<PersonId> persons;
    ImmutableMap<PersonId, Integer> personIndex;
    int[] everyDays;
    boolean[] special;
    int[] worker;
    int[] servingUnit;
    java.util.Map<Integer, ImmutableList<SpecialGroupMembership>> memberships;

    Builder() {
      teamStart.add(0);
    }

    void add(PatrolKind k, int d, int from, int to, int targetPosition, IntList team) {
      kind.add(k.ordinal());
      day.add(d);
      startMinute.add(from);
      endMinute.add(to);
      target.add(targetPosition);
      for (int i = 0; i < team.size(); i++) {
        members.add(team.get(i));
      }
      teamStart.add(members.size());
    }

    void addSingle(PatrolKind k, int d, int from, int to, int targetPosition, int person) {
      kind.add(k.ordinal());
      day.add(d);
      startMinute.add(from);
      endMinute.add(to);
      target.add(targetPosition);
      members.add(person);
      teamStart.add(members.size());
    }

    int size() {
      return kind.size();
    }
  }

  @Override
  public LocalDate start() {
    return start;
  }

  @Override
  public LocalDate endExclusive() {
    return start.plusDays(days);
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  @Override
  public int dayCount() {
    return days;
  }

  @Override
  public Hierarchy hierarchy() {
    return hierarchy;
  }

  @Override
  public PatrolPolicy policy() {
    return policy;
  }

  @Override
  public int size() {
    return kind.length;
  }

  @Override
  public ScheduledPatrol get(int index) {
    checkElementIndex(index, kind.length);
    PatrolKind k = KINDS[kind[index]];
    LocalDate date = start.plusDays(day[index]);
    ScheduledPatrol.Builder b = ScheduledPatrol.builder().kind(k).date(date)
        .from(LocalTime.of(startMinute[index] / 60, startMinute[index] % 60))
        .to(endMinute[index] == 24 * 60 ? LocalTime.MAX
            : LocalTime.of(endMinute[index] / 60, endMinute[index] % 60))
        .zone(zone);
    for (int m = teamStart[index]; m < teamStart[index + 1]; m++) {
      b.addTeam(persons.get(members[m]));
    }
    int unit = unitOf(index);
    if (unit >= 0) {
      b.unit(hierarchy.unitAt(unit));
    }
    switch (k) {
      case POINT:
        b.household(hierarchy.householdAt(target[index]));
        b.reason(special[target[index]] ? VisitReason.SPECIAL_GROUP : VisitReason.ROUTINE);
        break;
      case ROUTE:
        b.route(policy.routes().get(target[index]).code());
        break;
      case AREA:
        for (ChecklistItem item : policy.checklistOn(date)) {
          b.addChecklist(item.code());
        }
        break;
      default:
        break;
    }
    return b.build();
  }

  @Override
  public List<ScheduledPatrol> patrols() {
    return rows(0, kind.length);
  }

  @Override
  public List<ScheduledPatrol> on(LocalDate date) {
    long d = date.toEpochDay() - start.toEpochDay();
    if (d < 0 || d >= days) {
      return List.of();
    }
    return rows(dayStart[(int) d], dayStart[(int) d + 1]);
  }

  @Override
  public List<ScheduledPatrol> of(PersonId person) {
    Integer p = personIndex.get(person);
    if (p == null) {
      return List.of();
    }
    int[][] index = personIndex();
    return indexed(index[1], index[0][p], index[0][p + 1]);
  }

  @Override
  public List<ScheduledPatrol> visitsTo(HouseholdId household) {
    int h = hierarchy.indexOf(household);
    if (h < 0) {
      return List.of();
    }
    int[][] index = householdIndex();
    return indexed(index[1], index[0][h], index[0][h + 1]);
  }

  @Override
  public Optional<VisitRequirement> requirement(HouseholdId household) {
    int h = hierarchy.indexOf(household);
    if (h < 0 || everyDays[h] == 0) {
      return Optional.empty();
    }
    VisitRequirement.Builder b = VisitRequirement.builder().household(household)
        .everyDays(everyDays[h])
        .reason(special[h] ? VisitReason.SPECIAL_GROUP : VisitReason.ROUTINE);
    if (worker[h] >= 0) {
      b.worker(persons.get(worker[h]));
    }
    if (servingUnit[h] >= 0) {
      b.servingUnit(hierarchy.unitAt(servingUnit[h]));
    }
    return Optional.of(b.build());
  }

  @Override
  public List<String> specialGroupCategories(HouseholdId household, Disclosure disclosure) {
    int h = hierarchy.indexOf(household);
    ImmutableList<SpecialGroupMembership> list = h < 0 ? null : memberships.get(h);
    if (list == null) {
      return List.of();
    }
    return list.stream().filter(m -> m.isVisibleTo(disclosure))
        .map(SpecialGroupMembership::category).distinct()
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public PatrolKind kindAt(int index) {
    return KINDS[kind[index]];
  }

  @Override
  public int dayOf(int index) {
    return day[index];
  }

  @Override
  public int startMinuteOf(int index) {
    return startMinute[index];
  }

  @Override
  public int endMinuteOf(int index) {
    return endMinute[index];
  }

  @Override
  public int teamSizeOf(int index) {
    return teamStart[index + 1] - teamStart[index];
  }

  @Override
  public int memberOf(int index, int k) {
    checkElementIndex(k, teamSizeOf(index));
    return members[teamStart[index] + k];
  }

  @Override
  public int householdOf(int index) {
    return kind[index] == PatrolKind.POINT.ordinal() ? target[index] : -1;
  }

  @Override
  public int unitOf(int index) {
    switch (KINDS[kind[index]]) {
      case POINT:
        return hierarchy.unitIndexOfHousehold(target[index]);
      case ROUTE:
        return routeUnit[target[index]];
      default:
        return target[index];
    }
  }

  @Override
  public int routeOf(int index) {
    return kind[index] == PatrolKind.ROUTE.ordinal() ? target[index] : -1;
  }

  @Override
  public int firstOnDay(int d) {
    return dayStart[d];
  }

  @Override
  public int personCount() {
    return persons.size();
  }

  @Override
  public PersonId personAt(int position) {
    return persons.get(position);
  }

  @Override
  public int indexOf(PersonId person) {
    Integer p = personIndex.get(person);
    return p == null ? -1 : p;
  }

  @Override
  public int everyDaysOf(int household) {
    return everyDays[household];
  }

  @Override
  public boolean isSpecialGroup(int household) {
    return special[household];
  }

  @Override
  public int workerOf(int household) {
    return worker[household];
  }

  @Override
  public int servingUnitOf(int household) {
    return servingUnit[household];
  }

  private int[][] personIndex() {
    int[][] index = byPerson;
    if (index == null) {
      int[] offsets = new int[persons.size() + 1];
      for (int m : members) {
        offsets[m + 1]++;
      }
      for (int p = 0; p < persons.size(); p++) {
        offsets[p + 1] += offsets[p];
      }
      int[] rows = new int[members.length];
      int[] next = offsets.clone();
      for (int i = 0; i < kind.length; i++) {
        for (int m = teamStart[i]; m < teamStart[i + 1]; m++) {
          rows[next[members[m]]++] = i;
        }
      }
      index = new int[][] {offsets, rows};
      byPerson = index;
    }
    return index;
  }

  private int[][] householdIndex() {
    int[][] index = byHousehold;
    if (index == null) {
      int households = hierarchy.householdCount();
      int[] offsets = new int[households + 1];
      for (int i = 0; i < kind.length; i++) {
        if (kind[i] == PatrolKind.POINT.ordinal()) {
          offsets[target[i] + 1]++;
        }
      }
      for (int h = 0; h < households; h++) {
        offsets[h + 1] += offsets[h];
      }
      int[] rows = new int[offsets[households]];
      int[] next = offsets.clone();
      for (int i = 0; i < kind.length; i++) {
        if (kind[i] == PatrolKind.POINT.ordinal()) {
          rows[next[target[i]]++] = i;
        }
      }
      index = new int[][] {offsets, rows};
      byHousehold = index;
    }
    return index;
  }

  private List<ScheduledPatrol> rows(int from, int to) {
    return new AbstractList<>() {
      @Override
      public ScheduledPatrol get(int i) {
        checkElementIndex(i, to - from);
        return ScheduleTable.this.get(from + i);
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }

  private List<ScheduledPatrol> indexed(int[] rows, int from, int to) {
    return new AbstractList<>() {
      @Override
      public ScheduledPatrol get(int i) {
        checkElementIndex(i, to - from);
        return ScheduleTable.this.get(rows[from + i]);
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }

  @Override
  public String toString() {
    return "Schedule{" + start + ".." + endExclusive() + ", " + kind.length + " patrols}";
  }
}
