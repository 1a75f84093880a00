package io.github.xiangzhi.rating.points;

/**
 * 拒绝原因 — why the points ledger refused a request (the codes in the manner of TigerBeetle's result
 * codes). A refused request changes nothing. The message key of each is {@code
 * rating.points.error.} and its name; the arguments are listed beside each constant.
 */
public enum PointsError {
  /** The account was never opened: (account). */
  UNKNOWN_ACCOUNT,
  /** The account is closed and takes no postings: (account). */
  ACCOUNT_CLOSED,
  /** The expiry and reversal accounts belong to the ledger and cannot be closed: (account). */
  SYSTEM_ACCOUNT,
  /** An account with pending holds cannot be closed: (account, holds). */
  HOLDS_PENDING,
  /** Not enough available points (balance − held): (account, available, amount). */
  INSUFFICIENT_POINTS,
  /** A number would exceed what a long holds: (id). */
  OVERFLOW,
  /** An amount or quantity that must be positive is not: (field, value). */
  AMOUNT_NOT_POSITIVE,
  /** The catalogue has no such item: (item). */
  UNKNOWN_ITEM,
  /** The supermarket has fewer of the item than asked: (supermarket, item, stock, quantity). */
  OUT_OF_STOCK,
  /** No earning or deduction rule takes events of this kind: (kind). */
  NO_RULE,
  /** The household already has the rule's cap for the period: (household, rule, period, max). */
  CAP_REACHED,
  /** The id was used for another request (TigerBeetle's "exists with different fields"): (id). */
  EXISTS_WITH_DIFFERENT_FIELDS,
  /** Ids starting with {@code sys:} belong to the ledger: (id). */
  RESERVED_ID,
  /** No posting has this id: (id). */
  UNKNOWN_POSTING,
  /** The posting was already undone: (posting, reversal). */
  ALREADY_REVERSED,
  /** No hold has this id: (id). */
  UNKNOWN_HOLD,
  /** The hold was already released or captured: (hold, state). */
  HOLD_NOT_PENDING,
  /** A capture larger than its hold: (hold, held, amount). */
  CAPTURE_EXCEEDS_HOLD,
  /** Held points go to another household or the reversal account only: (account). */
  INVALID_TARGET,
  /** An instant after the ledger's now: (instant, now). */
  FUTURE_INSTANT,
  /** A journal line that is not a record, before the last line: (file, line, detail). */
  JOURNAL_MALFORMED,
  /** A stored record that contradicts the records before it: (position, detail). */
  JOURNAL_INCONSISTENT,
  /** The journal could not be read or written: (file, detail). */
  JOURNAL_IO;

  /** The message key: {@code rating.points.error.} and the name. */
  public String messageKey() {
    return "rating.points.error." + name();
  }
}
