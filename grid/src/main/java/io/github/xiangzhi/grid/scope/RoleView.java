package io.github.xiangzhi.grid.scope;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import org.immutables.value.Value;

/**
 * Widens the view of one role: whoever serves a unit in {@link #role()} views the whole unit at
 * {@link #level()} above it (a grid worker views the village, not just the grid), while their
 * capture scope stays the unit itself.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoleView.class)
@JsonDeserialize(as = ImmutableRoleView.class)
public abstract class RoleView {

  /** The role's code: {@code GRID_WORKER}. */
  public abstract String role();

  /** The level viewed from: {@code VILLAGE}. */
  public abstract String level();

  /** Whoever serves as {@code role} views from the unit at {@code level} above. */
  public static RoleView of(String role, String level) {
    return ImmutableRoleView.builder().role(role).level(level).build();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(role()), "/role", "core.code.syntax", role());
    checks.check(Codes.isCode(level()), "/level", "core.code.syntax", level());
    checks.throwIfAny();
  }
}
