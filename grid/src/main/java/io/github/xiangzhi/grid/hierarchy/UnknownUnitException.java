package io.github.xiangzhi.grid.hierarchy;

import io.github.xiangzhi.core.XiangzhiException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.Identifier;
import io.github.xiangzhi.core.id.UnitId;

/** A unit or household id that the hierarchy does not hold. */
public final class UnknownUnitException extends XiangzhiException {
  private static final long serialVersionUID = 1L;

  private final String id;

  UnknownUnitException(String messageKey, Identifier<?> id) {
    super(messageKey, id);
    this.id = id.value();
  }

  /** The unit {@code id} is unknown. */
  public UnknownUnitException(UnitId id) {
    this("grid.unit.unknown", id);
  }

  /** The household {@code id} is unknown. */
  public UnknownUnitException(HouseholdId id) {
    this("grid.household.unknown", id);
  }

  /** The unit for {@code id}. */
  static UnknownUnitException unit(Identifier<?> id) {
    return new UnknownUnitException("grid.unit.unknown", id);
  }

  /** The household for {@code id}. */
  static UnknownUnitException household(Identifier<?> id) {
    return new UnknownUnitException("grid.household.unknown", id);
  }

  /** The id that was not found. */
  public String id() {
    return id;
  }
}
