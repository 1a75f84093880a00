package io.github.xiangzhi.mediation.matter;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.id.PersonId;
import org.immutables.value.Value;

/**
 * 当事人 — a party to a matter and the side they take. Only a party may withdraw a matter or say
 * that it is not fixed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParty.class)
@JsonDeserialize(as = ImmutableParty.class)
public abstract class Party {

  /** The person. */
  @Value.Parameter
  public abstract PersonId person();

  /** The side they take. */
  @Value.Parameter
  public abstract Side side();

  /** {@code person} on {@code side}. */
  public static Party of(PersonId person, Side side) {
    return ImmutableParty.of(person, side);
  }

  /** {@code person} on {@code side}. */
  public static Party of(String person, Side side) {
    return of(PersonId.of(person), side);
  }
}
