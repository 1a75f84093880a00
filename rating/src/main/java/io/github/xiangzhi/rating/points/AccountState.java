package io.github.xiangzhi.rating.points;

import io.github.xiangzhi.core.time.GovernancePeriod;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One account's state: balance, holds, history, and for a household its lots and cap counters,
 * for a supermarket its stock. Not thread-safe: every access holds the account's stripe lock.
 *
 * <p>Performance notes: the history is two parallel arrays (the postings' entries in the ledger's
 * {@link RecordIndex}, and the balances after them) that double when full, so an append is O(1)
 * amortised and keeps no object; the balance at an instant is a binary search on the postings'
 * recorded times, which never decrease for one account.
 */
final class AccountState {
  /** A cap counter's key: the rule and the period it counts. */
  record CapKey(String rule, GovernancePeriod period) {}

  final AccountId id;
  final AccountKind kind;
  boolean closed;
  long balance;
  long held;

  private final RecordIndex records;
  private int[] entries = new int[8];
  private long[] balances = new long[8];
  private int size;

  /** Households only, when the policy has an expiry. */
  final Lots lots;
  /** Households only: pending holds by id, oldest first. */
  final Map<PostingId, Hold> pending;
  /** Households only: points counted against capped rules. */
  final Map<CapKey, long[]> caps;
  /** Supermarkets only: stock by item, where it differs from the catalogue's. */
  final Map<String, long[]> stock;

  AccountState(AccountId id, boolean withLots, RecordIndex records) {
    this.id = id;
    this.records = records;
    this.kind = id.kind();
    boolean household = kind == AccountKind.HOUSEHOLD;
    this.lots = household && withLots ? new Lots() : null;
    this.pending = household ? new LinkedHashMap<>() : null;
    this.caps = household ? new HashMap<>() : null;
    this.stock = kind == AccountKind.SUPERMARKET ? new HashMap<>() : null;
  }

  /** Balance − held, saturating at {@code Long.MIN_VALUE}. */
  long available() {
    long available = balance - held;
    return ((balance ^ held) & (balance ^ available)) < 0 ? Long.MIN_VALUE : available;
  }

  /** Takes {@code p}'s points off this account; {@code entry} is its entry in the records. */
  void debit(Posting p, int entry) {
    long before = balance;
    balance = before - p.amount();
    if (lots != null && before > 0) {
      lots.take(Math.min(p.amount(), before));
    }
    append(entry);
  }

  /**
   * Puts {@code p}'s points on this account; they expire at {@code expiry} (households). {@code
   * entry} is its entry in the records.
   */
  void credit(Posting p, int entry, Instant expiry) {
    long before = balance;
    balance = before + p.amount();
    if (lots != null) {
      long toLots = before >= 0 ? p.amount() : Math.max(0, balance);
      if (toLots > 0) {
        lots.add(expiry, toLots);
      }
    }
    append(entry);
  }

  private void append(int entry) {
    if (size == entries.length) {
      entries = Arrays.copyOf(entries, size * 2);
      balances = Arrays.copyOf(balances, size * 2);
    }
    entries[size] = entry;
    balances[size] = balance;
    size++;
  }

  int size() {
    return size;
  }

  /** The {@code i}th posting of this account, built again from the records. */
  Posting posting(int i) {
    return records.posting(entries[i]);
  }

  long balanceAfter(int i) {
    return balances[i];
  }

  /** How many postings were recorded at or before {@code at} ({@code inclusive}) or before it. */
  int countUpTo(Instant at, boolean inclusive) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int cmp = records.compareRecordedAt(entries[mid], at);
      if (cmp < 0 || (inclusive && cmp == 0)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The balance after the first {@code count} postings. */
  long balanceAfterCount(int count) {
    return count == 0 ? 0 : balances[count - 1];
  }

  Account snapshot() {
    return Account.builder().id(id).closed(closed).balance(balance).held(held).build();
  }
}
