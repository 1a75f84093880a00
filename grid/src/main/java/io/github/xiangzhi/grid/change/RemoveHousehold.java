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
 * 注销农户 — deregisters {@link #household()} (moved out of the area, died out).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRemoveHousehold.class)
@JsonDeserialize(as = ImmutableRemoveHousehold.class)
public abstract class RemoveHousehold extends HierarchyChange {

  /** The household deregistered. */
  public abstract HouseholdId household();

  /** Deregisters {@code household}. */
  public static RemoveHousehold of(HouseholdId household) {
    return ImmutableRemoveHousehold.builder().household(household).build();
  }

  @Override
  public Kind kind() {
    return Kind.REMOVE_HOUSEHOLD;
  }

  @Override
  public List<UnitId> units() {
    return List.of();
  }

  @Override
  public List<HouseholdId> households() {
    return List.of(household());
  }

  @Override
  public String describe(Locale locale) {
    return Messages.format(locale, "grid.change.describe.REMOVE_HOUSEHOLD", household());
  }
}
