package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * 账户快照 — an account of the points ledger at one moment: open or closed, its balance and the
 * points frozen by pending holds. For a household this is the front page of its passbook.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAccount.class)
@JsonDeserialize(as = ImmutableAccount.class)
public abstract class Account {

  /** The account. */
  public abstract AccountId id();

  /** True once the account is closed: it takes no more postings. */
  public abstract boolean closed();

  /** The points on the account, frozen or not; negative only for pools and overdrawn households. */
  public abstract long balance();

  /** The points frozen by pending holds. */
  public abstract long held();

  /** The points that can be spent or frozen: balance − held, saturating at the smallest long. */
  public long available() {
    long available = balance() - held();
    // overflow only when an overdrawn balance meets large holds: saturate
    return ((balance() ^ held()) & (balance() ^ available)) < 0 ? Long.MIN_VALUE : available;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a snapshot. */
  public static final class Builder extends ImmutableAccount.Builder {}
}
