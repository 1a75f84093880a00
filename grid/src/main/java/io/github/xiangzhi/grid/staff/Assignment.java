package io.github.xiangzhi.grid.staff;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import org.immutables.value.Value;

/**
 * 分工 — a person assigned to a unit in a role: a grid worker to a grid (一员一格), a police officer
 * to several grids (一员多格), a deputy to a village as its package (包村).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssignment.class)
@JsonDeserialize(as = ImmutableAssignment.class)
public abstract class Assignment {

  /** The person assigned. */
  public abstract PersonId person();

  /** The unit they are assigned to. */
  public abstract UnitId unit();

  /** The role in which they serve the unit: {@code GRID_WORKER}. */
  public abstract String role();

  /** {@code person} serving {@code unit} as {@code role}. */
  public static Assignment of(String person, String unit, String role) {
    return ImmutableAssignment.builder().person(PersonId.of(person)).unit(UnitId.of(unit))
        .role(role).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an assignment. */
  public static final class Builder extends ImmutableAssignment.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(role()), "/role", "core.code.syntax", role());
    checks.throwIfAny();
  }
}
