package io.github.xiangzhi.rating.star.conduct;

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
 * 行为记录 — one recorded piece of a household's conduct: a good deed, a violation. Its {@link
 * #id()} is its identity, so a record given twice counts once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConductRecord.class)
@JsonDeserialize(as = ImmutableConductRecord.class)
public abstract class ConductRecord {

  /** The record's identity. */
  public abstract String id();

  /** The household. */
  public abstract HouseholdId household();

  /** What happened, as a code: {@code GOOD_DEED}, {@code VIOLATION}. */
  public abstract String kind();

  /** When it happened. */
  public abstract Instant occurredAt();

  /** A note for people reading the list. */
  public abstract Optional<String> note();

  /** A record without a note. */
  public static ConductRecord of(String id, HouseholdId household, String kind,
      Instant occurredAt) {
    return ImmutableConductRecord.builder().id(id).household(household).kind(kind)
        .occurredAt(occurredAt).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a record. */
  public static final class Builder extends ImmutableConductRecord.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Identifier.isValid(id()), "/id", "core.id.invalid", "conduct record", id());
    checks.check(Codes.isCode(kind()), "/kind", "core.code.syntax", kind());
    checks.throwIfAny();
  }
}
