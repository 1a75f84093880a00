package io.github.xiangzhi.core.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.privacy.Sensitivity;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 特殊群体类别 — a category of special group such as 留守老人 (left-behind elderly) or 社区矫正对象
 * (community-correction subjects), with its sensitivity class (R-CORE-4).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpecialGroupCategory.class)
@JsonDeserialize(as = ImmutableSpecialGroupCategory.class)
public abstract class SpecialGroupCategory implements Named {

  /** The stable code, upper-case English: {@code LEFT_BEHIND_ELDERLY}. */
  @Override
  public abstract String code();

  /** The name as the sources write it: 留守老人. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** How closely membership is guarded. */
  public abstract Sensitivity sensitivity();

  /** What the category covers. */
  public abstract Optional<String> description();

  /**
   * The body answerable for the category's members (003: "对应显示管控单位和责任人"), as a body code
   * of the grid section, such as {@code JUDICIAL_OFFICE} for community correction.
   */
  public abstract Optional<String> responsibleBody();

  /** The source documents that name the category, such as {@code 000}. */
  public abstract ImmutableList<String> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a category; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableSpecialGroupCategory.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.throwIfAny();
  }
}
