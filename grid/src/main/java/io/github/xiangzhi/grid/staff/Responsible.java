package io.github.xiangzhi.grid.staff;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import java.util.List;
import java.util.Objects;

/**
 * 责任人 — the holders of one responsibility package for a unit: the 包村 deputies of the village
 * a household lives in, the 包院落 volunteers of its courtyard (R-GRID-6).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Responsible {
  private final StaffingRule responsibility;
  private final UnitId unit;
  private final ImmutableList<PersonId> people;

  Responsible(StaffingRule responsibility, UnitId unit, List<PersonId> people) {
    this.responsibility = responsibility;
    this.unit = unit;
    this.people = ImmutableList.copyOf(people);
  }

  /** The package ({@link StaffingRule.Kind#PACKAGE} rule): 包村. */
  public StaffingRule responsibility() {
    return responsibility;
  }

  /** The unit the package covers: the village, for 包村. */
  public UnitId unit() {
    return unit;
  }

  /** The people holding the package for that unit; empty when nobody does (a gap). */
  public List<PersonId> people() {
    return people;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Responsible && ((Responsible) o).responsibility.equals(responsibility)
        && ((Responsible) o).unit.equals(unit) && ((Responsible) o).people.equals(people);
  }

  @Override
  public int hashCode() {
    return Objects.hash(responsibility.code(), unit, people);
  }

  @Override
  public String toString() {
    return responsibility.code() + "@" + unit + people;
  }
}
