package io.github.xiangzhi.patrol.schedule;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.privacy.Disclosure;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.patrol.PatrolKind;
import io.github.xiangzhi.patrol.policy.PatrolPolicy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * 巡逻排班表 — the patrols of a period, in order of day (and, within a day, field days, camera
 * rounds, area patrols, route patrols, then household visits), with the visit requirement of
 * every household.
 *
 * <p>Patrols are stored in a compact table, not as objects: {@link #get(int)} and the list views
 * make {@link ScheduledPatrol} values on demand. Callers that work in bulk (the audit) use the
 * positional methods, which allocate nothing. Persons are numbered by their position in the
 * staffing, households and units by their position in the hierarchy, routes by their position in
 * the policy.
 *
 * <p>Special-group categories are not kept in the table: a household is only marked as needing
 * special-group visits. {@link #specialGroupCategories} gives the categories a {@link Disclosure}
 * allows.
 *
 * <p>Performance notes: the positional methods are O(1); {@link #on(LocalDate)} is an O(1) view;
 * {@link #of(PersonId)} and {@link #visitsTo(HouseholdId)} build an index over the whole table on
 * first use (O(n)) and are O(1) views after.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Schedule {

  /** The first day planned. */
  LocalDate start();

  /** The day after the last day planned. */
  LocalDate endExclusive();

  /** The calendar's zone, in which days and times are given. */
  ZoneId zone();

  /** The number of days planned. */
  int dayCount();

  /** The hierarchy the schedule was planned on. */
  Hierarchy hierarchy();

  /** The policy the schedule follows. */
  PatrolPolicy policy();

  /** The number of patrols. */
  int size();

  /** The patrol at {@code index}. */
  ScheduledPatrol get(int index);

  /** Every patrol, in order: a view. */
  List<ScheduledPatrol> patrols();

  /** The patrols on {@code date}: a view, empty outside the period. */
  List<ScheduledPatrol> on(LocalDate date);

  /** The patrols {@code person} is on, in order; empty for someone with none. */
  List<ScheduledPatrol> of(PersonId person);

  /** The visits to {@code household}, in order; empty for a household with none. */
  List<ScheduledPatrol> visitsTo(HouseholdId household);

  /** The visit requirement of {@code household}, if the schedule plans its visits. */
  Optional<VisitRequirement> requirement(HouseholdId household);

  /**
   * The special-group category codes of {@code household}'s members that {@code disclosure}
   * allows to be shown, in roster order; empty under {@link Disclosure#none()}.
   */
  List<String> specialGroupCategories(HouseholdId household, Disclosure disclosure);

  // ---------------------------------------------------------------- positions, for bulk work

  /** The kind of the patrol at {@code index}. */
  PatrolKind kindAt(int index);

  /** The day of the patrol at {@code index}, counted from {@link #start()} (0). */
  int dayOf(int index);

  /** The start of the patrol at {@code index}, in minutes from local midnight. */
  int startMinuteOf(int index);

  /** The end of the patrol at {@code index}, in minutes from local midnight, exclusive. */
  int endMinuteOf(int index);

  /** The number of people on the patrol at {@code index}. */
  int teamSizeOf(int index);

  /** The position of the {@code k}-th person on the patrol at {@code index}. */
  int memberOf(int index, int k);

  /** The household position visited by the patrol at {@code index}, or -1. */
  int householdOf(int index);

  /** The unit position the patrol at {@code index} covers (see {@link ScheduledPatrol#unit()}). */
  int unitOf(int index);

  /** The route position (in the policy) of the patrol at {@code index}, or -1. */
  int routeOf(int index);

  /** The index of the first patrol on day {@code day} (0 to {@link #dayCount()}). */
  int firstOnDay(int day);

  /** The number of persons of the staffing. */
  int personCount();

  /** The person at {@code position}. */
  PersonId personAt(int position);

  /** The position of {@code person}, or -1 when the staffing does not hold them. */
  int indexOf(PersonId person);

  /** The longest allowed gap between visits to the household at {@code household}; 0 if none. */
  int everyDaysOf(int household);

  /** True when the household at {@code household} needs special-group visits. */
  boolean isSpecialGroup(int household);

  /** The position of the grid worker given the household at {@code household}, or -1. */
  int workerOf(int household);

  /** The unit position whose workers serve the household at {@code household}, or -1. */
  int servingUnitOf(int household);
}
