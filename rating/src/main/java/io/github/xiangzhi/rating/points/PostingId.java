package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.xiangzhi.core.id.Identifier;

/**
 * 记账编号 — the id of a ledger record: a posting, a hold, a release or a restock. Callers choose
 * ids (an event's id becomes its posting's id), and an id is decided once: the same request sent
 * again with the same id returns the first result, a different request with it is refused.
 *
 * <p>Ids starting with {@value #RESERVED_PREFIX} belong to the ledger (expiry postings).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PostingId extends Identifier<PostingId> {

  /** The prefix of ids the ledger makes itself; requests may not use it. */
  public static final String RESERVED_PREFIX = "sys:";

  private PostingId(String value) {
    super("posting", value);
  }

  /**
   * The posting id {@code value}.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException if {@code value} is not a valid id
   */
  @JsonCreator
  public static PostingId of(String value) {
    return new PostingId(value);
  }

  /** True when the ledger made this id itself. */
  public boolean isReserved() {
    return value().startsWith(RESERVED_PREFIX);
  }
}
