package io.github.xiangzhi.grid.change;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Messages;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * 更名 — renames {@link #unit()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRenameUnit.class)
@JsonDeserialize(as = ImmutableRenameUnit.class)
public abstract class RenameUnit extends HierarchyChange {

  /** The unit renamed. */
  public abstract UnitId unit();

  /** Its new name. */
  public abstract String name();

  /** Renames {@code unit} to {@code name}. */
  public static RenameUnit of(UnitId unit, String name) {
    return ImmutableRenameUnit.builder().unit(unit).name(name).build();
  }

  @Override
  public Kind kind() {
    return Kind.RENAME_UNIT;
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
    return Messages.format(locale, "grid.change.describe.RENAME_UNIT", unit(), name());
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.throwIfAny();
  }
}
