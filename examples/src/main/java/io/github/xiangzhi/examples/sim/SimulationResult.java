package io.github.xiangzhi.examples.sim;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * 模拟结果 — the counts of a simulation and their two CSV files.
 *
 * <p>{@code runs.csv}: a header, then one row per run and year (both from 1):
 *
 * <pre>
 * run,year,households,participants,starred,high_starred,stars_added,stars_removed,villages,
 *   participation_met,starred_met,high_starred_met,all_met,
 *   participation_share,starred_share,high_starred_share,all_share
 * </pre>
 *
 * (one line in the file) — household counts, the stars added and removed at the year-end
 * adjustment, the villages meeting each target and all three, and those counts as shares of the
 * villages.
 *
 * <p>{@code summary.csv}: {@code year,target,mean,p5,p95}, one row per year and target ({@code
 * participation}, {@code starred}, {@code high_starred}, {@code all}): the mean share of villages
 * meeting it over the runs and the 5th and 95th percentiles (nearest rank: the ⌈qR⌉-th smallest of
 * the R runs' shares).
 *
 * <p>Every share is an exact fraction of integer counts written with {@value #SCALE} decimals,
 * rounded half to even, with {@code .} as the separator whatever the locale: the same counts always
 * give the same bytes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SimulationResult {

  /** Decimals of the shares written. */
  public static final int SCALE = 6;

  /** The targets as summary.csv names them, with their tally fields. */
  public static final List<String> TARGETS =
      List.of("participation", "starred", "high_starred", "all");
  private static final int[] TARGET_FIELDS = {Tally.PARTICIPATION_MET, Tally.STARRED_MET,
      Tally.HIGH_STARRED_MET, Tally.ALL_MET};

  private final SimulationSize size;
  private final String schemeCode;
  private final Tally tally;

  SimulationResult(SimulationSize size, String schemeCode, Tally tally) {
    this.size = size;
    this.schemeCode = schemeCode;
    this.tally = new Tally(tally.runs(), tally.years()).add(tally);
  }

  /** The size simulated. */
  public SimulationSize size() {
    return size;
  }

  /** The code of the scheme simulated. */
  public String schemeCode() {
    return schemeCode;
  }

  /** The count {@code field} of {@link Tally} for {@code run} and {@code year} (from 0). */
  public long count(int run, int year, int field) {
    return tally.get(run, year, field);
  }

  /** Villages meeting target {@code target} (an index into {@link #TARGETS}) in each run. */
  long[] meeting(int year, int target) {
    long[] out = new long[size.runs()];
    for (int run = 0; run < out.length; run++) {
      out[run] = tally.get(run, year, TARGET_FIELDS[target]);
    }
    return out;
  }

  /** The mean share over the runs of villages meeting {@code target} in {@code year}. */
  public BigDecimal mean(int year, int target) {
    long sum = 0;
    for (long count : meeting(year, target)) {
      sum += count;
    }
    return share(sum, (long) size.villages() * size.runs());
  }

  /** The {@code percent}-th percentile (nearest rank) over the runs. */
  public BigDecimal percentile(int year, int target, int percent) {
    long[] counts = meeting(year, target);
    Arrays.sort(counts);
    int rank = (int) Math.max(1, ((long) percent * counts.length + 99) / 100);
    return share(counts[rank - 1], size.villages());
  }

  /** {@code count / total} with {@link #SCALE} decimals. */
  static BigDecimal share(long count, long total) {
    return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), SCALE,
        RoundingMode.HALF_EVEN);
  }

  /** Writes runs.csv. */
  public void writeRuns(Writer out) throws IOException {
    out.write("run,year,households,participants,starred,high_starred,stars_added,"
        + "stars_removed,villages,participation_met,starred_met,high_starred_met,all_met,"
        + "participation_share,starred_share,high_starred_share,all_share\n");
    StringBuilder line = new StringBuilder(256);
    for (int run = 0; run < size.runs(); run++) {
      for (int year = 0; year < size.years(); year++) {
        line.setLength(0);
        line.append(run + 1).append(',').append(year + 1).append(',').append(size.households());
        for (int field : new int[] {Tally.PARTICIPANTS, Tally.STARRED, Tally.HIGH_STARRED,
            Tally.STARS_ADDED, Tally.STARS_REMOVED}) {
          line.append(',').append(tally.get(run, year, field));
        }
        line.append(',').append(size.villages());
        for (int field : TARGET_FIELDS) {
          line.append(',').append(tally.get(run, year, field));
        }
        for (int field : TARGET_FIELDS) {
          line.append(',').append(share(tally.get(run, year, field), size.villages())
              .toPlainString());
        }
        line.append('\n');
        out.write(line.toString());
      }
    }
  }

  /** Writes summary.csv. */
  public void writeSummary(Writer out) throws IOException {
    out.write("year,target,mean,p5,p95\n");
    for (int year = 0; year < size.years(); year++) {
      for (int target = 0; target < TARGETS.size(); target++) {
        out.write((year + 1) + "," + TARGETS.get(target) + ","
            + mean(year, target).toPlainString() + ","
            + percentile(year, target, 5).toPlainString() + ","
            + percentile(year, target, 95).toPlainString() + "\n");
      }
    }
  }

  /** Writes runs.csv and summary.csv into {@code directory} (UTF-8, {@code \n} line ends). */
  public void writeCsv(Path directory) throws IOException {
    try (Writer out = Files.newBufferedWriter(directory.resolve("runs.csv"),
        StandardCharsets.UTF_8)) {
      writeRuns(out);
    }
    try (Writer out = Files.newBufferedWriter(directory.resolve("summary.csv"),
        StandardCharsets.UTF_8)) {
      writeSummary(out);
    }
  }

  @Override
  public String toString() {
    return "SimulationResult[" + schemeCode + ", " + size + "]";
  }
}
