package io.github.xiangzhi.rating.points;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * 账簿存储 — the storage SPI of the points ledger: where committed {@link LedgerRecord}s are
 * kept so that a ledger built on the same store comes back exactly as it was. Vendors implement it over their
 * own database; the library offers {@link #none()} (the default: the ledger lives in memory only),
 * {@link #memory()} and the append-only {@link #journal(Path) journal file}.
 *
 * <p>The ledger calls {@link #replay} once, when it is built, and then {@link #append} for each
 * record it commits, one call at a time and in the order of the records' sequence numbers,
 * before it acknowledges the request or applies the change: a store must return from {@code
 * append} only once the record would survive a crash, and must throw — leaving itself as it was
 * — when it cannot keep it. The ledger then refuses the request and changes nothing.
 */
public interface LedgerStore extends AutoCloseable {

  /** A store that keeps nothing: the ledger lives in memory only. The default. */
  static LedgerStore none() {
    return MemoryStore.NONE;
  }

  /** A store that keeps the records in a list in memory; a second ledger can be built on it. */
  static LedgerStore memory() {
    return new MemoryStore();
  }

  /**
   * A store that appends each record as a line of JSON to {@code file} and forces it to the disk
   * before returning (JSON lines, fsync on commit). Opening creates the file if it is missing. A
   * last line without its line end was never acknowledged — the write was torn by a crash — so
   * opening cuts it off; every earlier line must be a record, or replaying fails with {@link
   * PointsError#JOURNAL_MALFORMED} naming the line. The store is thread-safe; close it when done.
   *
   * @throws PointsException with {@link PointsError#JOURNAL_IO} if the file cannot be opened
   */
  static LedgerStore journal(Path file) {
    return JournalStore.open(file);
  }

  /**
   * Hands every stored record to {@code sink}, in the order they were appended.
   *
   * @throws PointsException with {@link PointsError#JOURNAL_MALFORMED} or {@link
   *     PointsError#JOURNAL_IO} when the stored records cannot be read
   */
  void replay(Consumer<? super LedgerRecord> sink);

  /**
   * Keeps {@code record} durably; returns only once it would survive a crash.
   *
   * @throws PointsException with {@link PointsError#JOURNAL_IO} when it cannot, having kept
   *     nothing
   */
  void append(LedgerRecord record);

  /** The records kept so far, in order, where the store can list them cheaply; else empty. */
  default List<LedgerRecord> records() {
    List<LedgerRecord> out = new java.util.ArrayList<>();
    replay(out::add);
    return out;
  }

  /** Releases the store's resources; does nothing by default. */
  @Override
  default void close() {}
}
