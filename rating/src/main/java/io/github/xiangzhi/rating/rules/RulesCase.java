package io.github.xiangzhi.rating.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.Identifier;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 违约与表彰记录 — a recorded case under the village rules: a household's violation of a resisted
 * practice (a lavish wedding) or commendation for a promoted one (a simple funeral), with the
 * article it falls under.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRulesCase.class)
@JsonDeserialize(as = ImmutableRulesCase.class)
public abstract class RulesCase {

  /** The case's identity. */
  public abstract String id();

  /** The household. */
  public abstract HouseholdId household();

  /** The practice's code, resisted or promoted. */
  public abstract String practice();

  /** The article it falls under, if recorded. */
  public abstract Optional<Integer> article();

  /** When it happened. */
  public abstract Instant occurredAt();

  /** A note. */
  public abstract Optional<String> note();

  /** A case. */
  public static RulesCase of(String id, HouseholdId household, String practice,
      Instant occurredAt) {
    return builder().id(id).household(household).practice(practice).occurredAt(occurredAt)
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a case. */
  public static final class Builder extends ImmutableRulesCase.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Identifier.isValid(id()), "/id", "core.id.invalid", "case", id());
    checks.check(Codes.isCode(practice()), "/practice", "core.code.syntax", practice());
    checks.throwIfAny();
  }
}
