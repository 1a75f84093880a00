package io.github.xiangzhi.rating.points;

import com.google.common.base.Preconditions;
import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * 积分银行 — the points bank of a village or town (R-PTS-1, R-PTS-2): a double-entry ledger in
 * which households hold points in passbooks (积分存折), earn them by the county's rules for conduct
 * other modules report, and spend them in the points supermarket (积分超市).
 *
 * <h2>Accounts and conservation</h2>
 * A household has one account, its passbook; each village or town has an issuing pool and a
 * supermarket; the ledger has an expiry and a reversal account ({@link AccountKind}). Every
 * {@link Posting} moves points from one account to another, and pools only ever pay out, so at
 * every moment points issued = held + redeemed + expired + reversed ({@link #totals()}).
 *
 * <h2>Requests</h2>
 * Every request that changes the ledger carries an id ({@link PostingId}; an event's id for
 * {@link #record}). The ledger decides an id once, in the manner of TigerBeetle and Formance's
 * idempotency keys: the same request again returns the first result ({@link
 * Committed.Status#EXISTS}); a different request with a used id is refused with {@link
 * PointsError#EXISTS_WITH_DIFFERENT_FIELDS}. A refused request throws a {@link PointsException}
 * (or an {@link io.github.xiangzhi.core.InvalidValueException} for malformed arguments) and
 * changes nothing: every check runs before anything is written. Postings are never edited or
 * deleted: a mistake is undone by {@link #reverse}.
 *
 * <h2>Account rules</h2>
 * A household never goes below zero, unless the policy lets deductions overdraw ({@link
 * PointsPolicy#penaltiesMayOverdraw()}). A {@link #hold} freezes points (an objection under
 * review, a passbook reported lost) in the manner of Fineract's holds on savings: they stay in
 * the balance but not in the available points, until the hold is released or captured. A closed
 * account takes no postings.
 *
 * <h2>Time</h2>
 * The ledger reads "now" from the {@link InstantSource} it was built with, to stamp records and to
 * refuse events from the future; it never starts a timer: points expire when the caller asks
 * ({@link #expire}). Periods (caps, expiry, statements, rankings) begin in the ledger's zone.
 *
 * <h2>Concurrency</h2>
 * A ledger is thread-safe. Accounts are guarded by lock striping: each account maps to one of a
 * fixed number of locks ({@link Builder#stripes}), and a request takes the locks of the accounts
 * it touches (at most two) in ascending order, so requests on different accounts run in parallel
 * and no two requests can deadlock. Holding them, a request checks everything — its id, the
 * accounts, caps, stock, balances — then passes through a short commit section, one request at a
 * time, that decides the id once for the whole ledger (a request that finds it taken answers
 * "exists" or refuses, and changes nothing), gives the record its sequence number and time,
 * appends it to the {@link LedgerStore} and publishes it; only then is the change applied to the
 * accounts and their locks released. Sequence numbers, times and the store's order therefore
 * agree, and replaying the store rebuilds the same ledger. Queries of one account take its lock;
 * {@link #totals()}, {@link #totalsAt} and {@link #records()} take every lock, so they see a
 * consistent cut where every committed posting is applied to both its accounts. The library
 * starts no threads.
 *
 * <h2>Storage</h2>
 * A ledger lives in memory; its {@link LedgerStore} makes it durable. Building a ledger on a
 * store replays the store's records; a record the store could not keep is refused.
 *
 * <p>Performance notes: a posting costs the same whatever the accounts' history (hash lookups, a
 * few locks, an append to each account's history); the balance at an instant and a statement's
 * opening balance are binary searches in the account's history; {@link #totals()} is linear in
 * the accounts and {@link #ranking} in the households' postings. The ledger keeps every record in
 * memory; earnings, deductions and expiries as columns of arrays rather than objects, about 155
 * bytes a posting with its event (a million postings take some 155 MB), other records as the
 * objects themselves. Reading a posting back (a statement, an "exists" answer, {@link #records()})
 * builds it again, equal to the one recorded. Give the ledger a heap to match, and prefer a
 * collector that promotes long-lived data at once (see docs/PERFORMANCE.md). Stores that fsync,
 * such as the journal, cost a disk flush per request.
 */
public interface PointsLedger {

  /** A new builder; a policy is required. */
  static Builder builder() {
    return new Builder();
  }

  /** A ledger of {@code policy} in memory only, stamping records with {@code clock}. */
  static PointsLedger inMemory(PointsPolicy policy, InstantSource clock) {
    return builder().policy(policy).clock(clock).build();
  }

  /** The points policy. */
  PointsPolicy policy();

  /** The zone periods begin in. */
  ZoneId zone();

  // ---------------------------------------------------------------------------------- accounts

  /**
   * Opens {@code account} (开户); opening an account that exists (open or closed) returns it
   * with {@link Committed.Status#EXISTS}. The expiry and reversal accounts are always open.
   */
  Committed<Account> open(AccountId account);

  /**
   * Closes {@code account} (销户); closing a closed account returns it with {@link
   * Committed.Status#EXISTS}.
   *
   * @throws PointsException {@link PointsError#UNKNOWN_ACCOUNT}, {@link
   *     PointsError#SYSTEM_ACCOUNT}, {@link PointsError#HOLDS_PENDING}
   */
  Committed<Account> close(AccountId account);

  // ---------------------------------------------------------------------------------- postings

  /**
   * Turns a conduct event into a posting through the policy's rules: an earning rule's points go
   * from {@code issuer}'s pool to the household, a deduction rule's from the household to the
   * reversal account. The posting's id is the event's id; the same event again returns the first
   * posting. The points are the rule's points times the event's quantity, cut to what the
   * rule's cap leaves the household in the period the event happened in. For a deduction the
   * issuer plays no part.
   *
   * @throws PointsException {@link PointsError#RESERVED_ID}, {@link
   *     PointsError#EXISTS_WITH_DIFFERENT_FIELDS}, {@link PointsError#FUTURE_INSTANT}, {@link
   *     PointsError#NO_RULE}, {@link PointsError#OVERFLOW}, {@link PointsError#UNKNOWN_ACCOUNT},
   *     {@link PointsError#ACCOUNT_CLOSED}, {@link PointsError#CAP_REACHED}, {@link
   *     PointsError#INSUFFICIENT_POINTS} — checked in this order
   */
  Committed<Posting> record(ConductEvent event, UnitId issuer);

  /**
   * Redeems {@code quantity} of {@code item} in {@code supermarket}'s points supermarket (兑换):
   * the price times the quantity go from the household to the supermarket, and the stock drops.
   * Fails cleanly when the stock or the household's available points are short.
   *
   * @throws PointsException {@link PointsError#AMOUNT_NOT_POSITIVE}, {@link
   *     PointsError#RESERVED_ID}, {@link PointsError#EXISTS_WITH_DIFFERENT_FIELDS}, {@link
   *     PointsError#UNKNOWN_ITEM}, {@link PointsError#OVERFLOW}, {@link
   *     PointsError#UNKNOWN_ACCOUNT}, {@link PointsError#ACCOUNT_CLOSED}, {@link
   *     PointsError#OUT_OF_STOCK}, {@link PointsError#INSUFFICIENT_POINTS} — in this order
   */
  Committed<Posting> redeem(
      PostingId id, HouseholdId household, UnitId supermarket, String item, long quantity);

  /**
   * Undoes the posting {@code original} (冲正) with a posting of the same points back the other
   * way — except that points an issuing pool paid out go to the reversal account — for {@code
   * reason}. A posting is undone at most once; a reversal may itself be undone. A reversal never
   * overdraws: the points must be available.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException if {@code reason} is blank
   * @throws PointsException {@link PointsError#RESERVED_ID}, {@link
   *     PointsError#EXISTS_WITH_DIFFERENT_FIELDS}, {@link PointsError#UNKNOWN_POSTING}, {@link
   *     PointsError#ALREADY_REVERSED}, {@link PointsError#ACCOUNT_CLOSED}, {@link
   *     PointsError#OUT_OF_STOCK}, {@link PointsError#INSUFFICIENT_POINTS}, {@link
   *     PointsError#OVERFLOW} — in this order
   */
  Committed<Posting> reverse(PostingId id, PostingId original, String reason);

  /**
   * Freezes {@code amount} of the household's available points (冻结).
   *
   * @throws PointsException {@link PointsError#AMOUNT_NOT_POSITIVE}, {@link
   *     PointsError#RESERVED_ID}, {@link PointsError#EXISTS_WITH_DIFFERENT_FIELDS}, {@link
   *     PointsError#UNKNOWN_ACCOUNT}, {@link PointsError#ACCOUNT_CLOSED}, {@link
   *     PointsError#INSUFFICIENT_POINTS}, {@link PointsError#OVERFLOW} — in this order
   */
  Committed<Hold> hold(PostingId id, HouseholdId household, long amount, HoldReason reason,
      Optional<String> memo);

  /** {@link #hold(PostingId, HouseholdId, long, HoldReason, Optional)} without a memo. */
  default Committed<Hold> hold(PostingId id, HouseholdId household, long amount,
      HoldReason reason) {
    return hold(id, household, amount, reason, Optional.empty());
  }

  /**
   * Releases the pending hold {@code hold} (解冻): its points are available again.
   *
   * @throws PointsException {@link PointsError#RESERVED_ID}, {@link
   *     PointsError#EXISTS_WITH_DIFFERENT_FIELDS}, {@link PointsError#UNKNOWN_HOLD}, {@link
   *     PointsError#HOLD_NOT_PENDING} — in this order
   */
  Committed<HoldRelease> release(PostingId id, PostingId hold);

  /**
   * Captures {@code amount} of the pending hold {@code hold} (扣划) — an objection upheld — to
   * {@code to}, the reversal account or another household, and releases the rest of the hold.
   *
   * @throws PointsException {@link PointsError#AMOUNT_NOT_POSITIVE}, {@link
   *     PointsError#RESERVED_ID}, {@link PointsError#EXISTS_WITH_DIFFERENT_FIELDS}, {@link
   *     PointsError#UNKNOWN_HOLD}, {@link PointsError#HOLD_NOT_PENDING}, {@link
   *     PointsError#CAPTURE_EXCEEDS_HOLD}, {@link PointsError#INVALID_TARGET}, {@link
   *     PointsError#UNKNOWN_ACCOUNT}, {@link PointsError#ACCOUNT_CLOSED}, {@link
   *     PointsError#INSUFFICIENT_POINTS}, {@link PointsError#OVERFLOW} — in this order
   */
  Committed<Posting> capture(PostingId id, PostingId hold, long amount, AccountId to);

  /**
   * Adds {@code quantity} of {@code item} to {@code supermarket}'s stock (补货).
   *
   * @throws PointsException {@link PointsError#AMOUNT_NOT_POSITIVE}, {@link
   *     PointsError#RESERVED_ID}, {@link PointsError#EXISTS_WITH_DIFFERENT_FIELDS}, {@link
   *     PointsError#UNKNOWN_ITEM}, {@link PointsError#UNKNOWN_ACCOUNT}, {@link
   *     PointsError#ACCOUNT_CLOSED}, {@link PointsError#OVERFLOW} — in this order
   */
  Committed<Restock> restock(PostingId id, UnitId supermarket, String item, long quantity);

  /**
   * Expires, household by household in account order, the points whose expiry ({@link
   * PointsPolicy#expiry()}) is at or before {@code asOf}, oldest first, as postings to the expiry
   * account with ids the ledger makes ({@code sys:expiry:} and the sequence number). Frozen points
   * do not expire while frozen; closed passbooks are left alone. Running it again expires
   * nothing more; a policy without expiry expires nothing.
   *
   * @return the expiry postings made
   * @throws PointsException {@link PointsError#FUTURE_INSTANT} if {@code asOf} is after now
   */
  List<Posting> expire(Instant asOf);

  // ----------------------------------------------------------------------------------- queries

  /** The account's current snapshot, if it was ever opened. */
  Optional<Account> account(AccountId account);

  /** Every account ever opened, the expiry and reversal accounts included, in id order. */
  List<AccountId> accounts();

  /**
   * The account's balance after every posting recorded at or before {@code at}: 0 before its
   * first.
   *
   * @throws PointsException {@link PointsError#UNKNOWN_ACCOUNT}
   */
  long balanceAt(AccountId account, Instant at);

  /** The posting with {@code id}, if one was committed. */
  Optional<Posting> posting(PostingId id);

  /** Where the hold {@code hold} stands, if it exists. */
  Optional<HoldState> holdState(PostingId hold);

  /** The household's pending holds, oldest first. */
  List<Hold> pendingHolds(HouseholdId household);

  /**
   * How many of {@code item} {@code supermarket} has.
   *
   * @throws PointsException {@link PointsError#UNKNOWN_ITEM}, {@link PointsError#UNKNOWN_ACCOUNT}
   */
  long stock(UnitId supermarket, String item);

  /** Where every point is now (R-PTS-2); a consistent cut. */
  PointsTotals totals();

  /** Where every point was after every posting recorded at or before {@code at}. */
  PointsTotals totalsAt(Instant at);

  /**
   * The household's passbook for {@code period} in the ledger's zone: opening balance, each
   * posting recorded in the period with the balance after, closing balance.
   *
   * @throws PointsException {@link PointsError#UNKNOWN_ACCOUNT}
   */
  PassbookStatement statement(HouseholdId household, GovernancePeriod period);

  /**
   * Each village's open passbooks ranked by the points their conduct earned in {@code period}
   * (earnings minus deductions, corrections included, by when the conduct happened), for
   * model-household selection; {@code villageOf} places a household in its village (the grid's
   * hierarchy, say).
   */
  PointsRanking ranking(GovernancePeriod period, Function<HouseholdId, Optional<UnitId>> villageOf);

  /** Every record, in sequence order: what a store holds, for export or audit. */
  List<LedgerRecord> records();

  /**
   * Builds a {@link PointsLedger}. Not thread-safe; {@link #build()} may be called once per
   * configuration.
   */
  final class Builder {
    private PointsPolicy policy;
    private InstantSource clock = Clock.systemUTC();
    private ZoneId zone = GovernanceCalendar.CHINA;
    private LedgerStore store = LedgerStore.none();
    private int stripes = 256;

    Builder() {}

    /** The points policy; required. */
    public Builder policy(PointsPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Where "now" comes from; the system clock (UTC) by default. */
    public Builder clock(InstantSource clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The zone periods begin in: the profile calendar's; Asia/Shanghai by default. */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** Where records are kept durably; {@link LedgerStore#none()} by default. */
    public Builder store(LedgerStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** How many locks guard the accounts: a power of two from 1 to 65536; 256 by default. */
    public Builder stripes(int stripes) {
      Preconditions.checkArgument(stripes > 0 && stripes <= 65536 && Integer.bitCount(stripes) == 1,
          "stripes must be a power of two from 1 to 65536: %s", stripes);
      this.stripes = stripes;
      return this;
    }

    /**
     * Builds the ledger and replays the store's records into it.
     *
     * @throws PointsException {@link PointsError#JOURNAL_MALFORMED}, {@link
     *     PointsError#JOURNAL_INCONSISTENT} or {@link PointsError#JOURNAL_IO} when the store's
     *     records cannot be replayed
     */
    public PointsLedger build() {
      Preconditions.checkState(policy != null, "a points ledger needs a policy");
      return StripedLedger.create(policy, clock, zone, store, stripes);
    }
  }
}
