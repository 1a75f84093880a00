package io.github.xiangzhi.rating.points;

import static com.google.common.base.Preconditions.checkState;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * 流水索引 — the ledger's records by posting id, for the idempotency check of every request and
 * for lookups by id. One writer at a time (the ledger's commit section, or its replay before the
 * ledger is shared); any number of readers, without locks. Records are never removed.
 *
 * <p>A chained hash table laid out in arrays: the records, their ids' hashes and the chain links
 * are appended in commit order to three parallel arrays ({@code records}, {@code hashes}, {@code
 * next}), and {@code heads} holds, per bucket, the last entry added to it (or −1). A lookup of an
 * id never used — every new request — reads one bucket, and the entries of the few ids sharing
 * it. Bucket = the id's hash code with its high half folded in, as {@code HashMap} spreads it:
 * ids issued in sequence ({@code "EV-2024-000123"}) have nearby hash codes, so consecutive
 * requests read nearby buckets.
 *
 * <p>Publication: the writer fills the entry, then stores the bucket's head with release
 * semantics; a reader loads the head with acquire semantics and so sees the entries of the chain
 * complete. The table grows (entries and buckets ×2 when the entries are full; there are twice as
 * many buckets as entries) by building a new {@link Table} and publishing it through a volatile field before
 * adding to it; a reader still on the old table sees every record added before the growth, and a
 * lookup that starts after {@link #add} returns sees the record.
 *
 * <p>Performance notes: replaces a {@code ConcurrentHashMap<PostingId, LedgerRecord>}, whose
 * growth (walking every node, allocating new ones for most of them) and lookups took over half
 * of a posting's CPU time in a profile of one thread posting two million earnings. Here growth
 * copies arrays and relinks buckets from the {@code hashes} array read in order; an entry costs
 * 12 bytes plus 8 to 16 for its buckets, against 32 for a map node plus its slot. Thread-CPU time per
 * posting fell by about a fifth (docs/PERFORMANCE.md). Ids with equal hash codes share a chain
 * (the map would have made a tree of a long one): posting ids come from the vendor's own systems,
 * so only a caller choosing colliding ids on purpose slows its own lookups.
 *
 * <p>This class is thread-safe under the one-writer rule above.
 */
final class RecordIndex {
  private static final VarHandle HEADS = MethodHandles.arrayElementVarHandle(int[].class);
  private static final int INITIAL_CAPACITY = 64;
  /**
   * Buckets per entry of capacity: at most half the buckets hold an entry, so most lookups of a
   * new id end at an empty bucket without reading any entry.
   */
  private static final int BUCKETS_PER_ENTRY = 2;

  /** One generation of the arrays: entries below {@code size} at its publication never change. */
  private static final class Table {
    final int[] heads;
    final int bucketMask;
    final LedgerRecord[] records;
    final int[] hashes;
    final int[] next;

    Table(int[] heads, LedgerRecord[] records, int[] hashes, int[] next) {
      this.heads = heads;
      this.bucketMask = heads.length - 1;
      this.records = records;
      this.hashes = hashes;
      this.next = next;
    }
  }

  private final Function<LedgerRecord, PostingId> idOf;
  private volatile Table table;
  private volatile int size;

  /** An empty index reading each record's id with {@code idOf}. */
  RecordIndex(Function<LedgerRecord, PostingId> idOf) {
    this.idOf = idOf;
    int[] heads = new int[INITIAL_CAPACITY * BUCKETS_PER_ENTRY];
    Arrays.fill(heads, -1);
    this.table = new Table(heads, new LedgerRecord[INITIAL_CAPACITY], new int[INITIAL_CAPACITY],
        new int[INITIAL_CAPACITY]);
  }

  private static int hash(PostingId id) {
    int h = id.hashCode();
    return h ^ (h >>> 16);
  }

  /** The record committed under {@code id}, or null. */
  LedgerRecord get(PostingId id) {
    Table t = table;
    int h = hash(id);
    for (int e = (int) HEADS.getAcquire(t.heads, h & t.bucketMask); e >= 0; e = t.next[e]) {
      if (t.hashes[e] == h) {
        LedgerRecord r = t.records[e];
        if (idOf.apply(r).equals(id)) {
          return r;
        }
      }
    }
    return null;
  }

  /** Whether a record is committed under {@code id}. */
  boolean contains(PostingId id) {
    return get(id) != null;
  }

  /**
   * Adds {@code record} under its id, which must be new (else {@link IllegalStateException} and
   * nothing changes). Only the one writer calls this (see the class notes).
   */
  void add(LedgerRecord record) {
    PostingId id = idOf.apply(record);
    checkState(get(id) == null, "posting id already indexed: %s", id);
    int e = size;
    Table t = table;
    if (e == t.records.length) {
      t = grown(t, e);
      table = t;
    }
    int h = hash(id);
    int bucket = h & t.bucketMask;
    t.records[e] = record;
    t.hashes[e] = h;
    t.next[e] = t.heads[bucket];
    HEADS.setRelease(t.heads, bucket, e);
    size = e + 1;
  }

  /** Arrays twice as large holding the {@code size} entries of {@code old}, not yet published. */
  private static Table grown(Table old, int size) {
    int capacity = old.records.length * 2;
    LedgerRecord[] records = Arrays.copyOf(old.records, capacity);
    int[] hashes = Arrays.copyOf(old.hashes, capacity);
    int[] next = new int[capacity];
    int[] heads = new int[capacity * BUCKETS_PER_ENTRY];
    Arrays.fill(heads, -1);
    int mask = heads.length - 1;
    for (int e = 0; e < size; e++) {
      int bucket = hashes[e] & mask;
      next[e] = heads[bucket];
      heads[bucket] = e;
    }
    return new Table(heads, records, hashes, next);
  }

  /** The number of records. */
  int size() {
    return size;
  }

  /** Every record, in the order added. */
  List<LedgerRecord> values() {
    int n = size; // first: the table read after it holds at least these entries
    Table t = table;
    List<LedgerRecord> out = new ArrayList<>(n);
    for (int e = 0; e < n; e++) {
      out.add(t.records[e]);
    }
    return out;
  }
}
