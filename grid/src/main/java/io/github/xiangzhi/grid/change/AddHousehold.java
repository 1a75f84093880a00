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
 * 新增农户 — registers {@link #household()} at the leaf unit {@link #unit()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAddHousehold.class)
@JsonDeserialize(as = ImmutableAddHousehold.class)
public abstract class AddHousehold extends HierarchyChange {

  /** The new household. */
  public abstract HouseholdId household();

  /** Its unit. */
  public abstract UnitId unit();

  /** Registers {@code household} at {@code unit}. */
  public static AddHousehold of(HouseholdId household, UnitId unit) {
    return ImmutableAddHousehold.builder().household(household).unit(unit).build();
  }

  @Override
  public Kind kind() {
    return Kind.ADD_HOUSEHOLD;
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
    return Messages.format(locale, "grid.change.describe.ADD_HOUSEHOLD", household(), unit());
  }
}
