package io.github.xiangzhi.rating.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.testkit.core.TestClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal file: JSON lines, forced to disk on commit, replayed on start (R-PTS-2). */
class JournalStoreTest {
  static final UnitId QIXING = UnitId.of("v-qixing");
  static final HouseholdId WANG = HouseholdId.of("h-wang");
  static final HouseholdId LI = HouseholdId.of("h-li");

  @TempDir Path dir;
  final PointsPolicy policy = PointsPolicyTest.preset();
  final TestClock clock = new TestClock(Instant.parse("2024-03-01T02:00:00Z"));

  PointsLedger open(LedgerStore store) {
    return PointsLedger.builder().policy(policy).clock(clock).store(store).build();
  }

  static ConductEvent event(String id, HouseholdId household, String kind, long quantity) {
    return ConductEvent.builder().id(id).household(household).kind(kind)
        .occurredAt(Instant.parse("2024-02-20T12:00:00Z")).quantity(quantity)
        .note("帮助邻居收麦子").build();
  }

  /** Every kind of record, the last a correction whose reason is Chinese (multi-byte UTF-8). */
  void fill(PointsLedger ledger) {
    ledger.open(AccountId.pool(QIXING));
    ledger.open(AccountId.supermarket(QIXING));
    ledger.open(AccountId.household(WANG));
    ledger.open(AccountId.household(LI));
    ledger.record(event("e-1", WANG, "MODEL_FAMILY_AWARD", 1), QIXING);
    clock.advance(Duration.ofMinutes(5));
    ledger.record(event("e-2", LI, "MEDIATION_HELP", 2), QIXING);
    ledger.redeem(PostingId.of("r-1"), WANG, QIXING, "SOAP", 2);
    ledger.restock(PostingId.of("s-1"), QIXING, "SOAP", 10);
    ledger.hold(PostingId.of("h-1"), LI, 5, HoldReason.OBJECTION, Optional.of("邻居提出异议"));
    ledger.capture(PostingId.of("c-1"), PostingId.of("h-1"), 3, AccountId.REVERSAL);
    ledger.hold(PostingId.of("h-2"), WANG, 4, HoldReason.LOST_PASSBOOK);
    ledger.release(PostingId.of("h-2-off"), PostingId.of("h-2"));
    ledger.record(event("b-1", LI, "VILLAGE_RULES_BROKEN", 1), QIXING);
    Posting capped = ledger.record(event("p-1", WANG, "PATROL_SHIFT", 5), QIXING).value();
    assertThat(capped.cappedFrom()).hasValue(25);
    ledger.close(AccountId.household(LI));
    clock.advance(Duration.ofMinutes(5));
    ledger.reverse(PostingId.of("fix-1"), PostingId.of("r-1"), "更正:兑换登记重复,退回积分");
  }

  @Test
  void R_PTS_2_aLedgerOnAJournalComesBackExactlyWhenReopened() throws Exception {
    Path file = dir.resolve("points.jsonl");
    List<LedgerRecord> records;
    PointsTotals totals;
    try (LedgerStore journal = LedgerStore.journal(file)) {
      PointsLedger ledger = open(journal);
      fill(ledger);
      records = ledger.records();
      totals = ledger.totals();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(records.size());
    assertThat(lines.get(4)).startsWith("{\"record\":\"posting\",\"id\":\"e-1\"")
        .contains("\"note\":\"帮助邻居收麦子\"");
    try (LedgerStore journal = LedgerStore.journal(file)) {
      PointsLedger again = open(journal);
      assertThat(again.records()).isEqualTo(records);
      assertThat(again.totals()).isEqualTo(totals);
      assertThat(again.account(AccountId.household(LI)).orElseThrow().closed()).isTrue();
      assertThat(again.stock(QIXING, "SOAP")).isEqualTo(110);
      assertThat(again.holdState(PostingId.of("h-1"))).contains(HoldState.CAPTURED);
      // requests carry on where they stopped, ids stay decided
      assertThat(again.record(event("e-1", WANG, "MODEL_FAMILY_AWARD", 1), QIXING).status())
          .isEqualTo(Committed.Status.EXISTS);
      Posting next = again.record(event("e-3", WANG, "ELDER_CARE", 1), QIXING).value();
      assertThat(next.sequence()).isEqualTo(records.size() + 1);
    }
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(records.size() + 1);
  }

  @Test
  void R_PTS_2_aCrashTearingTheLastLineAtAnyByteLosesExactlyTheUnacknowledgedRecord()
      throws Exception {
    Path file = dir.resolve("points.jsonl");
    List<LedgerRecord> acknowledged;
    try (LedgerStore journal = LedgerStore.journal(file)) {
      PointsLedger ledger = open(journal);
      fill(ledger);
      acknowledged = ledger.records();
    }
    byte[] bytes = Files.readAllBytes(file);
    int lastLine = lastLineStart(bytes);
    assertThat(new String(bytes, lastLine, bytes.length - lastLine, StandardCharsets.UTF_8))
        .contains("退回积分");
    List<LedgerRecord> before = acknowledged.subList(0, acknowledged.size() - 1);
    for (int cut = lastLine; cut <= bytes.length; cut++) {
      // the write of the last line stopped after `cut` bytes: only a whole line was acknowledged
      Path crashed = dir.resolve("crashed-" + cut + ".jsonl");
      Files.write(crashed, Arrays.copyOf(bytes, cut));
      List<LedgerRecord> expected = cut == bytes.length ? acknowledged : before;
      try (LedgerStore journal = LedgerStore.journal(crashed)) {
        PointsLedger ledger = open(journal);
        assertThat(ledger.records()).as("cut at %s", cut).isEqualTo(expected);
        assertThat(ledger.totals().isConserved()).isTrue();
        if (cut % 17 == 0 || cut == lastLine || cut >= bytes.length - 2) {
          // the torn bytes are gone: the next record starts on a line of its own
          ledger.open(AccountId.household(HouseholdId.of("h-new")));
        }
      }
      if (cut % 17 == 0 || cut == lastLine || cut >= bytes.length - 2) {
        try (LedgerStore journal = LedgerStore.journal(crashed)) {
          List<LedgerRecord> reread = open(journal).records();
          assertThat(reread).as("cut at %s, reopened", cut).hasSize(expected.size() + 1);
          assertThat(reread.subList(0, expected.size())).isEqualTo(expected);
        }
      }
      Files.delete(crashed);
    }
  }

  private static int lastLineStart(byte[] bytes) {
    for (int i = bytes.length - 2; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i + 1;
      }
    }
    return 0;
  }

  @Test
  void R_PTS_2_aMalformedLineBeforeTheLastIsATypedErrorNamingItsNumber() throws Exception {
    Path file = dir.resolve("points.jsonl");
    try (LedgerStore journal = LedgerStore.journal(file)) {
      fill(open(journal));
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.set(6, lines.get(6).replace("\"amount\":", "\"amount\":\"many\",\"x\":"));
    Files.write(file, lines, StandardCharsets.UTF_8);
    try (LedgerStore journal = LedgerStore.journal(file)) {
      PointsException e = catchThrowableOfType(PointsException.class, () -> open(journal));
      assertThat(e.error()).isEqualTo(PointsError.JOURNAL_MALFORMED);
      assertThat(e.messageArguments().get(1)).isEqualTo(7L);
      assertThat(e.getMessage()).contains("line 7: not a ledger record");
      assertThat(e.message(Locale.CHINA)).contains("第 7 行不是账簿记录");
    }
    // a complete but broken last line is refused too: only a line without its end is torn
    lines.set(6, lines.get(6).replace("\"amount\":\"many\",\"x\":", "\"amount\":"));
    lines.set(lines.size() - 1, "{\"record\":\"posting\"");
    Files.write(file, lines, StandardCharsets.UTF_8);
    try (LedgerStore journal = LedgerStore.journal(file)) {
      PointsException e = catchThrowableOfType(PointsException.class, () -> open(journal));
      assertThat(e.error()).isEqualTo(PointsError.JOURNAL_MALFORMED);
      assertThat(e.messageArguments().get(1)).isEqualTo((long) lines.size());
    }
  }

  @Test
  void R_PTS_2_aJournalThatContradictsItselfIsRefusedNamingTheRecord() throws Exception {
    Path file = dir.resolve("points.jsonl");
    try (LedgerStore journal = LedgerStore.journal(file)) {
      fill(open(journal));
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    // a record copied: its id appears twice and its sequence number goes back
    lines.add(lines.get(5));
    Files.write(file, lines, StandardCharsets.UTF_8);
    try (LedgerStore journal = LedgerStore.journal(file)) {
      PointsException e = catchThrowableOfType(PointsException.class, () -> open(journal));
      assertThat(e.error()).isEqualTo(PointsError.JOURNAL_INCONSISTENT);
      assertThat(e.messageArguments().get(0)).isEqualTo((long) lines.size());
      assertThat(e.getMessage()).isEqualTo("Record " + lines.size() + " of the store cannot be "
          + "replayed: sequence number 6 does not follow " + (lines.size() - 1));
      assertThat(e.message(Locale.CHINA)).endsWith("无法重放:序号 6 未接在 " + (lines.size() - 1)
          + " 之后");
    }
  }

  @Test
  void R_PTS_2_aRecordTheStoreCannotKeepIsRefusedAndChangesNothing() throws Exception {
    List<LedgerRecord> kept = new ArrayList<>();
    boolean[] failing = {false};
    LedgerStore flaky = new LedgerStore() {
      @Override
      public void replay(Consumer<? super LedgerRecord> sink) {
        kept.forEach(sink);
      }

      @Override
      public void append(LedgerRecord record) {
        if (failing[0]) {
          throw new IllegalStateException("the vendor's database is down");
        }
        kept.add(record);
      }
    };
    PointsLedger ledger = open(flaky);
    fill(ledger);
    List<LedgerRecord> records = ledger.records();
    PointsTotals totals = ledger.totals();
    failing[0] = true;
    PointsException e = catchThrowableOfType(PointsException.class,
        () -> ledger.record(event("e-9", WANG, "ELDER_CARE", 1), QIXING));
    assertThat(e.error()).isEqualTo(PointsError.JOURNAL_IO);
    assertThat(e.getMessage()).contains("the vendor's database is down");
    assertThat(ledger.records()).isEqualTo(records);
    assertThat(ledger.totals()).isEqualTo(totals);
    assertThat(ledger.posting(PostingId.of("e-9"))).isEmpty();
    failing[0] = false;
    // the same request goes through once the store is back, with the next sequence number
    Posting p = ledger.record(event("e-9", WANG, "ELDER_CARE", 1), QIXING).value();
    assertThat(p.sequence()).isEqualTo(records.size() + 1);
    assertThat(open(flaky).records()).isEqualTo(ledger.records());

    // a closed journal refuses to append, and the ledger stays as it was
    Path file = dir.resolve("closed.jsonl");
    LedgerStore journal = LedgerStore.journal(file);
    PointsLedger onJournal = open(journal);
    onJournal.open(AccountId.household(WANG));
    journal.close();
    assertThat(catchThrowableOfType(PointsException.class,
        () -> onJournal.open(AccountId.household(LI))).error()).isEqualTo(PointsError.JOURNAL_IO);
    assertThat(onJournal.account(AccountId.household(LI))).isEmpty();
    assertThat(Files.readAllLines(file)).hasSize(1);
  }

  @Test
  void R_PTS_2_aClosedJournalRefusesEveryRequestAndClosingTwiceIsHarmless() throws Exception {
    Path file = dir.resolve("points.jsonl");
    LedgerStore journal = LedgerStore.journal(file);
    PointsLedger ledger = open(journal);
    ledger.open(AccountId.household(WANG));
    LedgerRecord kept = ledger.records().get(ledger.records().size() - 1);
    journal.close();
    journal.close(); // a no-op, not an error
    PointsException append = org.assertj.core.api.Assertions.catchThrowableOfType(
        PointsException.class, () -> journal.append(kept));
    assertThat(append.error()).isEqualTo(PointsError.JOURNAL_IO);
    assertThat(append.getMessage()).contains(file.toString()).contains("the journal is closed");
    PointsException replay = org.assertj.core.api.Assertions.catchThrowableOfType(
        PointsException.class, () -> journal.replay(r -> { }));
    assertThat(replay.error()).isEqualTo(PointsError.JOURNAL_IO);
    assertThat(replay.getMessage()).contains("the journal is closed");
    // nothing was written after the close: the file holds the records acknowledged before it
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(ledger.records().size());
    assertThat(journal.toString()).isEqualTo("LedgerStore.journal(" + file + ")");
  }

  @Test
  void R_PTS_2_aJournalThatCannotBeOpenedIsATypedErrorNamingTheFile() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("not-a-file"));
    PointsException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        PointsException.class, () -> LedgerStore.journal(folder));
    assertThat(e.error()).isEqualTo(PointsError.JOURNAL_IO);
    assertThat(e.getMessage()).contains(folder.toString());
    assertThat(e.getCause()).isNotNull();
    Path missingParent = dir.resolve("no-such-dir").resolve("points.jsonl");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(PointsException.class,
        () -> LedgerStore.journal(missingParent)).error()).isEqualTo(PointsError.JOURNAL_IO);
    assertThat(missingParent).doesNotExist();
  }

  @Test
  void R_PTS_2_anEmptyJournalOrOneOfOnlyATornLineOpensEmptyAndIsCutBackToNothing()
      throws Exception {
    Path empty = dir.resolve("empty.jsonl");
    try (LedgerStore journal = LedgerStore.journal(empty)) {
      assertThat(open(journal).records()).isEmpty();
    }
    assertThat(empty).exists().isEmptyFile();
    Path torn = dir.resolve("torn.jsonl");
    Files.write(torn, "{\"record\":\"posting\",\"id\":\"e-".getBytes(StandardCharsets.UTF_8));
    try (LedgerStore journal = LedgerStore.journal(torn)) {
      assertThat(open(journal).records()).isEmpty();
    }
    assertThat(torn).isEmptyFile();
  }
}
