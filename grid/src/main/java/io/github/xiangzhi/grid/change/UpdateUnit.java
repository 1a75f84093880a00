package io.github.xiangzhi.grid.change;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.code.DivisionCode;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.grid.hierarchy.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 变更属性 — sets a unit's level, division code, opening and closing dates and groups: every
 * attribute but its id, name ({@link RenameUnit}) and parent ({@link MoveUnit}). Closing a unit
 * on a day (DHIS2's closed date) keeps its history where removing it would not.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUpdateUnit.class)
@JsonDeserialize(as = ImmutableUpdateUnit.class)
public abstract class UpdateUnit extends HierarchyChange {

  /** The unit changed. */
  public abstract UnitId unit();

  /** Its level code. */
  public abstract String level();

  /** Its division code, if any. */
  public abstract Optional<DivisionCode> division();

  /** The day it opened, if known. */
  public abstract Optional<LocalDate> opened();

  /** The day it closed, if it has. */
  public abstract Optional<LocalDate> closed();

  /** Its groups. */
  public abstract ImmutableSet<String> groups();

  /** Sets the attributes of {@code target} (all but id, name and parent) on the unit with its id. */
  public static UpdateUnit to(Unit target) {
    return ImmutableUpdateUnit.builder().unit(target.id()).level(target.level())
        .division(target.division()).opened(target.opened()).closed(target.closed())
        .groups(target.groups()).build();
  }

  /** True when {@code a} and {@code b} differ in an attribute this change sets. */
  static boolean differs(Unit a, Unit b) {
    return !a.level().equals(b.level()) || !a.division().equals(b.division())
        || !a.opened().equals(b.opened()) || !a.closed().equals(b.closed())
        || !a.groups().equals(b.groups());
  }

  /** {@code unit} with this change's attributes. */
  Unit applyTo(Unit unit) {
    return Unit.builder().from(unit).level(level()).division(division()).opened(opened())
        .closed(closed()).groups(groups()).build();
  }

  @Override
  public Kind kind() {
    return Kind.UPDATE_UNIT;
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
    return Messages.format(locale, "grid.change.describe.UPDATE_UNIT", unit(), level(),
        division().map(DivisionCode::toString).orElse("-"),
        opened().map(LocalDate::toString).orElse("-"),
        closed().map(LocalDate::toString).orElse("-"), groups());
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(level()), "/level", "core.code.syntax", level());
    if (opened().isPresent() && closed().isPresent()) {
      checks.check(!closed().get().isBefore(opened().get()), "/closed",
          "grid.unit.closedBeforeOpened", unit(), opened().get(), closed().get());
    }
    for (String group : groups()) {
      checks.check(Codes.isCode(group), "/groups", "core.code.syntax", group);
    }
    checks.throwIfAny();
  }
}
