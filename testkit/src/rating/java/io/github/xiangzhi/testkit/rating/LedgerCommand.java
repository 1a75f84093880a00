package io.github.xiangzhi.testkit.rating;

import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.rating.points.AccountId;
import io.github.xiangzhi.rating.points.HoldReason;
import io.github.xiangzhi.rating.points.PostingId;
import java.time.Duration;

/**
 * One step of a generated command sequence run against the points ledger and its model: each
 * request of {@link io.github.xiangzhi.rating.points.PointsLedger}, plus moving the clock,
 * repeating an earlier command and rebuilding the ledger from its store.
 */
public interface LedgerCommand {

  /** Opens an account. */
  record Open(AccountId account) implements LedgerCommand {}

  /** Closes an account. */
  record Close(AccountId account) implements LedgerCommand {}

  /** Records a conduct event for the issuer's pool. */
  record Record(ConductEvent event, UnitId issuer) implements LedgerCommand {}

  /** Redeems goods. */
  record Redeem(PostingId id, HouseholdId household, UnitId supermarket, String item,
      long quantity) implements LedgerCommand {}

  /** Reverses a posting. */
  record Reverse(PostingId id, PostingId original, String reason) implements LedgerCommand {}

  /** Freezes points. */
  record Freeze(PostingId id, HouseholdId household, long amount, HoldReason reason)
      implements LedgerCommand {}

  /** Releases a hold. */
  record Release(PostingId id, PostingId hold) implements LedgerCommand {}

  /** Captures a hold. */
  record Capture(PostingId id, PostingId hold, long amount, AccountId to)
      implements LedgerCommand {}

  /** Restocks a supermarket. */
  record Restock(PostingId id, UnitId supermarket, String item, long quantity)
      implements LedgerCommand {}

  /** Expires points as of {@code back} before now (negative: after now). */
  record Expire(Duration back) implements LedgerCommand {}

  /** Moves the clock on. */
  record Advance(Duration by) implements LedgerCommand {}

  /** Runs again the earlier command at {@code index} modulo the commands run so far. */
  record Repeat(int index) implements LedgerCommand {}

  /** Rebuilds the ledger from its store and carries on with the rebuilt one. */
  record Replay() implements LedgerCommand {}
}
