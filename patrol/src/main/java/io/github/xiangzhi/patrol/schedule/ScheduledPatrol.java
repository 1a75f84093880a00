package io.github.xiangzhi.patrol.schedule;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.patrol.PatrolKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 排班条目 — one patrol of a schedule: its kind, day and times in the calendar's zone, the team,
 * and what it covers — a route (线上巡), a unit (面上巡, camera rounds, field days) or a household
 * (点上巡, with the unit it is attached to). A household visit says whether it is a special-group
 * visit, never the category.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScheduledPatrol {

  /** The kind of patrol. */
  public abstract PatrolKind kind();

  /** The day. */
  public abstract LocalDate date();

  /** The start, local time in {@link #zone()}. */
  public abstract LocalTime from();

  /** The end, local time in {@link #zone()}, exclusive. */
  public abstract LocalTime to();

  /** The calendar's zone, in which the times are given. */
  public abstract ZoneId zone();

  /** The people on the patrol: the team, the grid worker, the cadre or the camera operator. */
  public abstract ImmutableList<PersonId> team();

  /**
   * The unit covered: the area, the command centre's unit, the grid of a field day, the route's
   * unit, or the unit a visited household is attached to.
   */
  public abstract Optional<UnitId> unit();

  /** The household visited, for a household visit. */
  public abstract Optional<HouseholdId> household();

  /** The route's code, for a route patrol. */
  public abstract Optional<String> route();

  /** Why the household is visited, for a household visit. */
  public abstract Optional<VisitReason> reason();

  /** The codes of the checklist items checked, for an area patrol. */
  public abstract ImmutableList<String> checklist();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a scheduled patrol. */
  public static final class Builder extends ImmutableScheduledPatrol.Builder {}

  /** The first instant of the patrol. */
  public final Instant startInstant() {
    return date().atTime(from()).atZone(zone()).toInstant();
  }

  /** The instant the patrol ends. */
  public final Instant endInstant() {
    return date().atTime(to()).atZone(zone()).toInstant();
  }
}
