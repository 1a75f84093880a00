package io.github.xiangzhi.grid.staff;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Multimaps;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 人员分工 — the roles, staff and assignments of a county: who serves which unit in which role.
 * Staff ids are unique; every assignment names a known person, and a role the person holds.
 * Whether each unit is staffed as the rules require is a separate report.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStaffing.class)
@JsonDeserialize(as = ImmutableStaffing.class)
public abstract class Staffing {

  /** The roles staff may hold. */
  public abstract ImmutableList<Role> roles();

  /** The staff. */
  public abstract ImmutableList<StaffMember> members();

  /** Who serves which unit in which role. */
  public abstract ImmutableList<Assignment> assignments();

  /** No roles, staff or assignments. */
  public static Staffing empty() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the staffing; {@code build()} checks ids and references. */
  public static final class Builder extends ImmutableStaffing.Builder {}

  @Value.Lazy
  ImmutableMap<PersonId, StaffMember> byId() {
    return Maps.uniqueIndex(members(), StaffMember::id);
  }

  @Value.Lazy
  ImmutableListMultimap<PersonId, Assignment> byPerson() {
    return Multimaps.index(assignments(), Assignment::person);
  }

  @Value.Lazy
  ImmutableListMultimap<UnitId, Assignment> byUnit() {
    return Multimaps.index(assignments(), Assignment::unit);
  }

  /** The staff member {@code id}, if any. */
  public Optional<StaffMember> member(PersonId id) {
    return Optional.ofNullable(byId().get(id));
  }

  /** The role {@code code}, if defined. */
  public Optional<Role> role(String code) {
    return roles().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /** The assignments of {@code person}. */
  public List<Assignment> assignmentsOf(PersonId person) {
    return byPerson().get(person);
  }

  /** The assignments to {@code unit} itself. */
  public List<Assignment> assignmentsTo(UnitId unit) {
    return byUnit().get(unit);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.unique("/roles", roles(), Role::code, "code");
    checks.unique("/members", members(), StaffMember::id, "id");
    java.util.Set<String> roleCodes = new java.util.HashSet<>();
    roles().forEach(r -> roleCodes.add(r.code()));
    java.util.Map<PersonId, StaffMember> members = new java.util.HashMap<>();
    members().forEach(m -> members.putIfAbsent(m.id(), m));
    for (int i = 0; i < members().size(); i++) {
      for (String role : members().get(i).roles()) {
        checks.check(roleCodes.contains(role), "/members/" + i + "/roles", "grid.role.unknown",
            role);
      }
    }
    for (int i = 0; i < assignments().size(); i++) {
      Assignment a = assignments().get(i);
      StaffMember m = members.get(a.person());
      if (checks.check(m != null, "/assignments/" + i + "/person", "grid.staff.unknown",
          a.person())) {
        checks.check(m.holds(a.role()), "/assignments/" + i + "/role", "grid.staff.roleNotHeld",
            a.person(), a.role());
      }
    }
    checks.throwIfAny();
  }
}
