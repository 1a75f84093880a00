package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * 存折明细 — one line of a passbook statement: a posting, what it changed and the balance after.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePassbookLine.class)
@JsonDeserialize(as = ImmutablePassbookLine.class)
public abstract class PassbookLine {

  /** The posting. */
  @Value.Parameter
  public abstract Posting posting();

  /** Its signed change to the passbook: positive when points arrive. */
  @Value.Parameter
  public abstract long change();

  /** The balance after it. */
  @Value.Parameter
  public abstract long balance();

  /** A line. */
  public static PassbookLine of(Posting posting, long change, long balance) {
    return ImmutablePassbookLine.of(posting, change, balance);
  }
}
