package io.github.xiangzhi.grid.element;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 要素类型 — a county's type of grid element, of one {@link ElementKind}: 出租房屋 (rented house, a
 * thing), 地质灾害点 (geological-hazard site, a place), 重点企业 (key enterprise, a thing), 矛盾纠纷
 * (dispute, an event). Types are profile data.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableElementType.class)
@JsonDeserialize(as = ImmutableElementType.class)
public abstract class ElementType implements Named {

  /** The type's code: {@code RENTED_HOUSE}. */
  @Override
  public abstract String code();

  /** The type's name: 出租房屋. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** Which of 人、地、物、事 the type is. */
  public abstract ElementKind kind();

  /** The type {@code code} of {@code kind}. */
  public static ElementType of(String code, String name, ElementKind kind) {
    return builder().code(code).name(name).kind(kind).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a type. */
  public static final class Builder extends ImmutableElementType.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.throwIfAny();
  }
}
