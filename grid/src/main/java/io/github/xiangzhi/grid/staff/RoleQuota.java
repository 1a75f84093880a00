package io.github.xiangzhi.grid.staff;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One term of a team formula (R-GRID-5): how many people of a role a team needs, such as the
 * "1名网格长" or the "多名乡贤" of 002's "1名村班子成员+1名网格长+1名党小组长+多名乡贤".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoleQuota.class)
@JsonDeserialize(as = ImmutableRoleQuota.class)
public abstract class RoleQuota {

  /** The role's code: {@code GRID_LEADER}. */
  public abstract String role();

  /** The fewest people of the role the team needs; 1 by default. */
  @JsonProperty
  @Value.Default
  public int min() {
    return 1;
  }

  /** The most people of the role the team may have; no limit when empty. */
  public abstract Optional<Integer> max();

  /** Exactly {@code count} of {@code role}: "1名网格长". */
  public static RoleQuota exactly(String role, int count) {
    return builder().role(role).min(count).max(count).build();
  }

  /** At least {@code count} of {@code role}: "多名乡贤". */
  public static RoleQuota atLeast(String role, int count) {
    return builder().role(role).min(count).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a quota. */
  public static final class Builder extends ImmutableRoleQuota.Builder {}

  /** True when {@code count} people meet the quota. */
  public boolean isMetBy(int count) {
    return count >= min() && (max().isEmpty() || count <= max().get());
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(role()), "/role", "core.code.syntax", role());
    checks.check(min() >= 0, "/min", "grid.rule.min.negative", min());
    if (max().isPresent()) {
      checks.check(max().get() >= min(), "/max", "grid.rule.range", min(), max().get());
    }
    checks.throwIfAny();
  }
}
