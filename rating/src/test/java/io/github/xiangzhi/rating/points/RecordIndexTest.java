package io.github.xiangzhi.rating.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xiangzhi.core.id.UnitId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
    return new RecordIndex(r -> ((Restock) r).id());
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
            assertThat(index.get(id)).isSameAs(model.get(id));
            assertThat(index.contains(id)).isEqualTo(model.containsKey(id));
            assertThat(index.size()).isEqualTo(model.size());
          }
          assertThat(index.values()).containsExactlyElementsOf(inOrder);
        });
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
      assertThat(index.get(r.id())).isSameAs(r);
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
    assertThat(index.get(PostingId.of("same"))).isSameAs(first);
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
