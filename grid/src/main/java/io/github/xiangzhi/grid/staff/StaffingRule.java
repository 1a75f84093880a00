package io.github.xiangzhi.grid.staff;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.core.text.Named;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 配置规则 — a staffing rule as profile data (R-GRID-4, 5, 6), checked by a {@link
 * StaffingReport}. Four kinds:
 *
 * <ul>
 *   <li>{@link Kind#PER_UNIT}: every unit at {@link #level()} has between {@link #min()} and
 *       {@link #max()} people in {@link #roles()} — 001's "每个网格明确一名网格驻警员(辅警)" is
 *       {@code roles: [POLICE, AUXILIARY_POLICE], min: 1, max: 1}, and "公共法律服务进网格覆盖率达
 *       100%" is {@code legalService: true, min: 1, target: 100%};
 *   <li>{@link Kind#PER_PERSON}: every person holding one of {@link #roles()} serves between
 *       {@code min} and {@code max} units at the level — "一员一格" is {@code max: 1}, "一员多格"
 *       {@code max: N};
 *   <li>{@link Kind#TEAM}: every unit's team meets each {@link RoleQuota} of {@link #team()} —
 *       002's "1名村班子成员+1名网格长+1名党小组长+多名乡贤";
 *   <li>{@link Kind#PACKAGE}: a responsibility package (004's 包片、包村、包网格、包院落): counted as
 *       {@code PER_UNIT}, and its holders are {@linkplain Responsibilities answerable} for
 *       everything below the unit.
 * </ul>
 *
 * <p>{@link #target()} is the share of units (or people) that must meet the rule, exactly; 100%
 * by default. With {@link #inherited()}, people assigned to a unit above count for the units
 * below it (a lawyer assigned to a village serves its grids).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStaffingRule.class)
@JsonDeserialize(as = ImmutableStaffingRule.class)
public abstract class StaffingRule implements Named {

  /** What a rule counts. */
  public enum Kind implements LocalizedText {
    /** People in the roles per unit at the level. */
    PER_UNIT,
    /** Units at the level per person in the roles. */
    PER_PERSON,
    /** A team formula per unit at the level. */
    TEAM,
    /** A responsibility package per unit at the level (包村), counted as {@link #PER_UNIT}. */
    PACKAGE;

    @Override
    public String text(Locale locale) {
      return Messages.format(locale, "grid.ruleKind." + name());
    }
  }

  /** The rule's code: {@code POLICE_PER_GRID}. */
  @Override
  public abstract String code();

  /** The rule's name as the source writes it: 网格+警员. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** What the rule counts. */
  public abstract Kind kind();

  /** The code of the level whose units the rule is about: {@code GRID}. */
  public abstract String level();

  /** The roles counted (not for {@link Kind#TEAM}). */
  public abstract ImmutableSet<String> roles();

  /** True to count every legal-service role as well (001's judges, prosecutors, police…). */
  @JsonProperty
  @Value.Default
  public boolean legalService() {
    return false;
  }

  /** The fewest people per unit, or units per person; 1 by default. */
  @JsonProperty
  @Value.Default
  public int min() {
    return 1;
  }

  /** The most people per unit, or units per person; no limit when empty. */
  public abstract Optional<Integer> max();

  /** The team formula, for {@link Kind#TEAM}. */
  public abstract ImmutableList<RoleQuota> team();

  /** True when people assigned to a unit above count for the units below it. */
  @JsonProperty
  @Value.Default
  public boolean inherited() {
    return false;
  }

  /** The share of units (or people) that must meet the rule; 100% by default. */
  @JsonProperty
  @Value.Default
  public Share target() {
    return Share.ALL;
  }

  /** The source documents the rule comes from, such as {@code 001}. */
  public abstract ImmutableList<String> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a rule; {@code build()} checks that the fields fit the kind. */
  public static final class Builder extends ImmutableStaffingRule.Builder {}

  /** True when an assignment in {@code role} counts for this rule. */
  public boolean counts(Role role) {
    return roles().contains(role.code()) || (legalService() && role.legalService());
  }

  /** The roles counted, as shown in messages: {@code POLICE/AUXILIARY_POLICE}. */
  String rolesText() {
    StringBuilder text = new StringBuilder(String.join("/", roles()));
    if (legalService()) {
      text.append(text.length() == 0 ? "" : "/").append("LEGAL_SERVICE");
    }
    return text.toString();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(Codes.isCode(level()), "/level", "core.code.syntax", level());
    for (String role : roles()) {
      checks.check(Codes.isCode(role), "/roles", "core.code.syntax", role);
    }
    checks.check(min() >= 0, "/min", "grid.rule.min.negative", min());
    if (max().isPresent()) {
      checks.check(max().get() >= min(), "/max", "grid.rule.range", min(), max().get());
    }
    if (kind() == Kind.TEAM) {
      checks.check(!team().isEmpty(), "/team", "grid.rule.team.missing", code());
      checks.check(roles().isEmpty() && !legalService(), "/roles", "grid.rule.team.roles",
          code());
      checks.unique("/team", team(), RoleQuota::role, "role");
    } else {
      checks.check(!roles().isEmpty() || legalService(), "/roles", "grid.rule.roles.missing",
          code());
      checks.check(team().isEmpty(), "/team", "grid.rule.team.unexpected", code(), kind());
    }
    checks.throwIfAny();
  }
}
