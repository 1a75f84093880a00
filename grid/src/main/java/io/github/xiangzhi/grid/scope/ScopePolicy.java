package io.github.xiangzhi.grid.scope;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.staff.Staffing;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How assignments become access scopes (R-GRID-7), as profile data. By default ({@link
 * #strict()}) an assignment to a unit gives capture and view of that unit's subtree and nothing
 * else. {@link #viewOnlyRoles()} give view without capture (督导, a supervisor); {@link
 * #views()} widen a role's view up to a level, never its capture.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScopePolicy.class)
@JsonDeserialize(as = ImmutableScopePolicy.class)
public abstract class ScopePolicy {

  /** Roles whose assignments give view but no capture. */
  public abstract ImmutableSet<String> viewOnlyRoles();

  /** Roles whose view reaches up to a level. */
  public abstract ImmutableList<RoleView> views();

  /** The policy of R-GRID-7 as written: each assignment's subtree, for capture and view. */
  public static ScopePolicy strict() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a policy. */
  public static final class Builder extends ImmutableScopePolicy.Builder {}

  /**
   * The references of this policy that {@code scheme} or {@code staffing} lack — a role that is
   * not declared, a level not in the scheme — each at its path in the policy ({@code
   * /views/1/level}); empty when the policy fits them.
   */
  public List<Violation> referenceProblems(LevelScheme scheme, Staffing staffing) {
    checkNotNull(scheme, "scheme");
    checkNotNull(staffing, "staffing");
    ValueChecks checks = new ValueChecks();
    for (String role : viewOnlyRoles()) {
      checks.check(staffing.role(role).isPresent(), "/viewOnlyRoles", "grid.role.unknown", role);
    }
    for (int i = 0; i < views().size(); i++) {
      RoleView view = views().get(i);
      checks.check(staffing.role(view.role()).isPresent(), "/views/" + i + "/role",
          "grid.role.unknown", view.role());
      checks.check(scheme.indexOf(view.level()) >= 0, "/views/" + i + "/level",
          "grid.level.unknown", view.level(), scheme.code());
    }
    return checks.violations();
  }

  /** The level {@code role}'s view reaches up to, if widened. */
  public Optional<String> viewLevel(String role) {
    return views().stream().filter(v -> v.role().equals(role)).map(RoleView::level).findFirst();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    for (String role : viewOnlyRoles()) {
      checks.check(Codes.isCode(role), "/viewOnlyRoles", "core.code.syntax", role);
    }
    checks.unique("/views", views(), RoleView::role, "role");
    checks.throwIfAny();
  }
}
