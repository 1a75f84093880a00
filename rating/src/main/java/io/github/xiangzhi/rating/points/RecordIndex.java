package io.github.xiangzhi.rating.points;

import static com.google.common.base.Preconditions.checkState;

import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 流水表 — the ledger's records in commit order, and by posting id for the idempotency check of
 * every request and for lookups by id. One writer at a time (the ledger's commit section, or its
 * replay before the ledger is shared); any number of readers, without locks. Records are never
 * removed. An entry's number ({@link #add} returns it) never changes: accounts keep their
 * histories as entry numbers.
 *
 * <p>Storage: entries are rows of columns in chunks of {@value #CHUNK} (a chunk's longs, ints and
 * references each in one array, row by row, and its ids' bytes in a fourth), made once and never
 * copied. The common postings — earnings, deductions and expiries, with or without their event —
 * are kept as columns only: times as epoch seconds and nanoseconds, the type and flags in an int,
 * the amount as a long, and references to the strings and account ids that many postings share;
 * {@link #record} builds the {@link Posting} again, equal to the one added.
 * Everything else (holds, releases, restocks, redemptions, reversals, captures, events whose
 * household is not one of the posting's accounts) is kept as the object. Ids are kept as bytes
 * when they are ASCII (as vendors' ids almost always are), else as their strings. So a compact
 * posting keeps no object of its own, and the garbage collector, which copies every object a
 * ledger keeps at least once, has no small object per posting to copy instead of five (the
 * posting, its event, its id and the id's string and bytes); the chunks are arrays of a few
 * kilobytes that it copies as blocks, once.
 *
 * <p>Lookup: a chained hash table in arrays of its own: {@code hashes} and {@code next} are
 * appended with the entries, and {@code heads} holds, per bucket, the last entry added to it (or
 * −1). A lookup of an id never used — every new request — reads one bucket, and the entries of
 * the few ids sharing it, comparing ids character by character without building any record. Bucket = the
 * id's hash code with its high half folded in, as {@code HashMap} spreads it: ids issued in
 * sequence ({@code "EV-2024-000123"}) have nearby hash codes, so consecutive requests read nearby
 * buckets.
 *
 * <p>Publication: the writer fills the entry's columns, then stores the bucket's head with
 * release semantics; a reader loads the head with acquire semantics and so sees the entry
 * complete. A reader that learnt an entry's number some other way (an account's history, read
 * under the account's lock that the writer held after adding) sees it through that lock. The
 * hash table grows (×2 when full; there are twice as many buckets as entries) by building a new
 * {@link Table}, which shares the chunks, and publishing it through a volatile field before adding
 * to it; a reader still on the old table sees every record added before the growth.
 *
 * <p>Performance notes: replaces a {@code ConcurrentHashMap<PostingId, LedgerRecord>}, whose
 * growth (walking every node, allocating new ones for most of them) and lookups took over half of
 * a posting's CPU time in a profile of one thread posting two million earnings. Ids with equal
 * hash codes share a chain (the map would have made a tree of a long one): posting ids come from
 * the vendor's own systems, so only a caller choosing colliding ids on purpose slows its own
 * lookups. Building a compact posting back ({@link #record}, {@link #get} of a used id) allocates
 * the posting and its event; a request answered "exists" pays for that.
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
  /** Distinct event kinds and sources shared between entries; beyond, entries keep their own. */
  private static final int MAX_SHARED_STRINGS = 4096;

  private static final PostingType[] TYPES = PostingType.values();
  private static final int EVENT = 1;
  private static final int EVENT_OF_CREDIT = 2; // else of the debit account
  private static final int EVENT_QUANTITY = 4;
  private static final int CAPPED = 8;

  /** Entries per chunk of the columns; a power of two. */
  private static final int CHUNK_SHIFT = 8;
  private static final int CHUNK = 1 << CHUNK_SHIFT;
  // the fields of an entry within its chunk's arrays, row by row
  private static final int LONGS = 5; // sequence, recorded second, effective second, amount, number
  private static final int SEQUENCE = 0;
  private static final int RECORDED_SECOND = 1;
  private static final int EFFECTIVE_SECOND = 2;
  private static final int AMOUNT = 3;
  private static final int NUMBER = 4; // cappedFrom, or the event's quantity (never both)
  private static final int INTS = 4; // recorded nano, effective nano, type and flags, id span
  private static final int RECORDED_NANO = 0;
  private static final int EFFECTIVE_NANO = 1;
  private static final int TYPE_FLAGS = 2; // type ordinal << 8 | flags
  private static final int ID_SPAN = 3; // an ASCII id's offset in the chunk's id bytes << 8 | length
  private static final int REFS = 10;
  private static final int ID = 0; // the id's string where it is not ASCII, else null
  private static final int OBJECT = 1; // the record where it is not kept as columns, else null
  private static final int DEBIT = 2;
  private static final int CREDIT = 3;
  private static final int CATEGORY = 4;
  private static final int RULE = 5;
  private static final int KIND = 6;
  private static final int SOURCE = 7;
  private static final int REFERENCE = 8;
  private static final int NOTE = 9;

  /**
   * {@value #CHUNK} entries' columns, row by row in three arrays, and their ids' bytes. Chunks are made once and never
   * copied: the index grows by adding chunks, so an entry's columns are written once and the
   * collector copies a chunk at most once, when it promotes it.
   */
  private static final class Chunk {
    final long[] longs = new long[CHUNK * LONGS];
    final int[] ints = new int[CHUNK * INTS];
    final Object[] refs = new Object[CHUNK * REFS];
    /**
     * The ASCII ids of the chunk's entries, one byte a character, one after the other; replaced
     * by a larger copy when full (a reader that reached an entry through a release by the writer
     * sees the copy that holds it). At most {@value #CHUNK} × 64 bytes.
     */
    byte[] ids = new byte[CHUNK * 16];
    int idsEnd; // the writer's only

    /** Whether row {@code row}'s id is {@code value}. */
    boolean idEquals(int row, String value) {
      Object id = refs[row * REFS + ID];
      if (id != null) {
        return id.equals(value);
      }
      int span = ints[row * INTS + ID_SPAN];
      int length = span & 0xff;
      if (length != value.length()) {
        return false;
      }
      byte[] bytes = ids;
      int offset = span >>> 8;
      for (int k = 0; k < length; k++) {
        if (bytes[offset + k] != value.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /** Row {@code row}'s id. */
    String id(int row) {
      Object id = refs[row * REFS + ID];
      if (id != null) {
        return (String) id;
      }
      int span = ints[row * INTS + ID_SPAN];
      return new String(ids, span >>> 8, span & 0xff, StandardCharsets.ISO_8859_1);
    }

    /** Keeps {@code id} as row {@code row}'s: as bytes if it is ASCII, else as the string. */
    void setId(int row, String id) {
      int length = id.length();
      if (idsEnd + length > ids.length) {
        ids = Arrays.copyOf(ids, Math.max(ids.length * 2, idsEnd + length));
      }
      for (int k = 0; k < length; k++) {
        char c = id.charAt(k);
        if (c >= 128) { // the bytes written past idsEnd are left unused
          refs[row * REFS + ID] = id;
          return;
        }
        ids[idsEnd + k] = (byte) c;
      }
      ints[row * INTS + ID_SPAN] = idsEnd << 8 | length;
      idsEnd += length;
    }
  }

  /**
   * One generation of the hash arrays and of the list of chunks: entries below {@code size} at
   * its publication never change.
   */
  private static final class Table {
    final int[] heads;
    final int bucketMask;
    final int[] hashes;
    final int[] next;
    final Chunk[] chunks;

    Table(int capacity) {
      heads = new int[capacity * BUCKETS_PER_ENTRY];
      Arrays.fill(heads, -1);
      bucketMask = heads.length - 1;
      hashes = new int[capacity];
      next = new int[capacity];
      chunks = new Chunk[(capacity + CHUNK - 1) >>> CHUNK_SHIFT];
    }

    /** A table twice as large holding this one's first {@code size} entries, relinked. */
    Table grown(int size) {
      Table t = new Table(hashes.length * 2);
      System.arraycopy(hashes, 0, t.hashes, 0, size);
      System.arraycopy(chunks, 0, t.chunks, 0, chunks.length);
      for (int e = 0; e < size; e++) {
        int bucket = t.hashes[e] & t.bucketMask;
        t.next[e] = t.heads[bucket];
        t.heads[bucket] = e;
      }
      return t;
    }

    Chunk chunk(int e) {
      return chunks[e >>> CHUNK_SHIFT];
    }
  }

  private final Map<String, String> shared = new HashMap<>(); // the writer's only
  private String lastShared; // the writer's only: the last string shared() found in the map
  private volatile Table table;
  private volatile int size;

  /** An empty index. */
  RecordIndex() {
    this.table = new Table(INITIAL_CAPACITY);
  }

  /** The id of a posting, hold, release or restock; an account's record has none. */
  static PostingId idOf(LedgerRecord record) {
    if (record instanceof Posting) {
      return ((Posting) record).id();
    }
    if (record instanceof Hold) {
      return ((Hold) record).id();
    }
    if (record instanceof HoldRelease) {
      return ((HoldRelease) record).id();
    }
    if (record instanceof Restock) {
      return ((Restock) record).id();
    }
    throw new IllegalArgumentException("not a record with an id: " + record.getClass().getName());
  }

  private static int hash(PostingId id) {
    int h = id.hashCode();
    return h ^ (h >>> 16);
  }

  /** The entry of the record committed under {@code id}, or −1. */
  private static int find(Table t, PostingId id) {
    int h = hash(id);
    String value = id.value();
    for (int e = (int) HEADS.getAcquire(t.heads, h & t.bucketMask); e >= 0; e = t.next[e]) {
      if (t.hashes[e] == h && t.chunk(e).idEquals(e & (CHUNK - 1), value)) {
        return e;
      }
    }
    return -1;
  }

  /** The record committed under {@code id} (equal to the one added), or null. */
  LedgerRecord get(PostingId id) {
    Table t = table;
    int e = find(t, id);
    return e < 0 ? null : record(t, e);
  }

  /** Whether a record is committed under {@code id}; builds no record. */
  boolean contains(PostingId id) {
    return find(table, id) >= 0;
  }

  /**
   * Adds {@code record} under its id, which must be new (else {@link IllegalStateException} and
   * nothing changes), and returns its entry number. Only the one writer calls this (see the class
   * notes).
   */
  int add(LedgerRecord record) {
    if (record instanceof Posting) {
      Posting p = (Posting) record;
      return add(p, p.debit(), p.credit());
    }
    return add(record, null, null);
  }

  /**
   * Adds {@code record} as {@link #add(LedgerRecord)} does; for a posting, keeps {@code debit} and
   * {@code credit} — equal to the posting's own, the ledger's shared instances — instead of its
   * own. They are not read for other records.
   */
  int add(LedgerRecord record, AccountId debit, AccountId credit) {
    PostingId id = idOf(record);
    Table t = table;
    checkState(find(t, id) < 0, "posting id already indexed: %s", id);
    int e = size;
    if (e == t.hashes.length) {
      t = t.grown(e);
      table = t;
    }
    Chunk chunk = t.chunks[e >>> CHUNK_SHIFT];
    if (chunk == null) {
      chunk = new Chunk();
      t.chunks[e >>> CHUNK_SHIFT] = chunk;
    }
    int row = e & (CHUNK - 1);
    int l = row * LONGS;
    int i = row * INTS;
    int r = row * REFS;
    chunk.setId(row, id.value());
    chunk.longs[l + SEQUENCE] = record.sequence();
    chunk.longs[l + RECORDED_SECOND] = record.recordedAt().getEpochSecond();
    chunk.ints[i + RECORDED_NANO] = record.recordedAt().getNano();
    if (!(record instanceof Posting && compact(chunk, row, (Posting) record, debit, credit))) {
      chunk.refs[r + OBJECT] = record;
    }
    int h = hash(id);
    t.hashes[e] = h;
    int bucket = h & t.bucketMask;
    t.next[e] = t.heads[bucket];
    HEADS.setRelease(t.heads, bucket, e);
    size = e + 1;
    return e;
  }

  /**
   * Writes {@code p} to row {@code row} of {@code chunk} if it has the common shape, and says
   * whether it did; else writes nothing and the caller keeps the object.
   */
  private boolean compact(Chunk chunk, int row, Posting p, AccountId debit, AccountId credit) {
    if (p.item().isPresent() || p.quantity().isPresent() || p.reverses().isPresent()
        || p.hold().isPresent() || p.memo().isPresent()) {
      return false;
    }
    ConductEvent event = p.event().orElse(null);
    int flags = 0;
    if (event != null) {
      if (!event.id().equals(p.id().value()) || !event.occurredAt().equals(p.effectiveAt())
          || (event.quantity().isPresent() && p.cappedFrom().isPresent())) {
        return false;
      }
      String household = event.household().value();
      if (credit.kind() == AccountKind.HOUSEHOLD && credit.owner().equals(household)) {
        flags = EVENT | EVENT_OF_CREDIT;
      } else if (debit.kind() == AccountKind.HOUSEHOLD && debit.owner().equals(household)) {
        flags = EVENT;
      } else {
        return false;
      }
    }
    int l = row * LONGS;
    int i = row * INTS;
    int r = row * REFS;
    if (event != null) {
      if (event.quantity().isPresent()) {
        flags |= EVENT_QUANTITY;
        chunk.longs[l + NUMBER] = event.quantity().getAsLong();
      }
      chunk.refs[r + KIND] = shared(event.kind());
      chunk.refs[r + SOURCE] = event.source().map(this::shared).orElse(null);
      chunk.refs[r + REFERENCE] = event.reference().orElse(null);
      chunk.refs[r + NOTE] = event.note().orElse(null);
    }
    if (p.cappedFrom().isPresent()) {
      flags |= CAPPED;
      chunk.longs[l + NUMBER] = p.cappedFrom().getAsLong();
    }
    chunk.ints[i + TYPE_FLAGS] = p.type().ordinal() << 8 | flags;
    chunk.longs[l + EFFECTIVE_SECOND] = p.effectiveAt().getEpochSecond();
    chunk.ints[i + EFFECTIVE_NANO] = p.effectiveAt().getNano();
    chunk.longs[l + AMOUNT] = p.amount();
    chunk.refs[r + DEBIT] = debit;
    chunk.refs[r + CREDIT] = credit;
    chunk.refs[r + CATEGORY] = p.category().orElse(null);
    chunk.refs[r + RULE] = p.rule().orElse(null);
    return true;
  }

  /** One instance of each of the first few thousand distinct kinds and sources. */
  private String shared(String s) {
    if (s == lastShared) {
      return s; // the same instance as last time, as from a caller reusing its constants
    }
    String known = shared.get(s);
    lastShared = known;
    if (known != null) {
      return known;
    }
    if (shared.size() < MAX_SHARED_STRINGS) {
      shared.put(s, s);
    }
    return s;
  }

  /** The record of entry {@code e} (below {@link #size()}), equal to the one added. */
  LedgerRecord record(int e) {
    return record(table, e);
  }

  /** The posting of entry {@code e}; the entry must hold one. */
  Posting posting(int e) {
    return (Posting) record(table, e);
  }

  /** The sign of entry {@code e}'s recorded time compared with {@code at}. */
  int compareRecordedAt(int e, Instant at) {
    Chunk chunk = table.chunk(e);
    int row = e & (CHUNK - 1);
    int c = Long.compare(chunk.longs[row * LONGS + RECORDED_SECOND], at.getEpochSecond());
    return c != 0 ? c : Integer.compare(chunk.ints[row * INTS + RECORDED_NANO], at.getNano());
  }

  private static LedgerRecord record(Table t, int e) {
    Chunk chunk = t.chunk(e);
    int row = e & (CHUNK - 1);
    int l = row * LONGS;
    int i = row * INTS;
    int r = row * REFS;
    Object[] refs = chunk.refs;
    if (refs[r + OBJECT] != null) {
      return (LedgerRecord) refs[r + OBJECT];
    }
    long[] longs = chunk.longs;
    int typeFlags = chunk.ints[i + TYPE_FLAGS];
    int flags = typeFlags & 0xff;
    String id = chunk.id(row);
    AccountId debit = (AccountId) refs[r + DEBIT];
    AccountId credit = (AccountId) refs[r + CREDIT];
    Instant effectiveAt = Instant.ofEpochSecond(longs[l + EFFECTIVE_SECOND],
        chunk.ints[i + EFFECTIVE_NANO]);
    Posting.Builder b = Posting.builder();
    b.id(PostingId.of(id)).sequence(longs[l + SEQUENCE])
        .recordedAt(Instant.ofEpochSecond(longs[l + RECORDED_SECOND], chunk.ints[i + RECORDED_NANO]))
        .effectiveAt(effectiveAt).type(TYPES[typeFlags >>> 8]).debit(debit).credit(credit)
        .amount(longs[l + AMOUNT]);
    if (refs[r + CATEGORY] != null) {
      b.category((String) refs[r + CATEGORY]);
    }
    if (refs[r + RULE] != null) {
      b.rule((String) refs[r + RULE]);
    }
    if ((flags & CAPPED) != 0) {
      b.cappedFrom(longs[l + NUMBER]);
    }
    if ((flags & EVENT) != 0) {
      AccountId owner = (flags & EVENT_OF_CREDIT) != 0 ? credit : debit;
      ConductEvent.Builder event = ConductEvent.builder();
      event.id(id).household(HouseholdId.of(owner.owner())).kind((String) refs[r + KIND])
          .occurredAt(effectiveAt);
      if ((flags & EVENT_QUANTITY) != 0) {
        event.quantity(longs[l + NUMBER]);
      }
      if (refs[r + SOURCE] != null) {
        event.source((String) refs[r + SOURCE]);
      }
      if (refs[r + REFERENCE] != null) {
        event.reference((String) refs[r + REFERENCE]);
      }
      if (refs[r + NOTE] != null) {
        event.note((String) refs[r + NOTE]);
      }
      b.event(event.build());
    }
    return b.build();
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
      out.add(record(t, e));
    }
    return out;
  }
}
