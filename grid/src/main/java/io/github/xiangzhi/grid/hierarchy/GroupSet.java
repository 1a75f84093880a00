package io.github.xiangzhi.grid.hierarchy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 分组集 — a named set of unit groups that classify units along one dimension, such as 村类型
 * (village type) holding 试点村 {@code PILOT_VILLAGE} and 普通村 {@code ORDINARY_VILLAGE}: DHIS2's
 * organisation-unit group set.
 *
 * <p>An {@linkplain #exclusive() exclusive} set (the default) lets a unit belong to at most one of
 * its groups, which a {@link HierarchyBuilder} enforces. A {@linkplain #compulsory() compulsory}
 * set wants every unit at its {@linkplain #levels() levels} in one of its groups; a unit in none
 * is a gap in the {@link CoverageReport}, not a reason to refuse the hierarchy. Unlike DHIS2,
 * whose compulsory sets apply to every unit, a set here names the levels it classifies, so
 * "every village has a type" does not demand a type of every grid.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupSet.class)
@JsonDeserialize(as = ImmutableGroupSet.class)
public abstract class GroupSet implements Named {

  /** The set's code: {@code VILLAGE_TYPE}. */
  @Override
  public abstract String code();

  /** The set's name: 村类型. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The groups of the set; codes are unique within it. */
  public abstract ImmutableList<UnitGroup> groups();

  /** True (the default) when a unit may belong to at most one group of the set. */
  @JsonProperty
  @Value.Default
  public boolean exclusive() {
    return true;
  }

  /** True when every unit at the set's levels should belong to one of its groups. */
  @JsonProperty
  @Value.Default
  public boolean compulsory() {
    return false;
  }

  /** The codes of the levels the set classifies; empty for every level. */
  public abstract ImmutableSet<String> levels();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a group set. */
  public static final class Builder extends ImmutableGroupSet.Builder {}

  /** True when the set classifies units at level {@code levelCode}. */
  public boolean appliesTo(String levelCode) {
    return levels().isEmpty() || levels().contains(levelCode);
  }

  /** The group {@code code} of this set, if it has one. */
  public Optional<UnitGroup> group(String code) {
    return groups().stream().filter(g -> g.code().equals(code)).findFirst();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(!groups().isEmpty(), "/groups", "grid.groupSet.empty", code());
    checks.unique("/groups", groups(), UnitGroup::code, "code");
    for (String level : levels()) {
      checks.check(Codes.isCode(level), "/levels", "core.code.syntax", level);
    }
    checks.throwIfAny();
  }
}
