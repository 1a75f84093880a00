package io.github.xiangzhi.grid.level;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 层级 — one level of a scheme, such as 村(社区) (village) or 网格 (grid).
 *
 * <p>A level marked {@link #skippable()} may be left out between a unit and its parent: a
 * courtyard level that small grids do without. Only the scheme says which levels may be skipped.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLevel.class)
@JsonDeserialize(as = ImmutableLevel.class)
public abstract class Level implements Named {

  /** The level's code, upper-case English: {@code VILLAGE}. */
  @Override
  public abstract String code();

  /** The level's name as the source writes it: 村(社区). */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** True when units of the next level may attach directly to units above this one. */
  @JsonProperty
  @Value.Default
  public boolean skippable() {
    return false;
  }

  /** A level that may not be skipped. */
  public static Level of(String code, String name, String nameEn) {
    return builder().code(code).name(name).nameEn(nameEn).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a level. */
  public static final class Builder extends ImmutableLevel.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.throwIfAny();
  }
}
