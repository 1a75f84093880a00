package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.event.ConductEvent;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * 记账分录 — an immutable posting: {@link #amount()} points moved from the {@link #debit()}
 * account to the {@link #credit()} account (R-PTS-2). A posting is never edited or deleted; a
 * mistake is undone by a {@link PostingType#REVERSAL} that names it in {@link #reverses()}.
 *
 * <p>A posting keeps what it came from, so every point can be traced: the {@link #event()} an
 * earning or deduction rule met and the {@link #rule()} and {@link #category()}, the supermarket
 * {@link #item()} and {@link #quantity()}, the {@link #hold()} a capture took from. A reversal
 * copies the category, rule, item, quantity and effective time of the posting it undoes.
 *
 * <p>Two times: {@link #recordedAt()} is when the ledger committed the posting, and decides
 * balances at an instant and passbook statements; {@link #effectiveAt()} is when the conduct
 * happened (an event's time; for a reversal, the original's), and decides caps, expiry and
 * rankings.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("posting")
@JsonSerialize(as = ImmutablePosting.class)
@JsonDeserialize(as = ImmutablePosting.class)
public abstract class Posting implements LedgerRecord {

  /** The posting's id: an event's id for earnings and deductions, the caller's otherwise. */
  public abstract PostingId id();

  @Override
  public abstract long sequence();

  @Override
  public abstract Instant recordedAt();

  /** When the conduct behind it happened; see the class comment. */
  public abstract Instant effectiveAt();

  /** What the posting records. */
  public abstract PostingType type();

  /** The account the points leave. */
  public abstract AccountId debit();

  /** The account the points reach. */
  public abstract AccountId credit();

  /** The points moved; positive. */
  public abstract long amount();

  /** The category of conduct (earnings, deductions and their reversals). */
  public abstract Optional<String> category();

  /** The code of the rule met (earnings, deductions and their reversals). */
  public abstract Optional<String> rule();

  /** The event an earning or deduction rule met. */
  public abstract Optional<ConductEvent> event();

  /** The points the rule gave before its cap cut them to {@link #amount()}, if it did. */
  public abstract OptionalLong cappedFrom();

  /** The supermarket item redeemed (redemptions and their reversals). */
  public abstract Optional<String> item();

  /** How many of the item. */
  public abstract OptionalLong quantity();

  /** The posting this one undoes. */
  public abstract Optional<PostingId> reverses();

  /** The hold a capture took its points from. */
  public abstract Optional<PostingId> hold();

  /** Why, in the words of whoever asked (a correction's reason). */
  public abstract Optional<String> memo();

  /** A new builder; the ledger builds postings, vendors' stores read them back. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a posting; {@code build()} checks the amount and the accounts. */
  public static final class Builder extends ImmutablePosting.Builder {}

  /** The signed change this posting makes to {@code account}: −amount, +amount or 0. */
  public long change(AccountId account) {
    if (debit().equals(account)) {
      return -amount();
    }
    return credit().equals(account) ? amount() : 0;
  }

  @Value.Check
  void check() {
    if (amount() > 0 && sequence() > 0 && !debit().equals(credit()) && kindsFit()) {
      return; // the hot path: one comparison per field, no allocation
    }
    ValueChecks checks = new ValueChecks();
    checks.check(amount() > 0, "/amount", "rating.points.error.AMOUNT_NOT_POSITIVE", "amount",
        amount());
    checks.check(sequence() > 0, "/sequence", "rating.points.policy.positive", "sequence",
        sequence());
    checks.check(!debit().equals(credit()), "/credit", "rating.points.posting.sameAccount",
        debit());
    checks.check(kindsFit(), "/type", "rating.points.posting.kinds", type(), debit(), credit());
    checks.throwIfAny();
  }

  private boolean kindsFit() {
    AccountKind from = debit().kind();
    AccountKind to = credit().kind();
    switch (type()) {
      case EARNING:
        return from == AccountKind.POOL && to == AccountKind.HOUSEHOLD;
      case DEDUCTION:
        return from == AccountKind.HOUSEHOLD && to == AccountKind.REVERSAL;
      case REDEMPTION:
        return from == AccountKind.HOUSEHOLD && to == AccountKind.SUPERMARKET;
      case EXPIRY:
        return from == AccountKind.HOUSEHOLD && to == AccountKind.EXPIRY;
      case CAPTURE:
        return from == AccountKind.HOUSEHOLD
            && (to == AccountKind.HOUSEHOLD || to == AccountKind.REVERSAL);
      case REVERSAL:
        // pools are never credited: the points of an undone earning go to the reversal account
        return to != AccountKind.POOL
            && (from == AccountKind.HOUSEHOLD || to == AccountKind.HOUSEHOLD);
      default:
        return false;
    }
  }
}
