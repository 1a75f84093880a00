package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import org.immutables.value.Value;

/**
 * 特殊群体走访频次 — how often the households of one special-group category are visited (R-PAT-6):
 * at least once every {@link #everyDays()} days. The category is a code of the profile's {@code
 * specialGroups} section.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpecialGroupFrequency.class)
@JsonDeserialize(as = ImmutableSpecialGroupFrequency.class)
public abstract class SpecialGroupFrequency {

  /** The category code: {@code LEFT_BEHIND_ELDERLY}. */
  public abstract String category();

  /** The longest gap between visits, in days; at least one. */
  public abstract int everyDays();

  /** A visit at least every {@code everyDays} days to households of {@code category}. */
  public static SpecialGroupFrequency of(String category, int everyDays) {
    return ImmutableSpecialGroupFrequency.builder().category(category).everyDays(everyDays)
        .build();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(category()), "/category", "core.code.syntax", category());
    checks.check(everyDays() >= 1, "/everyDays", "patrol.everyDays.positive", everyDays());
    checks.throwIfAny();
  }
}
