package io.github.xiangzhi.rating.star;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 户情事实 — a fact about a household that is not the score of one category: its points balance
 * (积分余额, R-STAR-8), a tag such as 退役军人户 (veteran household, R-STAR-7), a criminal conviction
 * or a black-list entry. Indicators may read a fact ({@link Indicator#fact()}); bonuses and vetoes
 * are triggered by facts or indicator values.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFact.class)
@JsonDeserialize(as = ImmutableFact.class)
public abstract class Fact implements Named {

  /** The code evidence names the fact by: {@code POINTS_BALANCE}. */
  @Override
  public abstract String code();

  /** The Chinese name: 积分余额. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** What the fact records, where the profile says. */
  public abstract Optional<String> description();

  /** The kind of value a household has for it. */
  public abstract ValueType type();

  /** A fact of {@code type}. */
  public static Fact of(String code, String name, ValueType type) {
    return builder().code(code).name(name).type(type).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a fact; {@code build()} checks the code and name. */
  public static final class Builder extends ImmutableFact.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.throwIfAny();
  }
}
