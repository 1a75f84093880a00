package io.github.xiangzhi.examples.sim;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.rating.star.EvidenceTable;
import io.github.xiangzhi.rating.star.StarEngine;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.ValueType;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.rating.star.target.TargetCheck;
import io.github.xiangzhi.rating.star.target.TargetKind;
import io.github.xiangzhi.rating.star.target.TargetRules;
import java.math.BigDecimal;
import java.util.function.LongConsumer;

/**
 * The same simulation as {@link Simulation} — the same villages, households and evidence, drawn
 * from the same seeds — rated through the rating module's public batch path: each village-year's
 * evidence is put into an {@link EvidenceTable} through its checked {@link EvidenceTable.Builder}
 * setters and rated with {@link StarEngine#evaluateInto}; the targets are checked with {@link
 * TargetCheck#of}.
 *
 * <p>Two uses: the tests hold {@link Simulation}'s compiled rating to it (equal tallies on random
 * schemes), and {@code SimulationBenchmark} runs it as the baseline. Why {@link Simulation} does
 * not simply call the engine: the public batch path takes evidence through setters that look each
 * input up by code and check its value, and copies the columns on {@code build()}; for the 35 inputs
 * of the Changzhi scheme that costs several times the whole budget of a household-year at 20
 * million a second (docs/PERFORMANCE.md has the ratio).
 *
 * <p>Villages are simulated on the caller's thread. This class is immutable and thread-safe.
 */
public final class EngineSimulation {
  private final Simulation simulation;
  private final StarScheme scheme;
  private final TargetRules targets;
  private final StarEngine engine = StarEngine.create();

  private EngineSimulation(Simulation simulation, RatingPolicy policy) {
    this.simulation = simulation;
    this.scheme = policy.scheme();
    this.targets = policy.targets();
  }

  /** The engine-rated simulation of {@code size} under {@code policy} with {@code settings}. */
  public static EngineSimulation of(RatingPolicy policy, SimulationSettings settings,
      SimulationSize size) {
    checkNotNull(policy, "policy");
    return new EngineSimulation(Simulation.of(policy, settings, size), policy);
  }

  /** Runs every village of every run on the caller's thread. */
  public SimulationResult run(LongConsumer progress) {
    checkNotNull(progress, "progress");
    SimulationSize size = simulation.size();
    Tally tally = simulation.newTally();
    Village village = new Village();
    for (int run = 0; run < size.runs(); run++) {
      for (int v = 0; v < size.villages(); v++) {
        progress.accept(village.simulate(run, v, tally));
      }
    }
    return simulation.result(tally);
  }

  /** One village at a time: the drawing worker and the tables of its years. */
  private final class Village implements Simulation.Observer {
    private final Simulation.Worker worker = simulation.worker(this, false);
    private final Tally scratch = simulation.newTally();
    private EvidenceTable.Builder[] years;
    private boolean[][] tookPart;

    long simulate(int run, int v, Tally tally) {
      SimulationSize size = simulation.size();
      int households = size.householdsOf(v);
      years = new EvidenceTable.Builder[size.years()];
      tookPart = new boolean[size.years()][households];
      for (int y = 0; y < years.length; y++) {
        years[y] = EvidenceTable.builder(scheme, households);
      }
      long householdYears = worker.village(run, v, scratch);
      byte[] totals = new byte[households];
      long[] masks = new long[households];
      long[] previous = new long[households];
      for (int y = 0; y < years.length; y++) {
        engine.evaluateInto(scheme, years[y].build(), totals, masks);
        long participants = 0;
        long starred = 0;
        long high = 0;
        long added = 0;
        long removed = 0;
        for (int h = 0; h < households; h++) {
          if (!tookPart[y][h]) {
            previous[h] = 0;
            continue;
          }
          participants++;
          starred += totals[h] > 0 ? 1 : 0;
          high += totals[h] >= targets.highStars() ? 1 : 0;
          added += Long.bitCount(masks[h] & ~previous[h]);
          removed += Long.bitCount(previous[h] & ~masks[h]);
          previous[h] = masks[h];
        }
        boolean participation =
            met(TargetKind.PARTICIPATION, participants, households, targets.participation());
        boolean someStarred = met(TargetKind.STARRED, starred, households, targets.starred());
        boolean highStarred = met(TargetKind.HIGH_STARRED, high, starred, targets.highStarred());
        tally.add(run, y, Tally.PARTICIPANTS, participants);
        tally.add(run, y, Tally.STARRED, starred);
        tally.add(run, y, Tally.HIGH_STARRED, high);
        tally.add(run, y, Tally.STARS_ADDED, added);
        tally.add(run, y, Tally.STARS_REMOVED, removed);
        tally.add(run, y, Tally.PARTICIPATION_MET, participation ? 1 : 0);
        tally.add(run, y, Tally.STARRED_MET, someStarred ? 1 : 0);
        tally.add(run, y, Tally.HIGH_STARRED_MET, highStarred ? 1 : 0);
        tally.add(run, y, Tally.ALL_MET, participation && someStarred && highStarred ? 1 : 0);
      }
      return householdYears;
    }

    private boolean met(TargetKind kind, long count, long base, Share share) {
      return TargetCheck.of(kind, count, base, share).met();
    }

    @Override
    public void householdYear(int run, int village, int household, int year, boolean took,
        int[] row, long mask) {
      if (!took) {
        return;
      }
      tookPart[year][household] = true;
      EvidenceTable.Builder b = years[year];
      for (int i = 0; i < row.length; i++) {
        int value = row[i];
        if (value == Simulation.MISSING) {
          continue;
        }
        String code = simulation.inputCodes[i];
        ValueType type = simulation.inputTypes[i];
        if (type == ValueType.BOOLEAN) {
          b.set(household, code, value > 0);
        } else if (type == ValueType.COUNT) {
          b.set(household, code, (long) value);
        } else {
          b.set(household, code, BigDecimal.valueOf(value, simulation.scale));
        }
      }
    }
  }
}
