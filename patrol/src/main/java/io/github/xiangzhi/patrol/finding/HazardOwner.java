package io.github.xiangzhi.patrol.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 整改责任人 — who answers for putting a hazard right: a person, or a body by its code (such as
 * {@code EMERGENCY_OFFICE}, 应急办, or {@code PLANNING_OFFICE}, 规建办, partners of 000's area
 * patrols). Exactly one of the two.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHazardOwner.class)
@JsonDeserialize(as = ImmutableHazardOwner.class)
public abstract class HazardOwner {

  /** The person answerable, when a person is. */
  public abstract Optional<PersonId> person();

  /** The body answerable, by code, when a body is. */
  public abstract Optional<String> body();

  /** {@code person} answers. */
  public static HazardOwner person(PersonId person) {
    return ImmutableHazardOwner.builder().person(person).build();
  }

  /** The body {@code code} answers. */
  public static HazardOwner body(String code) {
    return ImmutableHazardOwner.builder().body(code).build();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(person().isPresent() != body().isPresent(), "", "patrol.hazard.owner");
    body().ifPresent(b -> checks.check(Codes.isCode(b), "/body", "core.code.syntax", b));
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return person().map(PersonId::value).orElseGet(() -> body().orElseThrow());
  }
}
