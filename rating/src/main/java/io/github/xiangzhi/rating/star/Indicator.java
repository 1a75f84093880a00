package io.github.xiangzhi.rating.star;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 量化指标 — one measurable criterion of a star category (细化、量化, R-STAR-2), scored in whole
 * points:
 *
 * <ul>
 *   <li>a {@link ValueType#BOOLEAN} indicator scores its {@link #weight()} when the household has
 *       it (升挂国旗: 30 points);
 *   <li>a {@link ValueType#COUNT} or {@link ValueType#NUMBER} indicator with {@link #atLeast()}
 *       scores its weight when the value reaches the threshold (积分余额 ≥ 100: 30 points), with
 *       {@link #atMost()} when the value stays at or below it (邻里纠纷 ≤ 0: 40 points);
 *   <li>a {@code COUNT} indicator with a {@link #cap()} scores its weight per unit, up to the cap
 *       (志愿服务每次 10 分, 最多 4 次).
 * </ul>
 *
 * <p>A household without a value for the indicator scores nothing for it, whatever the rule. The
 * value is the household's own, or the value of the {@link #fact()} the indicator reads (the points
 * balance feeding the rating, R-STAR-8).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public abstract class Indicator implements Named {

  /** The most points one indicator may be worth. */
  public static final int MAX_POINTS = 1_000_000;

  /** The indicator's code, unique in the scheme: {@code VOLUNTEER_SERVICES}. */
  @Override
  public abstract String code();

  /** The Chinese name: 志愿服务次数. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** What is measured and how, where the profile says. */
  public abstract Optional<String> description();

  /** The kind of value measured. */
  public abstract ValueType type();

  /**
   * The fact the indicator reads instead of a value of its own (R-STAR-8): {@code POINTS_BALANCE}.
   * The fact must have the same type.
   */
  public abstract Optional<String> fact();

  /** The points for meeting the indicator, or per unit when it has a {@link #cap()}. */
  public abstract int weight();

  /** The threshold the value must reach, for counts and numbers. */
  public abstract Optional<BigDecimal> atLeast();

  /** The threshold the value must not exceed, for counts and numbers. */
  public abstract Optional<BigDecimal> atMost();

  /** For counts scored per unit: the most units that score. */
  public abstract Optional<Integer> cap();

  /** A yes-or-no indicator worth {@code weight} points. */
  public static Indicator flag(String code, String name, int weight) {
    return builder().code(code).name(name).type(ValueType.BOOLEAN).weight(weight).build();
  }

  /** A count indicator worth {@code weight} points per unit, up to {@code cap} units. */
  public static Indicator perUnit(String code, String name, int weight, int cap) {
    return builder().code(code).name(name).type(ValueType.COUNT).weight(weight).cap(cap).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an indicator; {@code build()} checks that the rule fits the type. */
  public static final class Builder extends ImmutableIndicator.Builder {}

  /** The most points the indicator can score: its weight, or weight × cap per unit. */
  public int maxPoints() {
    return cap().map(c -> weight() * c).orElse(weight());
  }

  /** The source of the value: the fact read, or the indicator's own code. */
  public String input() {
    return fact().orElse(code());
  }

  @Value.Check
  Indicator check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    fact().ifPresent(f -> checks.check(Codes.isCode(f), "/fact", "core.code.syntax", f));
    checks.check(weight() >= 1 && weight() <= MAX_POINTS, "/weight",
        "rating.star.indicator.weight", code(), weight(), MAX_POINTS);
    int rules = (atLeast().isPresent() ? 1 : 0) + (atMost().isPresent() ? 1 : 0)
        + (cap().isPresent() ? 1 : 0);
    switch (type()) {
      case BOOLEAN:
        checks.check(rules == 0, "", "rating.star.indicator.rule.boolean", code());
        break;
      case COUNT:
        checks.check(rules == 1, "", "rating.star.indicator.rule.count", code());
        break;
      case NUMBER:
        checks.check(rules == 1 && cap().isEmpty(), "", "rating.star.indicator.rule.number",
            code());
        break;
      default:
        throw new AssertionError(type());
    }
    if (cap().isPresent()) {
      int c = cap().get();
      checks.check(c >= 1 && (long) c * weight() <= MAX_POINTS, "/cap",
          "rating.star.indicator.cap", code(), c, MAX_POINTS);
    }
    checks.throwIfAny();
    Optional<BigDecimal> least = atLeast().map(Decimals::canonical);
    Optional<BigDecimal> most = atMost().map(Decimals::canonical);
    if (!least.equals(atLeast()) || !most.equals(atMost())) {
      return builder().from(this).atLeast(least).atMost(most).build();
    }
    return this;
  }

  /** The scoring rule, derived from the type and thresholds. */
  enum Rule {
    FLAG,
    AT_LEAST,
    AT_MOST,
    PER_UNIT
  }

  Rule rule() {
    if (type() == ValueType.BOOLEAN) {
      return Rule.FLAG;
    }
    if (cap().isPresent()) {
      return Rule.PER_UNIT;
    }
    return atLeast().isPresent() ? Rule.AT_LEAST : Rule.AT_MOST;
  }
}
