package io.github.xiangzhi.grid.staff;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.PersonId;
import org.immutables.value.Value;

/**
 * 工作人员 — a person who governs: a town cadre, a grid worker, a police officer, a respected elder
 * of the reasoning hall, with the roles they hold.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStaffMember.class)
@JsonDeserialize(as = ImmutableStaffMember.class)
public abstract class StaffMember {

  /** The person's id. */
  public abstract PersonId id();

  /** The person's name as shown to colleagues. */
  public abstract String name();

  /** The codes of the roles the person holds. */
  public abstract ImmutableSet<String> roles();

  /** A staff member holding {@code roles}. */
  public static StaffMember of(String id, String name, String... roles) {
    return builder().id(PersonId.of(id)).name(name).addRoles(roles).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a staff member. */
  public static final class Builder extends ImmutableStaffMember.Builder {}

  /** True when the person holds the role {@code code}. */
  public boolean holds(String code) {
    return roles().contains(code);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    for (String role : roles()) {
      checks.check(Codes.isCode(role), "/roles", "core.code.syntax", role);
    }
    checks.throwIfAny();
  }
}
