package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.Identifier;
import io.github.xiangzhi.core.id.UnitId;
import java.util.Optional;

/**
 * 账户编号 — an account of the points ledger: its {@link AccountKind} and its owner, written
 * {@code household:h-0217}, {@code pool:v-qixing}, {@code supermarket:v-qixing}, {@code expiry}
 * or {@code reversal}. A household has one account, its passbook (积分存折); pools and
 * supermarkets belong to a village or town; expiry and reversal belong to the ledger.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AccountId implements Comparable<AccountId> {

  /** The ledger's account of expired points. */
  public static final AccountId EXPIRY = new AccountId(AccountKind.EXPIRY, "");

  /** The ledger's account of points taken back (deductions, corrections, captured holds). */
  public static final AccountId REVERSAL = new AccountId(AccountKind.REVERSAL, "");

  private final AccountKind kind;
  private final String owner;
  private final int hash;
  private String text; // made on first use: a benign race, every thread makes the same text

  private AccountId(AccountKind kind, String owner) {
    this.kind = kind;
    this.owner = owner;
    // no string is built on the hot path: the owner's hash is cached by its String
    this.hash = owner.hashCode() * 31 + kind.ordinal();
  }

  /** The passbook of {@code household}. */
  public static AccountId household(HouseholdId household) {
    return new AccountId(AccountKind.HOUSEHOLD, household.value());
  }

  /** The issuing pool of the village or town {@code unit}. */
  public static AccountId pool(UnitId unit) {
    return new AccountId(AccountKind.POOL, unit.value());
  }

  /** The points supermarket of the village or town {@code unit}. */
  public static AccountId supermarket(UnitId unit) {
    return new AccountId(AccountKind.SUPERMARKET, unit.value());
  }

  /**
   * Reads {@code household:h-1}, {@code pool:v-1}, {@code supermarket:v-1}, {@code expiry} or
   * {@code reversal}.
   *
   * @throws InvalidValueException naming the text when it is none of these
   */
  @JsonCreator
  public static AccountId parse(String text) {
    InvalidValueException.check(text != null, "core.id.missing", "account");
    int colon = text.indexOf(':');
    String prefix = colon < 0 ? text : text.substring(0, colon);
    for (AccountKind kind : AccountKind.values()) {
      if (!kind.prefix().equals(prefix)) {
        continue;
      }
      if (kind.isSystem()) {
        InvalidValueException.check(colon < 0, "rating.points.account.syntax", text);
        return kind == AccountKind.EXPIRY ? EXPIRY : REVERSAL;
      }
      InvalidValueException.check(colon > 0 && Identifier.isValid(text.substring(colon + 1)),
          "rating.points.account.syntax", text);
      return new AccountId(kind, text.substring(colon + 1));
    }
    throw new InvalidValueException("rating.points.account.syntax", text);
  }

  /** The kind of account. */
  public AccountKind kind() {
    return kind;
  }

  /** The household that owns a passbook; empty for other kinds. */
  public Optional<HouseholdId> household() {
    return kind == AccountKind.HOUSEHOLD ? Optional.of(HouseholdId.of(owner)) : Optional.empty();
  }

  /** The village or town that owns a pool or a supermarket; empty for other kinds. */
  public Optional<UnitId> unit() {
    return kind == AccountKind.POOL || kind == AccountKind.SUPERMARKET
        ? Optional.of(UnitId.of(owner)) : Optional.empty();
  }

  /** The owner as written, empty for the ledger's own accounts. */
  public String owner() {
    return owner;
  }

  @Override
  public int compareTo(AccountId other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof AccountId && ((AccountId) o).hash == hash
        && ((AccountId) o).kind == kind && ((AccountId) o).owner.equals(owner);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** {@code household:h-0217}, {@code pool:v-1}, {@code expiry}, …. */
  @JsonValue
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = owner.isEmpty() ? kind.prefix() : kind.prefix() + ":" + owner;
      text = t;
    }
    return t;
  }
}
