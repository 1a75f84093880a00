package io.github.xiangzhi.patrol.schedule;

import io.github.xiangzhi.core.LocalizedMessage;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.patrol.PatrolKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 无法满足项 — one constraint a plan could not meet, and why: a route left unpatrolled on a day
 * because too few police were free, a household whose visit came after its due day, a grid worker
 * with more households than visiting hours. A plan never leaves a gap without one of these.
 *
 * <p>{@link #message(Locale)} says it in words; the fields say it for machines: the subject (a
 * route, unit, household or person), the day, the role, and the numbers needed and available.
 * Special-group categories are never named.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Infeasibility implements LocalizedMessage {

  /** Why. */
  public abstract InfeasibilityReason reason();

  /** The kind of patrol concerned. */
  public abstract PatrolKind kind();

  /** The day concerned, if one is. */
  public abstract Optional<LocalDate> date();

  /** The route concerned, by code. */
  public abstract Optional<String> route();

  /** The unit concerned. */
  public abstract Optional<UnitId> unit();

  /** The household concerned. */
  public abstract Optional<HouseholdId> household();

  /** The person concerned: the grid worker, or the special-group member. */
  public abstract Optional<PersonId> person();

  /** The role or level concerned. */
  public abstract Optional<String> role();

  /** How many were needed: people, patrols, visits. */
  @Value.Default
  public int needed() {
    return 0;
  }

  /** How many were available: free people, window minutes, visit slots. */
  @Value.Default
  public int available() {
    return 0;
  }

  /** For a household, routine or a special-group visit. */
  public abstract Optional<VisitReason> visitReason();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an infeasibility. */
  public static final class Builder extends ImmutableInfeasibility.Builder {}

  @Override
  public final String messageKey() {
    return "patrol.infeasible." + reason().name();
  }

  @Override
  public final List<Object> messageArguments() {
    Object day = date().map(Object::toString).orElse("-");
    Object roleOrLevel = role().orElse("-");
    switch (reason()) {
      case TEAM_SHORT:
        return List.of(kind(), subject(), day, roleOrLevel, needed(), available());
      case WINDOW_TOO_SHORT:
        return List.of(subject(), day, needed(), available());
      case NO_UNIT_AT_LEVEL:
        return List.of(kind(), roleOrLevel);
      case NO_WORKER:
        return List.of(subject(), unit().map(Object::toString).orElse("-"), roleOrLevel);
      case VISIT_CAPACITY:
        return List.of(person().map(Object::toString).orElse("-"), needed(), available());
      case DEADLINE_MISSED:
        return List.of(subject(), visitReason().orElse(VisitReason.ROUTINE), day,
            person().map(Object::toString).orElse("-"), available());
      case NO_ALLOWED_DAY:
        return List.of(subject(), visitReason().orElse(VisitReason.ROUTINE), day);
      case MEMBER_WITHOUT_HOUSEHOLD:
        return List.of(person().map(Object::toString).orElse("-"));
      case HOUSEHOLD_NOT_IN_HIERARCHY:
        return List.of(person().map(Object::toString).orElse("-"),
            household().map(Object::toString).orElse("-"));
      default:
        throw new AssertionError(reason());
    }
  }

  /** The route, household, unit or person the infeasibility is about, as written. */
  final String subject() {
    if (route().isPresent()) {
      return route().get();
    }
    if (household().isPresent()) {
      return household().get().value();
    }
    if (unit().isPresent()) {
      return unit().get().value();
    }
    return person().map(PersonId::value).orElse("-");
  }

  @Override
  public String toString() {
    return message(Locale.ENGLISH);
  }
}
