package io.github.xiangzhi.patrol.schedule;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 走访要求 — what a schedule requires for one household: a visit at least every {@link
 * #everyDays()} days, why (routine or a special-group visit — never the category), the grid
 * worker it is given to (包户) and the unit whose workers serve it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VisitRequirement {

  /** The household. */
  public abstract HouseholdId household();

  /** The longest allowed gap between visits, in days. */
  public abstract int everyDays();

  /** Routine, or a special-group visit. */
  public abstract VisitReason reason();

  /** The grid worker given the household, if one serves it. */
  public abstract Optional<PersonId> worker();

  /** The unit whose grid workers serve the household (its grid), if any. */
  public abstract Optional<UnitId> servingUnit();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a requirement. */
  public static final class Builder extends ImmutableVisitRequirement.Builder {}
}
