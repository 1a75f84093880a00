package io.github.xiangzhi.rating.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.rating.points.LedgerRecord;
import io.github.xiangzhi.rating.points.LedgerStore;
import io.github.xiangzhi.rating.points.PointsError;
import io.github.xiangzhi.rating.points.PointsException;
import io.github.xiangzhi.rating.points.PointsLedger;
import io.github.xiangzhi.rating.points.PointsPolicy;
import io.github.xiangzhi.rating.points.PointsSection;
import io.github.xiangzhi.testkit.core.TestClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Jazzer fuzz test of the points journal reader (R-PTS-2): any file opens with a torn last line
 * cut off, then replays to records, each writing back to the JSON it came from, or is refused
 * with {@link PointsError#JOURNAL_MALFORMED} naming the line; a ledger rebuilt from the records
 * either comes up conserving points or refuses them with a typed {@link PointsException}; never
 * another exception. A plain build replays the committed corpus; fuzz for real with {@code
 * JAZZER_FUZZ=1 ./mvnw -pl rating -am test -Dtest=JournalFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class JournalFuzzTest {
  private static final PointsPolicy POLICY = preset();

  private static PointsPolicy preset() {
    try {
      return XiangzhiJson.newYamlMapper().readValue(
          new PointsSection().presets().get("MORAL_SAVINGS_BANK"), PointsPolicy.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void R_PTS_2_anyJournalReplaysOrNamesTheBadLine(@NotNull String text) throws IOException {
    Path dir = Files.createTempDirectory("journal-fuzz");
    Path file = dir.resolve("points.jsonl");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      long completeLines = text.chars().filter(c -> c == '\n').count();
      List<LedgerRecord> records;
      try (LedgerStore store = LedgerStore.journal(file)) {
        try {
          records = store.records();
        } catch (PointsException e) {
          assertThat(e.error()).isEqualTo(PointsError.JOURNAL_MALFORMED);
          assertThat(e.message(Locale.CHINA)).isNotBlank();
          assertThat(e.getMessage()).contains("line");
          return;
        }
        assertThat((long) records.size()).isEqualTo(completeLines);
        for (LedgerRecord r : records) {
          String json = XiangzhiJson.newMapper().writeValueAsString(r);
          assertThat(XiangzhiJson.newMapper().readValue(json, LedgerRecord.class)).isEqualTo(r);
        }
        try {
          PointsLedger ledger = PointsLedger.builder().policy(POLICY)
              .clock(new TestClock(Instant.parse("2030-01-01T00:00:00Z"))).store(store).build();
          assertThat(ledger.totals().isConserved()).isTrue();
          assertThat(ledger.records()).hasSameSizeAs(records);
        } catch (PointsException e) {
          assertThat(e.message(Locale.CHINA)).isNotBlank();
        }
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }
}
