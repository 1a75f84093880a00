package io.github.xiangzhi.patrol.audit;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.patrol.schedule.VisitReason;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 超期未走访 — a household not visited within its frequency (R-PAT-6): the first day by which a
 * visit was due and did not come, and the day of the late visit, if one came. A special-group
 * household says so, never its category.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OverdueHousehold {

  /** The household. */
  public abstract HouseholdId household();

  /** The longest allowed gap between visits, in days. */
  public abstract int everyDays();

  /** Routine or special-group visits. */
  public abstract VisitReason reason();

  /** The day a visit was due by, and did not come. */
  public abstract LocalDate dueBy();

  /** The day of the late visit, if one came. */
  public abstract Optional<LocalDate> visitedOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an overdue household. */
  public static final class Builder extends ImmutableOverdueHousehold.Builder {}
}
