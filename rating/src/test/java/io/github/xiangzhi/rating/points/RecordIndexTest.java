package io.github.xiangzhi.rating.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.testkit.core.Examples;
import io.github.xiangzhi.testkit.rating.PointsGens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The ledger's index of records by id, against a {@link HashMap} and under concurrent reads. */
class RecordIndexTest {
  private static final AccountId SUPERMARKET = AccountId.supermarket(UnitId.of("town"));

  private static Restock record(String id) {
    return Restock.builder().id(PostingId.of(id)).sequence(1).recordedAt(Instant.EPOCH)
        .supermarket(SUPERMARKET).item("soap").quantity(1).build();
  }

  private static RecordIndex index() {
    return new RecordIndex();
  }

  /**
   * Commands: a non-negative number adds that id if it is new (the ledger never adds a used id),
   * a negative one looks up id −n−1; after every command the index answers as the map does.
   */
  @Test
  void anySequenceOfAddsAndLookupsAnswersAsAHashMap() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(-3_000, 3_000)).ofSizeBetween(0, 600))
        .checkAssert(commands -> {
          RecordIndex index = index();
          Map<PostingId, LedgerRecord> model = new HashMap<>();
          List<LedgerRecord> inOrder = new ArrayList<>();
          for (int c : commands) {
            PostingId id = PostingId.of("p" + (c >= 0 ? c : -c - 1));
            if (c >= 0 && !model.containsKey(id)) {
              Restock r = record(id.value());
              index.add(r);
              model.put(id, r);
              inOrder.add(r);
            }
            assertThat(index.get(id)).isEqualTo(model.get(id));
            assertThat(index.contains(id)).isEqualTo(model.containsKey(id));
            assertThat(index.size()).isEqualTo(model.size());
          }
          assertThat(index.values()).containsExactlyElementsOf(inOrder);
        });
  }

  /**
   * Every posting comes back equal to the one added, whether the index keeps it as columns or as
   * the object, by id, by entry and in order; so do records of other kinds between them.
   */
  @Test
  void R_PTS_2_everyPostingComesBackEqualByIdByEntryAndInOrder() {
    qt().withExamples(Examples.of(300))
        .forAll(lists().of(PointsGens.postings()).ofSizeBetween(1, 80))
        .checkAssert(drawn -> {
          RecordIndex index = new RecordIndex();
          Map<PostingId, LedgerRecord> byId = new LinkedHashMap<>();
          List<Integer> entries = new ArrayList<>();
          for (Posting p : drawn) {
            if (byId.containsKey(p.id())) {
              continue;
            }
            entries.add(index.add(p));
            byId.put(p.id(), p);
            Restock between = record("r-" + p.id().value());
            entries.add(index.add(between));
            byId.put(between.id(), between);
          }
          List<LedgerRecord> inOrder = new ArrayList<>(byId.values());
          for (int i = 0; i < inOrder.size(); i++) {
            LedgerRecord r = inOrder.get(i);
            assertThat(entries.get(i)).isEqualTo(i);
            assertThat(index.record(i)).isEqualTo(r);
            assertThat(index.get(RecordIndex.idOf(r))).isEqualTo(r);
            assertThat(index.compareRecordedAt(i, r.recordedAt())).isZero();
            assertThat(index.compareRecordedAt(i, r.recordedAt().plusNanos(1))).isNegative();
            assertThat(index.compareRecordedAt(i, r.recordedAt().minusNanos(1))).isPositive();
          }
          assertThat(index.values()).containsExactlyElementsOf(inOrder);
        });
  }

  /** A posting kept as columns shares its accounts with the ledger's and its event's kind. */
  @Test
  void aCompactPostingKeepsTheLedgersAccountsAndOneCopyOfEachKind() {
    RecordIndex index = new RecordIndex();
    AccountId pool = AccountId.pool(UnitId.of("v1"));
    AccountId household = AccountId.household(HouseholdId.of("h1"));
    for (int i = 0; i < 3; i++) {
      Posting p = Posting.builder().id(PostingId.of("e" + i)).sequence(i + 1)
          .recordedAt(Instant.EPOCH).effectiveAt(Instant.EPOCH).type(PostingType.EARNING)
          .debit(AccountId.pool(UnitId.of("v1"))).credit(AccountId.household(HouseholdId.of("h1")))
          .amount(2).category("INTEGRITY").rule("EARN")
          .event(ConductEvent.builder().id("e" + i).household(HouseholdId.of("h1"))
              .kind(new String("PATROL_SHIFT")).occurredAt(Instant.EPOCH).build())
          .build();
      index.add(p, pool, household);
    }
    Posting first = (Posting) index.record(0);
    Posting third = (Posting) index.record(2);
    assertThat(first.debit()).isSameAs(pool);
    assertThat(third.credit()).isSameAs(household);
    assertThat(third.event().get().kind()).isSameAs(first.event().get().kind());
  }

  @Test
  void growsPastManyDoublingsAndKeepsEveryRecord() {
    RecordIndex index = index();
    List<Restock> added = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      Restock r = record("g" + i);
      index.add(r);
      added.add(r);
    }
    for (Restock r : added) {
      assertThat(index.get(r.id())).isEqualTo(r);
    }
    assertThat(index.get(PostingId.of("g100000"))).isNull();
    assertThat(index.size()).isEqualTo(100_000);
    assertThat(index.values()).hasSize(100_000);
  }

  @Test
  void idsWithEqualHashCodesShareABucketAndAreEachFound() {
    RecordIndex index = index();
    // "Aa" and "BB" have the same String hash code, and so every id built of them alike
    List<String> colliding = List.of("AaAa", "AaBB", "BBAa", "BBBB");
    for (String id : colliding) {
      assertThat(PostingId.of(id).hashCode()).isEqualTo(PostingId.of("AaAa").hashCode());
      index.add(record(id));
    }
    for (String id : colliding) {
      assertThat(((Restock) index.get(PostingId.of(id))).id().value()).isEqualTo(id);
    }
    assertThat(index.get(PostingId.of("AaAB"))).isNull();
  }

  @Test
  void anIdAddedTwiceIsRefusedAndChangesNothing() {
    RecordIndex index = index();
    Restock first = record("same");
    index.add(first);
    assertThatThrownBy(() -> index.add(record("same")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("same");
    assertThat(index.get(PostingId.of("same"))).isEqualTo(first);
    assertThat(index.size()).isEqualTo(1);
  }

  /**
   * One writer adds records while readers look up every id the writer has announced: a record
   * added before its announcement is always found, through every growth of the table.
   */
  @Test
  void readersFindEveryRecordAddedBeforeTheyLookWhileTheTableGrows() throws Exception {
    RecordIndex index = index();
    int count = 200_000;
    PostingId[] ids = new PostingId[count];
    for (int i = 0; i < count; i++) {
      ids[i] = PostingId.of("c" + i);
    }
    AtomicInteger announced = new AtomicInteger();
    AtomicReference<String> failure = new AtomicReference<>();
    List<Thread> readers = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      int seed = t;
      Thread reader = new Thread(() -> {
        int probe = seed;
        while (announced.get() < count && failure.get() == null) {
          int known = announced.get();
          if (known == 0) {
            continue;
          }
          probe = (probe * 31 + 7) & Integer.MAX_VALUE;
          PostingId id = ids[probe % known];
          LedgerRecord found = index.get(id);
          if (found == null || !((Restock) found).id().equals(id)) {
            failure.set("lost " + id + " with " + known + " announced: " + found);
          }
        }
      });
      readers.add(reader);
      reader.start();
    }
    for (int i = 0; i < count; i++) {
      index.add(record(ids[i].value()));
      announced.set(i + 1);
    }
    for (Thread reader : readers) {
      reader.join();
    }
    assertThat(failure.get()).isNull();
  }
}
