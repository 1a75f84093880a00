package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 重点时段 — a key period of the year (002 重点时段, R-PAT-3) in which patrols are raised: every
 * route gets {@link #extraRoutePatrols()} more patrols a day, and, when {@link
 * #dailyAreaPatrols()}, every area is patrolled every day.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKeyPeriod.class)
@JsonDeserialize(as = ImmutableKeyPeriod.class)
public abstract class KeyPeriod implements Named {

  /** The period's code: {@code SPRING_FESTIVAL}. */
  @Override
  public abstract String code();

  /** The period's name: 春节前后. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** When the period falls each year. */
  public abstract Season season();

  /** Route patrols added per route and day; one by default, zero or more. */
  @JsonProperty
  @Value.Default
  public int extraRoutePatrols() {
    return 1;
  }

  /** True when every area is patrolled every day in the period; true by default. */
  @JsonProperty
  @Value.Default
  public boolean dailyAreaPatrols() {
    return true;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a key period. */
  public static final class Builder extends ImmutableKeyPeriod.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(extraRoutePatrols() >= 0, "/extraRoutePatrols", "patrol.keyPeriod.extra",
        extraRoutePatrols());
    checks.throwIfAny();
  }
}
