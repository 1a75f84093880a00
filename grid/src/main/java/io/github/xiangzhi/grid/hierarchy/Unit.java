package io.github.xiangzhi.grid.hierarchy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.code.DivisionCode;
import io.github.xiangzhi.core.id.UnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 单元 — one unit of the hierarchy: a town, village, grid or courtyard, at a level of the scheme,
 * with its parent, an optional division code, the dates it opened and closed, and the groups it
 * belongs to (such as {@code PILOT_VILLAGE}, 试点村).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnit.class)
@JsonDeserialize(as = ImmutableUnit.class)
public abstract class Unit {

  /** The unit's id. */
  public abstract UnitId id();

  /** The parent unit; empty for a root. */
  public abstract Optional<UnitId> parent();

  /** The code of the unit's level in the scheme: {@code VILLAGE}. */
  public abstract String level();

  /** The unit's name: 李湾村. */
  public abstract String name();

  /** The unit's administrative division code, where it has one. */
  public abstract Optional<DivisionCode> division();

  /** The day the unit opened, where known. */
  public abstract Optional<LocalDate> opened();

  /** The day the unit closed (merged away, dissolved), where it has. */
  public abstract Optional<LocalDate> closed();

  /** The codes of the groups the unit belongs to, such as {@code PILOT_VILLAGE}. */
  public abstract ImmutableSet<String> groups();

  /** A root unit. */
  public static Unit root(String id, String level, String name) {
    return builder().id(UnitId.of(id)).level(level).name(name).build();
  }

  /** A unit under {@code parent}. */
  public static Unit of(String id, String parent, String level, String name) {
    return builder().id(UnitId.of(id)).parent(UnitId.of(parent)).level(level).name(name).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a unit. */
  public static final class Builder extends ImmutableUnit.Builder {}

  /** True when the unit is open on {@code date}: opened on or before it and not closed by it. */
  public boolean isOpenOn(LocalDate date) {
    checkNotNull(date, "date");
    return (opened().isEmpty() || !opened().get().isAfter(date))
        && (closed().isEmpty() || closed().get().isAfter(date));
  }

  /** This unit under another parent; {@code this} when it is already there. */
  public Unit withParent(UnitId parent) {
    return parent().isPresent() && parent().get().equals(parent)
        ? this : ImmutableUnit.copyOf(this).withParent(parent);
  }

  /** This unit renamed; {@code this} when the name is the same. */
  public Unit withName(String name) {
    return ImmutableUnit.copyOf(this).withName(name);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(level()), "/level", "core.code.syntax", level());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(parent().isEmpty() || !parent().get().equals(id()), "/parent",
        "grid.unit.ownParent", id());
    if (opened().isPresent() && closed().isPresent()) {
      checks.check(!closed().get().isBefore(opened().get()), "/closed", "grid.unit.closedBeforeOpened",
          id(), opened().get(), closed().get());
    }
    for (String group : groups()) {
      checks.check(Codes.isCode(group), "/groups", "core.code.syntax", group);
    }
    checks.throwIfAny();
  }
}
