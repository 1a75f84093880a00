package io.github.xiangzhi.mediation.ladder;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 调解层级 — one tier of the escalation ladder (R-MED-1): 网格 (the grid worker, 微事不出网格), 村
 * (the villagers' reasoning hall of respected elders, 小事不出村), 镇 (the people's mediation
 * committee and the judicial office, 大事不出镇街), or the district court.
 *
 * <p>A tier handles matters at the unit of the hierarchy at its {@link #level()} that the matter's
 * location lies within ({@code hierarchy.ancestorAt(location, level)}); an {@linkplain
 * #external() external} tier, such as a district court, handles them at one {@link #unit()}
 * outside the hierarchy. Its handlers hold one of its {@link #roles()}; its {@link #limitDays()}
 * is the time limit in working days, after which the matter escalates to the tier named by {@link
 * #escalatesTo()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTier.class)
@JsonDeserialize(as = ImmutableTier.class)
public abstract class Tier implements Named {

  /** The tier's code: {@code GRID}, {@code VILLAGE}, {@code TOWN}, {@code COURT}. */
  @Override
  public abstract String code();

  /** The tier's name as the source writes it: 村民评理所. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /**
   * The code of the hierarchy level whose unit handles the matter: {@code GRID}, {@code VILLAGE}.
   * Absent for an external tier.
   */
  public abstract Optional<String> level();

  /** True for a tier outside the hierarchy, such as the district court. */
  @JsonProperty
  @Value.Default
  public boolean external() {
    return false;
  }

  /** The unit of an external tier, outside the hierarchy: {@code banan-court}. */
  public abstract Optional<UnitId> unit();

  /**
   * The code of the body that mediates at this tier, such as {@code VILLAGE_REASONING_HALL}
   * (村民评理所) or {@code JUDICIAL_OFFICE} (司法所). Bodies are grid's to define; for now only the
   * code's syntax is checked.
   */
  public abstract Optional<String> body();

  /** The role codes a handler must hold one of: {@code GRID_WORKER}. */
  public abstract ImmutableSet<String> roles();

  /** The time limit in working days, counted on the governance calendar. */
  public abstract int limitDays();

  /**
   * How many working days before the limit's last day the reminder falls due; 0 reminds at the
   * start of the last day. 1 by default; always below {@link #limitDays()}.
   */
  @JsonProperty
  @Value.Default
  public int remindDaysBefore() {
    return Math.min(1, limitDays() - 1);
  }

  /** The code of the tier above, to which matters escalate; absent for the top tier. */
  public abstract Optional<String> escalatesTo();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a tier; {@code build()} checks its codes, limit and placement. */
  public static final class Builder extends ImmutableTier.Builder {}

  /** True when {@code staffRoles} include one of this tier's roles. */
  public boolean acceptsAnyOf(java.util.Set<String> staffRoles) {
    for (String role : roles()) {
      if (staffRoles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(limitDays() > 0, "/limitDays", "mediation.tier.limit", code(), limitDays());
    checks.check(remindDaysBefore() >= 0 && remindDaysBefore() < Math.max(1, limitDays()),
        "/remindDaysBefore", "mediation.tier.remind", code(), remindDaysBefore(), limitDays());
    checks.check(!roles().isEmpty(), "/roles", "mediation.tier.roles.empty", code());
    for (String role : roles()) {
      checks.check(Codes.isCode(role), "/roles", "core.code.syntax", role);
    }
    body().ifPresent(b -> checks.check(Codes.isCode(b), "/body", "core.code.syntax", b));
    level().ifPresent(l -> checks.check(Codes.isCode(l), "/level", "core.code.syntax", l));
    escalatesTo().ifPresent(t -> checks.check(Codes.isCode(t), "/escalatesTo",
        "core.code.syntax", t));
    if (external()) {
      checks.check(unit().isPresent(), "/unit", "mediation.tier.external.unit", code());
      checks.check(level().isEmpty(), "/level", "mediation.tier.external.level", code());
    } else {
      checks.check(level().isPresent(), "/level", "mediation.tier.level.missing", code());
      checks.check(unit().isEmpty(), "/unit", "mediation.tier.unit.internal", code());
    }
    checks.throwIfAny();
  }
}
