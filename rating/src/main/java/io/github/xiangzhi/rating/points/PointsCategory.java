package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 积分类别 — a category of conduct that earns points, such as 储蓄友爱 (saving kindness), 储蓄孝顺
 * (saving filial piety) and 储蓄诚信 (saving integrity) of 002's moral savings bank (R-PTS-1).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePointsCategory.class)
@JsonDeserialize(as = ImmutablePointsCategory.class)
public abstract class PointsCategory implements Named {

  /** The stable code, upper-case English: {@code FILIAL_PIETY}. */
  @Override
  public abstract String code();

  /** The name as the source writes it: 储蓄孝顺. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** What conduct the category covers. */
  public abstract Optional<String> description();

  /** The source documents that name the category, such as {@code 002}. */
  public abstract ImmutableList<String> sources();

  /** A category with a code and a name. */
  public static PointsCategory of(String code, String name) {
    return builder().code(code).name(name).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a category; {@code build()} checks the code and the name. */
  public static final class Builder extends ImmutablePointsCategory.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.throwIfAny();
  }
}
