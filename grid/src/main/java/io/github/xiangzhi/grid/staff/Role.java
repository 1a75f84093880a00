package io.github.xiangzhi.grid.staff;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 角色 — a role staff hold: 网格员 (grid worker), 村干部 (village cadre), 民警 (police officer),
 * 人民调解员 (mediator). Roles are profile data; mediation tiers, patrol teams and staffing rules
 * name them by code.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRole.class)
@JsonDeserialize(as = ImmutableRole.class)
public abstract class Role implements Named {

  /** The role's code: {@code GRID_WORKER}. */
  @Override
  public abstract String code();

  /** The role's name: 网格员. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /**
   * True for the legal-service roles of 001 (judge, prosecutor, police, lawyer, mediator,
   * community-correction officer), whose grid coverage must reach 100% (R-GRID-4).
   */
  @JsonProperty
  @Value.Default
  public boolean legalService() {
    return false;
  }

  /** A role that is not a legal-service role. */
  public static Role of(String code, String name, String nameEn) {
    return builder().code(code).name(name).nameEn(nameEn).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a role. */
  public static final class Builder extends ImmutableRole.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.throwIfAny();
  }
}
