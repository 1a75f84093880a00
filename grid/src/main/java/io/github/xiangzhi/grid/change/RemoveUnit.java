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
 * 撤销单元 — dissolves {@link #unit()}. By the end of the change set nothing may be left under it:
 * a removal that would orphan units or households is rejected, naming them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRemoveUnit.class)
@JsonDeserialize(as = ImmutableRemoveUnit.class)
public abstract class RemoveUnit extends HierarchyChange {

  /** The unit dissolved. */
  public abstract UnitId unit();

  /** Dissolves {@code unit}. */
  public static RemoveUnit of(UnitId unit) {
    return ImmutableRemoveUnit.builder().unit(unit).build();
  }

  @Override
  public Kind kind() {
    return Kind.REMOVE_UNIT;
  }

  @Override
  public List<UnitId> units() {
    return List.of(unit());
  }

  @Override
  public List<HouseholdId> households() {
    return List.of();
  }

  @Override
  public String describe(Locale locale) {
    return Messages.format(locale, "grid.change.describe.REMOVE_UNIT", unit());
  }
}
