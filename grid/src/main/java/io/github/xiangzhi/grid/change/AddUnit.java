package io.github.xiangzhi.grid.change;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.grid.hierarchy.Unit;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * 新设单元 — sets up {@link #unit()} under its parent, which must exist by then.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAddUnit.class)
@JsonDeserialize(as = ImmutableAddUnit.class)
public abstract class AddUnit extends HierarchyChange {

  /** The new unit. */
  public abstract Unit unit();

  /** Sets up {@code unit}. */
  public static AddUnit of(Unit unit) {
    return ImmutableAddUnit.builder().unit(unit).build();
  }

  @Override
  public Kind kind() {
    return Kind.ADD_UNIT;
  }

  @Override
  public List<UnitId> units() {
    return unit().parent().isPresent() ? List.of(unit().id(), unit().parent().get())
        : List.of(unit().id());
  }

  @Override
  public List<HouseholdId> households() {
    return List.of();
  }

  @Override
  public String describe(Locale locale) {
    return Messages.format(locale, "grid.change.describe.ADD_UNIT", unit().id(), unit().name(),
        unit().level(), unit().parent().map(UnitId::value).orElse("-"));
  }
}
