package io.github.xiangzhi.rating.points;

import java.util.Objects;

/**
 * 受理结果 — what the ledger did with a request: {@link Status#CREATED} it, or found that the
 * same request was already committed under its id ({@link Status#EXISTS}, TigerBeetle's
 * "exists") and returns the first result unchanged. A different request under a used id is not committed at all: it
 * throws {@link PointsException} with {@link PointsError#EXISTS_WITH_DIFFERENT_FIELDS}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the record or snapshot
 */
public final class Committed<T> {

  /** Whether the request was new. */
  public enum Status {
    /** The request was new and is now committed. */
    CREATED,
    /** The same request was committed before; nothing changed. */
    EXISTS
  }

  private final Status status;
  private final T value;

  private Committed(Status status, T value) {
    this.status = Objects.requireNonNull(status, "status");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** A newly committed {@code value}. */
  public static <T> Committed<T> created(T value) {
    return new Committed<>(Status.CREATED, value);
  }

  /** The {@code value} committed earlier by the same request. */
  public static <T> Committed<T> exists(T value) {
    return new Committed<>(Status.EXISTS, value);
  }

  /** Created or exists. */
  public Status status() {
    return status;
  }

  /** True when the request was new. */
  public boolean isCreated() {
    return status == Status.CREATED;
  }

  /** The record committed (now or the first time), or the account's snapshot. */
  public T value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Committed && ((Committed<?>) o).status == status
        && ((Committed<?>) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return status.hashCode() * 31 + value.hashCode();
  }

  @Override
  public String toString() {
    return status + " " + value;
  }
}
