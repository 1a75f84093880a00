package io.github.xiangzhi.grid.change;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Messages;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * 农户迁移 — moves {@link #household()} to the leaf unit {@link #unit()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMoveHousehold.class)
@JsonDeserialize(as = ImmutableMoveHousehold.class)
public abstract class MoveHousehold extends HierarchyChange {

  /** The household moved. */
  public abstract HouseholdId household();

  /** Its new unit. */
  public abstract UnitId unit();

  /** Moves {@code household} to {@code unit}. */
  public static MoveHousehold of(HouseholdId household, UnitId unit) {
    return ImmutableMoveHousehold.builder().household(household).unit(unit).build();
  }

  @Override
  public Kind kind() {
    return Kind.MOVE_HOUSEHOLD;
  }

  @Override
  public List<UnitId> units() {
    return List.of(unit());
  }

  @Override
  public List<HouseholdId> households() {
    return List.of(household());
  }

  @Override
  public String describe(Locale locale) {
    return Messages.format(locale, "grid.change.describe.MOVE_HOUSEHOLD", household(), unit());
  }
}
