package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import org.immutables.value.Value;

/**
 * 编组席位 — how many people of one role a patrol team needs: two red-armband volunteers, one
 * police officer.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTeamSlot.class)
@JsonDeserialize(as = ImmutableTeamSlot.class)
public abstract class TeamSlot {

  /** The role's code, as the staffing defines it: {@code POLICE}. */
  public abstract String role();

  /** How many people of the role; at least one. */
  public abstract int count();

  /** {@code count} people of {@code role}. */
  public static TeamSlot of(String role, int count) {
    return ImmutableTeamSlot.builder().role(role).count(count).build();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(role()), "/role", "core.code.syntax", role());
    checks.check(count() >= 1, "/count", "patrol.team.count", role(), count());
    checks.throwIfAny();
  }
}
