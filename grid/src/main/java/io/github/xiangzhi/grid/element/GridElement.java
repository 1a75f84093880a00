package io.github.xiangzhi.grid.element;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 网格要素 — one person, place, thing or event registered to a unit (R-GRID-3): a rented house in
 * 李湾一网格, the reservoir of 七星村, a dispute filed in a courtyard. A person element names the
 * person (and their household) by id only: who they are is kept where personal data is guarded.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGridElement.class)
@JsonDeserialize(as = ImmutableGridElement.class)
public abstract class GridElement {

  /** The element's id. */
  public abstract ElementId id();

  /** The code of its {@link ElementType}. */
  public abstract String type();

  /** The unit it is registered to. */
  public abstract UnitId unit();

  /** What the grid calls it: 李湾水库; for a person, a label that is not personal data. */
  public abstract String label();

  /** The household it belongs to, where it belongs to one (a person, a rented house). */
  public abstract Optional<HouseholdId> household();

  /** The person it is, for a person element. */
  public abstract Optional<PersonId> person();

  /** Since when it is registered (an event: when it happened). */
  public abstract Optional<LocalDate> since();

  /** Until when it was registered (a thing demolished, an event closed). */
  public abstract Optional<LocalDate> until();

  /** The element {@code id} of type {@code type} at {@code unit}. */
  public static GridElement of(String id, String type, String unit, String label) {
    return builder().id(ElementId.of(id)).type(type).unit(UnitId.of(unit)).label(label).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an element. */
  public static final class Builder extends ImmutableGridElement.Builder {}

  /** True when the element is registered on {@code date}. */
  public boolean isRegisteredOn(LocalDate date) {
    return (since().isEmpty() || !since().get().isAfter(date))
        && (until().isEmpty() || until().get().isAfter(date));
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(type()), "/type", "core.code.syntax", type());
    checks.check(!label().isBlank(), "/label", "core.blank", "label");
    if (since().isPresent() && until().isPresent()) {
      checks.check(!until().get().isBefore(since().get()), "/until", "grid.element.dates",
          id(), since().get(), until().get());
    }
    checks.throwIfAny();
  }
}
