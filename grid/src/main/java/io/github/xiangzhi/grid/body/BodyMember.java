package io.github.xiangzhi.grid.body;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 机构成员 — a member of a body: a person of the grid section's staff, in a role the staff member
 * holds (村"两委" members as {@code VILLAGE_CADRE}, 村民评理所 elders as {@code REASONING_ELDER}),
 * optionally at one of the body's desks. The grid section checks that the person is staff, that the
 * role is one of its roles and that the person holds it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBodyMember.class)
@JsonDeserialize(as = ImmutableBodyMember.class)
public abstract class BodyMember {

  /** The staff member's id. */
  public abstract PersonId person();

  /** The code of the role in which the person sits on the body, if the profile gives one. */
  public abstract Optional<String> role();

  /** The code of the body's desk the person works at, if any. */
  public abstract Optional<String> desk();

  /** {@code person} in {@code role}. */
  public static BodyMember of(String person, String role) {
    return builder().person(PersonId.of(person)).role(role).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a member. */
  public static final class Builder extends ImmutableBodyMember.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    role().ifPresent(r -> checks.check(Codes.isCode(r), "/role", "core.code.syntax", r));
    desk().ifPresent(d -> checks.check(Codes.isCode(d), "/desk", "core.code.syntax", d));
    checks.throwIfAny();
  }
}
