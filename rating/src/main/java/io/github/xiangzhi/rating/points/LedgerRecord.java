package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * 账簿记录 — one committed change of the points ledger, as a {@link LedgerStore} keeps it: an
 * account opened or closed ({@link AccountRecord}), a {@link Posting}, a {@link Hold}, a {@link
 * HoldRelease} or a {@link Restock}. Records are immutable and never edited or deleted; replaying
 * them in order rebuilds the ledger exactly.
 *
 * <p>In JSON a record names its kind in the property {@code record}: {@code "record":"posting"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "record")
@JsonSubTypes({
    @JsonSubTypes.Type(value = AccountRecord.class, name = "account"),
    @JsonSubTypes.Type(value = Posting.class, name = "posting"),
    @JsonSubTypes.Type(value = Hold.class, name = "hold"),
    @JsonSubTypes.Type(value = HoldRelease.class, name = "release"),
    @JsonSubTypes.Type(value = Restock.class, name = "restock")})
public interface LedgerRecord {

  /** The record's position in the ledger: 1 for the first, increasing, never reused. */
  long sequence();

  /** When the ledger committed it, by its clock; never before an earlier record's time. */
  Instant recordedAt();
}
