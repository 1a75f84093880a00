package io.github.xiangzhi.grid.change;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One new household of a {@link SplitHousehold}: its id and, if it settles elsewhere, its unit.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHouseholdPart.class)
@JsonDeserialize(as = ImmutableHouseholdPart.class)
public abstract class HouseholdPart {

  /** The new household's id. */
  public abstract HouseholdId household();

  /** Its unit; the divided household's unit when empty. */
  public abstract Optional<UnitId> unit();

  /** A new household staying in the divided household's unit. */
  public static HouseholdPart of(HouseholdId household) {
    return ImmutableHouseholdPart.builder().household(household).build();
  }

  /** A new household settling at {@code unit}. */
  public static HouseholdPart at(HouseholdId household, UnitId unit) {
    return ImmutableHouseholdPart.builder().household(household).unit(unit).build();
  }
}
