package io.github.xiangzhi.grid.change;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 调整隶属 — moves {@link #unit()} (with everything below it) under {@link #parent()}, or makes it
 * a root. A move that would put a unit below itself is rejected as a cycle.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMoveUnit.class)
@JsonDeserialize(as = ImmutableMoveUnit.class)
public abstract class MoveUnit extends HierarchyChange {

  /** The unit moved. */
  public abstract UnitId unit();

  /** Its new parent; empty to make it a root. */
  public abstract Optional<UnitId> parent();

  /** Moves {@code unit} under {@code parent}. */
  public static MoveUnit of(UnitId unit, UnitId parent) {
    return ImmutableMoveUnit.builder().unit(unit).parent(parent).build();
  }

  /** Makes {@code unit} a root. */
  public static MoveUnit toRoot(UnitId unit) {
    return ImmutableMoveUnit.builder().unit(unit).build();
  }

  @Override
  public Kind kind() {
    return Kind.MOVE_UNIT;
  }

  @Override
  public List<UnitId> units() {
    return parent().isPresent() ? List.of(unit(), parent().get()) : List.of(unit());
  }

  @Override
  public List<HouseholdId> households() {
    return List.of();
  }

  @Override
  public String describe(Locale locale) {
    return Messages.format(locale, "grid.change.describe.MOVE_UNIT", unit(),
        parent().map(UnitId::value).orElse("-"));
  }
}
