package io.github.xiangzhi.rating.star.round;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 公示异议 — an objection to a posted result, lodged during the notice period; it must be resolved
 * before the stars are awarded.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObjection.class)
@JsonDeserialize(as = ImmutableObjection.class)
public abstract class Objection {

  /** The objection's id in the round: {@code O1}, {@code O2}… */
  public abstract String id();

  /** The household whose result is objected to. */
  public abstract HouseholdId household();

  /** Who objected. */
  public abstract PersonId by();

  /** What the objection says. */
  public abstract String text();

  /** When it was lodged. */
  public abstract Instant lodgedAt();

  /** How it was resolved; empty while unresolved. */
  public abstract Optional<Resolution> resolution();

  /** The stars the household holds after an upheld objection. */
  public abstract Optional<ImmutableSet<String>> amendedStars();

  /** Who resolved it. */
  public abstract Optional<PersonId> resolvedBy();

  /** When it was resolved. */
  public abstract Optional<Instant> resolvedAt();

  /** True once resolved. */
  public boolean resolved() {
    return resolution().isPresent();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an objection. */
  public static final class Builder extends ImmutableObjection.Builder {}
}
