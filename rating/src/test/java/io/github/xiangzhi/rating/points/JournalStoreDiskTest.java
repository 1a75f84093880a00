package io.github.xiangzhi.rating.points;

import static io.github.xiangzhi.rating.points.JournalStoreTest.QIXING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.testkit.core.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal file on a disk that misbehaves ({@link FaultyDisk}): short reads, a disk that fills
 * up in the middle of a line, forces, truncations and closes that fail; and files whose lines are
 * long or cross the store's read buffers (R-PTS-2).
 */
class JournalStoreDiskTest {
  @TempDir Path dir;
  final PointsPolicy policy = PointsPolicyTest.preset();
  final TestClock clock = new TestClock(Instant.parse("2024-03-01T02:00:00Z"));

  PointsLedger open(LedgerStore store) {
    return PointsLedger.builder().policy(policy).clock(clock).store(store).build();
  }

  /** Household {@code i} opened and awarded once, with a note of {@code noteLength} characters. */
  static void award(PointsLedger ledger, int i, int noteLength) {
    HouseholdId household = HouseholdId.of("h-" + i);
    ledger.open(AccountId.household(household));
    StringBuilder note = new StringBuilder();
    while (note.length() < noteLength) {
      note.append(i % 2 == 0 ? "帮助邻居收麦子" : "helped the neighbours bring in the wheat ");
    }
    ledger.record(ConductEvent.builder().id("e-" + i).household(household)
        .kind("MODEL_FAMILY_AWARD").occurredAt(Instant.parse("2024-02-20T12:00:00Z")).quantity(1)
        .note(note.substring(0, noteLength)).build(), QIXING);
  }

  static List<LedgerRecord> replay(LedgerStore store) {
    List<LedgerRecord> records = new ArrayList<>();
    store.replay(records::add);
    return records;
  }

  @Test
  void R_PTS_2_everyRecordIsForcedToTheDiskBeforeTheLedgerAcknowledgesIt() {
    FaultyDisk disk = new FaultyDisk();
    try (LedgerStore journal = JournalStore.open(dir.resolve("points.jsonl"), disk)) {
      PointsLedger ledger = open(journal);
      ledger.open(AccountId.pool(QIXING));
      assertThat(disk.unforced).isFalse();
      for (int i = 0; i < 5; i++) {
        award(ledger, i, 20);
        assertThat(disk.unforced).as("after award %s", i).isFalse();
      }
      assertThat(disk.forces).isEqualTo(ledger.records().size());
    }
  }

  @Test
  void R_PTS_2_longLinesReadInShortPiecesAcrossTheReadBuffersReplayExactly() throws Exception {
    Path file = dir.resolve("points.jsonl");
    List<LedgerRecord> records;
    try (LedgerStore journal = LedgerStore.journal(file)) {
      PointsLedger ledger = open(journal);
      ledger.open(AccountId.pool(QIXING));
      // notes from none to a few thousand bytes: lines shorter and far longer than the store's
      // first line buffer, in a file more than twice its 64 KiB read buffer
      for (int i = 0; i < 100; i++) {
        award(ledger, i, (i * 37) % 1500);
      }
      records = ledger.records();
    }
    assertThat(Files.size(file)).isGreaterThan(2 * 65_536L);
    try (LedgerStore journal = LedgerStore.journal(file)) {
      assertThat(replay(journal)).isEqualTo(records);
    }
    for (int maxRead : new int[] {7, 300, 70_000}) {
      FaultyDisk disk = new FaultyDisk();
      disk.maxRead = maxRead;
      try (LedgerStore journal = JournalStore.open(file, disk)) {
        assertThat(replay(journal)).as("reads of at most %s bytes", maxRead).isEqualTo(records);
      }
    }
  }

  @Test
  void R_PTS_2_aTornLastLineIsCutAtTheLastLineEndWhereverTheReadBufferFalls() throws Exception {
    Path file = dir.resolve("points.jsonl");
    List<LedgerRecord> records;
    try (LedgerStore journal = LedgerStore.journal(file)) {
      PointsLedger ledger = open(journal);
      ledger.open(AccountId.pool(QIXING));
      for (int i = 0; i < 30; i++) {
        award(ledger, i, 400);
      }
      records = ledger.records();
    }
    byte[] whole = Files.readAllBytes(file);
    // the store looks for the last line end in blocks of 8 KiB from the end of the file: a torn
    // tail one byte shorter, as long as and one byte longer than a block puts the line end at
    // the start of the first block, at the end of the second, and at the start's neighbour
    for (int tail : new int[] {0, 1, 8_191, 8_192, 8_193, 20_000}) {
      for (int maxRead : new int[] {Integer.MAX_VALUE, 1_000}) {
        Path torn = dir.resolve("torn-" + tail + "-" + maxRead + ".jsonl");
        byte[] bytes = Arrays.copyOf(whole, whole.length + tail);
        Arrays.fill(bytes, whole.length, bytes.length, (byte) 'x');
        Files.write(torn, bytes);
        FaultyDisk disk = new FaultyDisk();
        disk.maxRead = maxRead;
        try (LedgerStore journal = JournalStore.open(torn, disk)) {
          assertThat(replay(journal)).as("tail %s, reads of %s", tail, maxRead)
              .isEqualTo(records);
        }
        assertThat(Files.size(torn)).as("tail %s", tail).isEqualTo(whole.length);
      }
    }
  }

  @Test
  void R_PTS_2_aDiskFillingUpMidLineLosesThatRecordOnlyAndTheNextStartsOnACleanLine()
      throws Exception {
    Path file = dir.resolve("points.jsonl");
    FaultyDisk disk = new FaultyDisk();
    List<LedgerRecord> records;
    try (LedgerStore journal = JournalStore.open(file, disk)) {
      PointsLedger ledger = open(journal);
      ledger.open(AccountId.pool(QIXING));
      award(ledger, 1, 50);
      List<LedgerRecord> before = ledger.records();
      long size = Files.size(file);
      disk.room = 10;
      PointsException e = catchThrowableOfType(PointsException.class,
          () -> ledger.open(AccountId.household(HouseholdId.of("h-full"))));
      assertThat(e.error()).isEqualTo(PointsError.JOURNAL_IO);
      assertThat(e.getMessage()).contains("no space left on device");
      assertThat(ledger.records()).isEqualTo(before);
      // the ten bytes written are cut off again, and the cut is forced
      assertThat(Files.size(file)).isEqualTo(size);
      assertThat(disk.unforced).isFalse();
      disk.room = -1;
      award(ledger, 2, 50);
      records = ledger.records();
      assertThat(records).hasSize(before.size() + 2);
      assertThat(replay(journal)).isEqualTo(records);
    }
    try (LedgerStore journal = LedgerStore.journal(file)) {
      assertThat(open(journal).records()).isEqualTo(records);
    }
  }

  @Test
  void R_PTS_2_aWriteThatCannotBeCutOffLeavesAJournalThatRefusesEveryLaterAppend()
      throws Exception {
    Path file = dir.resolve("points.jsonl");
    FaultyDisk disk = new FaultyDisk();
    try (LedgerStore journal = JournalStore.open(file, disk)) {
      PointsLedger ledger = open(journal);
      ledger.open(AccountId.pool(QIXING));
      // more than the store's 64 KiB read buffer, so that replay reads in more than one piece
      for (int i = 0; i < 60; i++) {
        award(ledger, i, 1_400);
      }
      List<LedgerRecord> acknowledged = ledger.records();
      // the whole line reaches the file but is never forced, and cannot be cut off either
      disk.failForce = true;
      disk.failTruncate = true;
      PointsException e = catchThrowableOfType(PointsException.class,
          () -> award(ledger, 99, 50));
      assertThat(e.error()).isEqualTo(PointsError.JOURNAL_IO);
      assertThat(e.getCause()).isInstanceOf(IOException.class).hasMessage("force failed");
      assertThat(e.getCause().getSuppressed()).singleElement()
          .matches(s -> "truncate failed".equals(s.getMessage()), "the truncation's failure");
      assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
          .hasSize(acknowledged.size() + 1);
      // the store reads only what it acknowledged, not the line it could not cut off
      assertThat(replay(journal)).isEqualTo(acknowledged);
      disk.maxRead = 5;
      assertThat(replay(journal)).isEqualTo(acknowledged);
      // a healthy disk again does not make the store trust its file: it refuses from now on
      disk.failForce = false;
      disk.failTruncate = false;
      PointsException later = catchThrowableOfType(PointsException.class,
          () -> ledger.open(AccountId.household(HouseholdId.of("h-later"))));
      assertThat(later.error()).isEqualTo(PointsError.JOURNAL_IO);
      assertThat(later.getMessage()).contains("an earlier write failed");
      assertThat(ledger.records()).isEqualTo(acknowledged);
    }
  }

  @Test
  void R_PTS_2_openingAnIntactJournalWritesNothingToIt() throws Exception {
    Path file = dir.resolve("points.jsonl");
    List<LedgerRecord> records;
    try (LedgerStore journal = LedgerStore.journal(file)) {
      PointsLedger ledger = open(journal);
      ledger.open(AccountId.pool(QIXING));
      award(ledger, 1, 50);
      records = ledger.records();
    }
    // a disk that cannot truncate does not matter when there is no torn line to cut off
    FaultyDisk disk = new FaultyDisk();
    disk.failTruncate = true;
    try (LedgerStore journal = JournalStore.open(file, disk)) {
      assertThat(replay(journal)).isEqualTo(records);
      assertThat(disk.unforced).isFalse();
    }
  }

  @Test
  void R_PTS_2_aLineThatIsJsonNullIsAMalformedRecordNamingItsNumber() throws Exception {
    Path file = dir.resolve("points.jsonl");
    try (LedgerStore journal = LedgerStore.journal(file)) {
      PointsLedger ledger = open(journal);
      ledger.open(AccountId.pool(QIXING));
      award(ledger, 1, 50);
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add(1, "null");
    Files.write(file, lines, StandardCharsets.UTF_8);
    try (LedgerStore journal = LedgerStore.journal(file)) {
      PointsException e = catchThrowableOfType(PointsException.class, () -> replay(journal));
      assertThat(e.error()).isEqualTo(PointsError.JOURNAL_MALFORMED);
      assertThat(e.messageArguments()).containsExactly(file, 2L, "null");
      assertThat(e.getMessage()).endsWith("line 2: not a ledger record (null)");
      assertThat(e.getCause()).isNull();
    }
  }

  @Test
  void R_PTS_2_aJournalThatFailsWhileOpeningIsATypedErrorAndLeavesNoChannelOpen()
      throws Exception {
    Path file = dir.resolve("points.jsonl");
    Files.write(file, "{\"record\":\"pos".getBytes(StandardCharsets.UTF_8));
    FaultyDisk disk = new FaultyDisk();
    disk.failTruncate = true;
    PointsException e = catchThrowableOfType(PointsException.class,
        () -> JournalStore.open(file, disk));
    assertThat(e.error()).isEqualTo(PointsError.JOURNAL_IO);
    assertThat(e.getMessage()).contains(file.toString()).contains("truncate failed");
    assertThat(e.getCause().getSuppressed()).isEmpty();
    assertThat(disk.opened).singleElement().matches(c -> !c.isOpen(), "closed");
    // and if closing fails too, that failure is kept with the first
    FaultyDisk worse = new FaultyDisk();
    worse.failTruncate = true;
    worse.failClose = true;
    PointsException both = catchThrowableOfType(PointsException.class,
        () -> JournalStore.open(file, worse));
    assertThat(both.getCause().getSuppressed()).singleElement()
        .matches(s -> "close failed".equals(s.getMessage()), "the close's failure");
  }

  @Test
  void R_PTS_2_closingTheJournalClosesItsFileAndAFailedCloseIsATypedError() {
    FaultyDisk disk = new FaultyDisk();
    LedgerStore journal = JournalStore.open(dir.resolve("points.jsonl"), disk);
    open(journal).open(AccountId.pool(QIXING));
    journal.close();
    // the appending channel and the ones replay opened are all closed
    assertThat(disk.opened).hasSizeGreaterThanOrEqualTo(2).noneMatch(c -> c.isOpen());
    FaultyDisk failing = new FaultyDisk();
    failing.failClose = true;
    LedgerStore other = JournalStore.open(dir.resolve("other.jsonl"), failing);
    PointsException e = catchThrowableOfType(PointsException.class, other::close);
    assertThat(e.error()).isEqualTo(PointsError.JOURNAL_IO);
    assertThat(e.getMessage()).contains("close failed");
  }
}
