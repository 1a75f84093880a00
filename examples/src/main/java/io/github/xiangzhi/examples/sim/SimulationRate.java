package io.github.xiangzhi.examples.sim;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import org.immutables.value.Value;

/**
 * 概率项 — a probability for one code of the star scheme in the {@code simulation} section: a
 * category's median propensity, a tag's share of households or an event's yearly chance, such as
 * <code>{code: LAW_ABIDING, value: 0.9}</code>.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSimulationRate.class)
@JsonDeserialize(as = ImmutableSimulationRate.class)
public abstract class SimulationRate {

  /** The category or fact code. */
  public abstract String code();

  /** The probability, from 0 to 1. */
  public abstract double value();

  /** The rate {@code value} for {@code code}. */
  public static SimulationRate of(String code, double value) {
    return builder().code(code).value(value).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a rate; {@code build()} checks the code and the range. */
  public static final class Builder extends ImmutableSimulationRate.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(value() >= 0 && value() <= 1, "/value", "cli.simulate.settings.probability",
        value());
    checks.throwIfAny();
  }
}
