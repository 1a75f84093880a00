package io.github.xiangzhi.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.Identifier;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * 行为事件 — something a household did that a county's rules may reward or penalise: a volunteer
 * patrol shift (巡逻), help in a mediation (调解), an entry on the moral red or black list (道德红黑榜).
 *
 * <p>Patrol, mediation and rating emit these; the points bank consumes them through its earning
 * and deduction rules, keyed by {@link #kind()}. The {@link #id()} is the event's identity across
 * the whole system: the same event sent twice is the same event, which is how consumers stay
 * idempotent.
 *
 * <pre>{@code
 * ConductEvent shift = ConductEvent.builder()
 *     .id("patrol:shift-2024-03-05-7").household(HouseholdId.of("h-0217"))
 *     .kind("PATROL_SHIFT").occurredAt(Instant.parse("2024-03-05T12:00:00Z"))
 *     .quantity(2).source("patrol").reference("shift-2024-03-05-7").build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConductEvent.class)
@JsonDeserialize(as = ImmutableConductEvent.class)
public abstract class ConductEvent {

  /**
   * The event's identity, unique across every module that emits events, in the syntax of {@link
   * Identifier} (1 to 64 letters, digits and {@code . _ : / -}); a prefix naming the emitting
   * module ({@code patrol:…}) keeps ids from different modules apart.
   */
  public abstract String id();

  /** The household whose conduct this is. */
  public abstract HouseholdId household();

  /**
   * What happened, as an upper-case English code ({@link Codes}): {@code PATROL_SHIFT},
   * {@code MEDIATION_HELP}, {@code RED_LIST}.
   */
  public abstract String kind();

  /** When it happened. */
  public abstract Instant occurredAt();

  /** How much of it, where the kind counts something (hours, shifts, visits); positive. */
  public abstract OptionalLong quantity();

  /** The module that reported it, such as {@code patrol}. */
  public abstract Optional<String> source();

  /** The emitting module's own reference, such as the patrol shift's id. */
  public abstract Optional<String> reference();

  /** A free-text note for people reading the passbook. */
  public abstract Optional<String> note();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an event; {@code build()} checks the id, the kind and the quantity. */
  public static final class Builder extends ImmutableConductEvent.Builder {}

  @Value.Check
  void check() {
    boolean idValid = Identifier.isValid(id());
    boolean kindValid = Codes.isCode(kind());
    boolean quantityValid = quantity().orElse(1) > 0;
    boolean sourceValid = source().map(s -> !s.isBlank()).orElse(true);
    boolean referenceValid = reference().map(s -> !s.isBlank()).orElse(true);
    if (idValid && kindValid && quantityValid && sourceValid && referenceValid) {
      return; // the hot path: no message arguments boxed, nothing allocated for the checks
    }
    ValueChecks checks = new ValueChecks();
    checks.check(idValid, "/id", "core.id.invalid", "event", id());
    checks.check(kindValid, "/kind", "core.code.syntax", kind());
    checks.check(quantityValid, "/quantity", "core.event.quantity", quantity().orElse(1));
    checks.check(sourceValid, "/source", "core.blank", "source");
    checks.check(referenceValid, "/reference", "core.blank", "reference");
    checks.throwIfAny();
  }
}
