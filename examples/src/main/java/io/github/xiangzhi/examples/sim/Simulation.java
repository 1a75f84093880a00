package io.github.xiangzhi.examples.sim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.rating.star.Bonus;
import io.github.xiangzhi.rating.star.SchemeLayout;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.ValueType;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.rating.star.target.TargetRules;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * 政策模拟 — a Monte Carlo of the ten-star system (R-STAR-1 to 7) under a profile's {@link
 * StarScheme} and village {@link TargetRules}: synthetic villages of synthetic households, rated
 * every year, adjusted at year end (能上能下) and counted against the village targets (R-STAR-5).
 *
 * <h2>The model</h2>
 *
 * <p>All parameters come from {@link SimulationSettings} (profile section {@code simulation});
 * "logistic(x)" is 1/(1+e<sup>−x</sup>) and "logit" its inverse.
 *
 * <ol>
 *   <li><b>Villages.</b> The households are split into villages as {@link SimulationSize} says.
 *       Each village draws two shifts, one for its households' conduct and one for their
 *       participation, each {@code villageSpread × L} with L a standard logistic variable.
 *   <li><b>Households.</b> Each household draws, once, a propensity per category {@code c}: {@code
 *       logistic(logit(propensity(c)) + village shift + householdSpread × L)}, and likewise a
 *       participation propensity around {@code participation}. The household's L is drawn from
 *       1,024 equally likely quantiles of the logistic distribution. With both spreads 0 every
 *       household has exactly the median propensity. It also draws its <em>tags</em>: each
 *       yes-or-no fact of the scheme that triggers a bonus (退役军人户, 道德模范户, R-STAR-7) and that
 *       no indicator reads holds for the household with probability {@link
 *       SimulationSettings#tagShare(String)}, for good.
 *   <li><b>Years.</b> In year {@code y} (from 1) each propensity p becomes {@code 1 − (1 − p) × (1
 *       − improvement)^(y−1)}: the campaign closes a share of the gap every year. As a threshold
 *       for 16-bit draws this is {@code t = ⌊65,536 − g × (1 − improvement)^(y−1)⌋}, in doubles,
 *       with {@code g = 65,536 / (1 + the household's odds)} its gap in year 1; an event of the
 *       year happens with probability exactly t/65,536 (tags and events likewise with {@code
 *       ⌊65,536 × share⌋}). The
 *       household takes part with its participation propensity; a household that does not take
 *       part is not rated, holds no star that year and, like {@code StarRegister.adjust}, starts
 *       afresh the next time it takes part.
 *   <li><b>Evidence.</b> A household that takes part gets evidence for every input of the scheme
 *       (each own-value indicator and each fact an indicator reads), drawn with the propensity of
 *       the indicator's category: a yes-or-no indicator holds with that probability; a threshold
 *       indicator ({@code atLeast}/{@code atMost}) gets the threshold itself (met) or one unit
 *       beyond it (missed); a per-unit count gets a binomial count of {@code cap} trials. A fact
 *       read by several indicators is drawn for the first. Each yes-or-no fact that triggers a
 *       veto and is neither read nor a tag is an <em>event</em> (刑事犯罪, 道德黑榜) with yearly
 *       probability {@link SimulationSettings#eventRate(String)}; a count or number that triggers
 *       a veto gets its threshold when the event happens and one unit below otherwise. Other
 *       facts have no value.
 *   <li><b>Order of the draws.</b> A village's households are simulated in blocks of 64 (the
 *       last block holds the rest), all years of a block before the next block, and each draw of
 *       a year is made for the whole block at once (bit-sliced, {@link BitSlices#below}): a
 *       16-bit uniform u per household, compared with the household's threshold t, and the
 *       households' u drawn together, bit by bit from the most significant, one 64-bit output
 *       per bit (bit l of the output is household l's bit), only while some household of the
 *       draw is still undecided (its u and t equal so far); a household whose t is 65,536 is
 *       decided without a bit. Within a village: two outputs for the village's shifts; then per
 *       block, first each household in order draws its tags, its category quantiles in scheme
 *       order and its participation quantile (16-bit draws, four from each output, high quarter
 *       first, the block starting on a fresh output); then, year by year, the block draws
 *       participation (all its households), then the inputs drawn against one threshold
 *       (yes-or-no and threshold indicators, events) in input order, then the per-unit counts in
 *       input order, {@code cap} draws each, those three among the households taking part.
 *   <li><b>Stars.</b> The evidence is rated exactly as {@link
 *       io.github.xiangzhi.rating.star.StarEngine#evaluate} rates it: indicator points plus
 *       bonuses against each pass mark, the maximum, the vetoes, the required categories. Why
 *       not call the engine: its public batch path takes evidence through checked setters that
 *       look each input up by code, and copies the columns; that alone costs several times the
 *       budget of a household-year (the baseline of {@code SimulationBenchmark}). So the scheme is
 *       compiled here for 64 households at once ({@link SlicedScheme}), and the tests hold it to
 *       the engine: {@link EngineSimulation}
 *       (the same draws rated by {@code StarEngine.evaluateInto}) gives equal tallies on random
 *       schemes, and a naive reference with {@code StarEngine.evaluate}, {@code
 *       StarRegister.adjust} and {@code TargetCheck} equal ones on the Changzhi scheme.
 *   <li><b>Adjustment and targets.</b> Stars earned and not held the year before are added,
 *       stars held and not earned are removed (R-STAR-4). Each village is checked against the
 *       three targets in exact integer arithmetic, as {@code TargetReport} does: participants of
 *       all households, starred of all households, high-starred of starred (a village without a
 *       starred household misses that target).
 * </ol>
 *
 * <h2>Randomness and determinism</h2>
 *
 * <p>Each village of each run draws from its own {@link SplitMix} stream seeded with {@link
 * Seeds#village}, in the order above, so the counts of a run depend only on the seed and the
 * inputs. Villages are simulated in parallel in blocks and their integer counts added, which
 * commutes: one seed gives the same {@link Tally} whatever the number of threads or machines.
 * Floating-point steps use only IEEE-exact operations and {@link StrictMath}.
 *
 * <p>Performance notes: households are simulated 64 at a time, as the 64 bits of a {@code long}
 * ({@link BitSlices}): a year's thresholds of a block are converted once per household and
 * category, then transposed into bit-planes; a draw for 64 households takes about 7 outputs of
 * the generator and a few word operations each; the rating adds each indicator's points to
 * bit-sliced counters, 64 households per word operation ({@link SlicedScheme}). Nothing is
 * allocated per household or village: one random stream and a few kilobytes of arrays per
 * worker. See docs/PERFORMANCE.md for household-years per second.
 *
 * <p>This class is immutable and thread-safe; it is {@link Serializable} so a Spark job can ship it
 * to its executors.
 */
public final class Simulation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The value of an input without evidence, as in the engine's columns. */
  static final int MISSING = Integer.MIN_VALUE;

  static final int FLAG = SchemeLayout.FLAG;
  static final int AT_LEAST = SchemeLayout.AT_LEAST;
  static final int AT_MOST = SchemeLayout.AT_MOST;
  static final int PER_UNIT = SchemeLayout.PER_UNIT;

  /** How an input's yearly value is drawn. */
  static final int GEN_FLAG = 0;
  static final int GEN_VALUE = 1;
  static final int GEN_UNITS = 2;
  static final int GEN_TAG = 3;
  static final int GEN_EVENT = 4;
  static final int GEN_ABSENT = 5;

  /** Households' logistic quantiles: 2^10 equally likely values. */
  static final int NOISE_BITS = 10;
  /** The draws: 16-bit uniforms, four from each 64-bit output. */
  static final int DRAW_BITS = 16;
  private static final double DRAW_RANGE = 0x1.0p16;
  /**
   * Villages per work item of the parallel loop. Small, so the tasks finish together: with 16, a
   * run of 10,000 households (34 villages) was three items for two threads, one thread doing two
   * thirds of the work. A village is about 1,500 household-years (0.15 ms), against one atomic
   * increment and one progress report per item.
   */
  static final int BLOCK_VILLAGES = 2;

  private final SimulationSize size;
  private final String schemeCode;

  // the scheme, compiled as the engine compiles it
  final int categoryCount;
  final int maxStars;
  final long requiredMask;
  final int[] passMark;
  final String[] inputCodes;
  final ValueType[] inputTypes;
  final int scale;
  final int[] categoryStart;
  final int[] indicatorInput;
  final int[] indicatorRule;
  final int[] indicatorWeight;
  final int[] indicatorCap;
  final long[] indicatorThreshold;
  final int[] bonusStart;
  final int[] bonusInput;
  final int[] bonusPoints;
  final int[] vetoInput;
  final long[] vetoThreshold;
  final long[] vetoMask;
  final int highStars;
  final ExactShare participationTarget;
  final ExactShare starredTarget;
  final ExactShare highStarredTarget;

  // how each input is drawn
  final int[] genKind;
  final int[] genCategory;
  final int[] genGood;
  final int[] genBad;
  final int[] genCap;
  final int[] genTag;
  final long[] genEventThreshold;
  final long[] tagThreshold;

  // the same, laid out for the hot loop
  final int[] simpleInput;
  final int[] simpleSlot;
  final int[] simpleBad;
  final int[] simpleDelta;
  final int[] unitInput;
  final int[] unitSlot;
  final int[] unitCount;
  final int[] tagInput;
  final int[] tagBit;
  final long[] eventThreshold;
  final int[] rangeInput;
  final long[] rangeLow;
  final long[] rangeHigh;
  final int[] rangeWeight;
  final int[] rangeCategory;
  final int[] perUnitInput;
  final int[] perUnitCap;
  final int[] perUnitWeight;
  final int[] perUnitCategory;

  // propensities
  final double[] categoryOdds;
  final double participationOdds;
  final double villageSpread;
  final double[] noise;
  final double[] keep;

  /** The scheme compiled for 64 households at once. */
  final SlicedScheme sliced;

  private Simulation(RatingPolicy policy, SimulationSettings settings, SimulationSize size) {
    StarScheme scheme = policy.scheme();
    TargetRules targets = policy.targets();
    this.size = size;
    this.schemeCode = scheme.code();
    // the scheme as the engine compiled it, so the simulator scores exactly as StarEngine does
    SchemeLayout layout = SchemeLayout.of(scheme);
    this.scale = layout.numberScale();
    this.categoryCount = layout.categoryCount();
    this.maxStars = layout.maxStars();
    this.passMark = layout.passMarks();
    this.requiredMask = layout.requiredMask();
    this.inputCodes = layout.inputCodes();
    this.inputTypes = layout.inputTypes();
    this.categoryStart = layout.categoryStart();
    int[] owner = layout.indicatorCategory();
    int n = owner.length;
    this.indicatorInput = layout.indicatorInput();
    this.indicatorRule = layout.indicatorRule();
    this.indicatorWeight = layout.indicatorWeight();
    this.indicatorCap = layout.indicatorCap();
    this.indicatorThreshold = layout.indicatorThreshold();
    this.bonusStart = layout.bonusStart();
    this.bonusInput = layout.bonusInput();
    this.bonusPoints = layout.bonusPoints();
    this.vetoInput = layout.vetoInput();
    this.vetoThreshold = layout.vetoThreshold();
    this.vetoMask = layout.vetoMask();
    int vetoes = vetoInput.length;
    Map<String, Integer> inputIndex = new HashMap<>();
    for (int i = 0; i < inputCodes.length; i++) {
      inputIndex.put(inputCodes[i], i);
    }

    this.highStars = targets.highStars();
    this.participationTarget = new ExactShare(targets.participation());
    this.starredTarget = new ExactShare(targets.starred());
    this.highStarredTarget = new ExactShare(targets.highStarred());

    // how each input is drawn: by the first indicator reading it, as a tag, as an event, or not
    int inputCount = inputCodes.length;
    this.genKind = new int[inputCount];
    this.genCategory = new int[inputCount];
    this.genGood = new int[inputCount];
    this.genBad = new int[inputCount];
    this.genCap = new int[inputCount];
    this.genTag = new int[inputCount];
    this.genEventThreshold = new long[inputCount];
    java.util.Arrays.fill(genKind, GEN_ABSENT);
    boolean[] drawn = new boolean[inputCount];
    for (int i = 0; i < n; i++) {
      int input = indicatorInput[i];
      if (drawn[input]) {
        continue;
      }
      drawn[input] = true;
      genCategory[input] = owner[i];
      switch (indicatorRule[i]) {
        case FLAG:
          genKind[input] = GEN_FLAG;
          break;
        case PER_UNIT:
          genKind[input] = GEN_UNITS;
          genCap[input] = indicatorCap[i];
          break;
        case AT_LEAST:
          genKind[input] = GEN_VALUE;
          genGood[input] = clamp(indicatorThreshold[i], inputTypes[input]);
          genBad[input] = clamp(indicatorThreshold[i] - 1, inputTypes[input]);
          break;
        case AT_MOST:
          genKind[input] = GEN_VALUE;
          genGood[input] = clamp(indicatorThreshold[i], inputTypes[input]);
          genBad[input] = clamp(indicatorThreshold[i] + 1, inputTypes[input]);
          break;
        default:
          throw new AssertionError(indicatorRule[i]);
      }
    }
    List<Long> tags = new ArrayList<>();
    for (Bonus bonus : scheme.bonuses()) {
      int input = inputIndex.get(bonus.trigger());
      if (!drawn[input]) {
        drawn[input] = true;
        genKind[input] = GEN_TAG;
        genTag[input] = tags.size();
        tags.add(threshold(settings.tagShare(inputCodes[input])));
      }
    }
    this.tagThreshold = tags.stream().mapToLong(Long::longValue).toArray();
    for (int v = 0; v < vetoes; v++) {
      int input = vetoInput[v];
      if (!drawn[input]) {
        drawn[input] = true;
        genKind[input] = GEN_EVENT;
        genEventThreshold[input] = threshold(settings.eventRate(inputCodes[input]));
        genGood[input] = clamp(vetoThreshold[v], inputTypes[input]);
        genBad[input] = clamp(vetoThreshold[v] - 1, inputTypes[input]);
      }
    }
    // several vetoes on one count: the event sets the lowest threshold of them
    for (int v = 0; v < vetoes; v++) {
      int input = vetoInput[v];
      if (genKind[input] == GEN_EVENT) {
        genGood[input] = Math.min(genGood[input], clamp(vetoThreshold[v], inputTypes[input]));
        genBad[input] = Math.min(genBad[input], clamp(vetoThreshold[v] - 1, inputTypes[input]));
      }
    }

    // the hot loop's layout: inputs drawn against a threshold (flags, values, events) in input
    // order, then per-unit counts in input order; tags are set once per household
    int simple = 0;
    int units = 0;
    int tagged = 0;
    List<Integer> eventSlots = new ArrayList<>();
    for (int i = 0; i < inputCount; i++) {
      switch (genKind[i]) {
        case GEN_FLAG:
        case GEN_VALUE:
        case GEN_EVENT:
          simple++;
          break;
        case GEN_UNITS:
          units++;
          break;
        case GEN_TAG:
          tagged++;
          break;
        default:
          break;
      }
    }
    this.simpleInput = new int[simple];
    this.simpleSlot = new int[simple];
    this.simpleBad = new int[simple];
    this.simpleDelta = new int[simple];
    this.unitInput = new int[units];
    this.unitSlot = new int[units];
    this.unitCount = new int[units];
    this.tagInput = new int[tagged];
    this.tagBit = new int[tagged];
    List<Long> events = new ArrayList<>();
    int si = 0;
    int ui = 0;
    int ti = 0;
    for (int i = 0; i < inputCount; i++) {
      switch (genKind[i]) {
        case GEN_FLAG:
          simpleInput[si] = i;
          simpleSlot[si] = genCategory[i];
          simpleBad[si] = 0;
          simpleDelta[si++] = 1;
          break;
        case GEN_VALUE:
          simpleInput[si] = i;
          simpleSlot[si] = genCategory[i];
          simpleBad[si] = genBad[i];
          simpleDelta[si++] = genGood[i] - genBad[i];
          break;
        case GEN_EVENT:
          simpleInput[si] = i;
          simpleSlot[si] = categoryCount + events.size();
          events.add(genEventThreshold[i]);
          simpleBad[si] = genBad[i];
          simpleDelta[si++] = genGood[i] - genBad[i];
          break;
        case GEN_UNITS:
          unitInput[ui] = i;
          unitSlot[ui] = genCategory[i];
          unitCount[ui++] = genCap[i];
          break;
        case GEN_TAG:
          tagInput[ti] = i;
          tagBit[ti++] = genTag[i];
          break;
        default:
          break;
      }
    }
    this.eventThreshold = events.stream().mapToLong(Long::longValue).toArray();

    // indicators and bonuses as ranges (lo ≤ value ≤ hi scores the weight in the category), and
    // per-unit counts, each in one flat list so the hot loop has no short inner loops
    List<long[]> ranges = new ArrayList<>();
    List<int[]> perUnit = new ArrayList<>();
    for (int c = 0; c < categoryCount; c++) {
      for (int i = categoryStart[c]; i < categoryStart[c + 1]; i++) {
        switch (indicatorRule[i]) {
          case FLAG:
            ranges.add(new long[] {indicatorInput[i], 1, Integer.MAX_VALUE, indicatorWeight[i], c});
            break;
          case AT_LEAST:
            ranges.add(new long[] {indicatorInput[i], indicatorThreshold[i], Integer.MAX_VALUE,
                indicatorWeight[i], c});
            break;
          case AT_MOST:
            ranges.add(new long[] {indicatorInput[i], Integer.MIN_VALUE, indicatorThreshold[i],
                indicatorWeight[i], c});
            break;
          default:
            perUnit.add(new int[] {indicatorInput[i], indicatorCap[i], indicatorWeight[i], c});
            break;
        }
      }
      // a bonus scores when its yes-or-no trigger holds (R-STAR-7)
      for (int b = bonusStart[c]; b < bonusStart[c + 1]; b++) {
        ranges.add(new long[] {bonusInput[b], 1, Integer.MAX_VALUE, bonusPoints[b], c});
      }
    }
    this.rangeInput = ranges.stream().mapToInt(r -> (int) r[0]).toArray();
    this.rangeLow = ranges.stream().mapToLong(r -> r[1]).toArray();
    this.rangeHigh = ranges.stream().mapToLong(r -> r[2]).toArray();
    this.rangeWeight = ranges.stream().mapToInt(r -> (int) r[3]).toArray();
    this.rangeCategory = ranges.stream().mapToInt(r -> (int) r[4]).toArray();
    this.perUnitInput = perUnit.stream().mapToInt(r -> r[0]).toArray();
    this.perUnitCap = perUnit.stream().mapToInt(r -> r[1]).toArray();
    this.perUnitWeight = perUnit.stream().mapToInt(r -> r[2]).toArray();
    this.perUnitCategory = perUnit.stream().mapToInt(r -> r[3]).toArray();

    this.categoryOdds = new double[categoryCount];
    for (int c = 0; c < categoryCount; c++) {
      categoryOdds[c] = odds(settings.propensity(scheme.categories().get(c).code()));
    }
    this.participationOdds = odds(settings.participation());
    this.villageSpread = settings.villageSpread();
    this.noise = new double[1 << NOISE_BITS];
    for (int k = 0; k < noise.length; k++) {
      double u = (k + 0.5) / noise.length;
      // e^(spread × L) for the k-th logistic quantile L = log(u / (1 − u))
      noise[k] = StrictMath.pow(u / (1 - u), settings.householdSpread());
    }
    this.keep = new double[size.years()];
    for (int y = 0; y < keep.length; y++) {
      keep[y] = StrictMath.pow(1 - settings.improvement(), y);
    }
    this.sliced = new SlicedScheme(this);
  }

  /**
   * The simulation of {@code size} under {@code policy}'s scheme and targets with {@code
   * settings}.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException naming (with paths under {@code
   *     /simulation}) a category or fact the settings name that the scheme lacks
   */
  public static Simulation of(RatingPolicy policy, SimulationSettings settings,
      SimulationSize size) {
    checkNotNull(policy, "policy");
    checkNotNull(settings, "settings");
    checkNotNull(size, "size");
    ValueChecks checks = new ValueChecks();
    settings.checkAgainst(policy.scheme(), checks);
    checks.throwIfAny();
    return new Simulation(policy, settings, size);
  }

  /** The size simulated. */
  public SimulationSize size() {
    return size;
  }

  /** The code of the scheme simulated. */
  public String schemeCode() {
    return schemeCode;
  }

  /** An empty tally of this simulation's shape. */
  public Tally newTally() {
    return new Tally(size.runs(), size.years());
  }

  /**
   * Runs every run on the caller's thread, reporting household-years done to {@code progress} as
   * blocks of villages finish.
   */
  public SimulationResult run(LongConsumer progress) {
    checkNotNull(progress, "progress");
    Tally tally = newTally();
    work(new AtomicLong(), items(), blocksPerRun(), tally, progress);
    return result(tally);
  }

  /**
   * Runs every run as {@code tasks} tasks on {@code executor}, which the caller owns (creates and
   * shuts down), reporting household-years done to {@code progress} (from any thread) as blocks of
   * villages finish. The tasks take blocks of {@value #BLOCK_VILLAGES} villages from a shared
   * counter; each adds into a tally of its own, and the tallies are summed at the end, so the
   * result does not depend on {@code tasks} or on the executor.
   */
  public SimulationResult run(ExecutorService executor, int tasks, LongConsumer progress) {
    checkNotNull(executor, "executor");
    checkArgument(tasks >= 1, "tasks must be positive: %s", tasks);
    checkNotNull(progress, "progress");
    int blocksPerRun = blocksPerRun();
    long items = items();
    AtomicLong next = new AtomicLong();
    List<Future<Tally>> parts = new ArrayList<>();
    try {
      for (int t = 0; t < tasks; t++) {
        parts.add(executor.submit(() -> {
          Tally tally = newTally();
          work(next, items, blocksPerRun, tally, progress);
          return tally;
        }));
      }
      Tally total = newTally();
      for (Future<Tally> part : parts) {
        total.add(part.get());
      }
      return result(total);
    } catch (InterruptedException e) {
      parts.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      next.set(items);
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  private int blocksPerRun() {
    return (size.villages() + BLOCK_VILLAGES - 1) / BLOCK_VILLAGES;
  }

  private long items() {
    return (long) blocksPerRun() * size.runs();
  }

  private void work(AtomicLong next, long items, int blocksPerRun, Tally tally,
      LongConsumer progress) {
    Worker worker = new Worker(null);
    for (long item = next.getAndIncrement(); item < items; item = next.getAndIncrement()) {
      int run = (int) (item / blocksPerRun);
      int from = (int) (item % blocksPerRun) * BLOCK_VILLAGES;
      int to = Math.min(size.villages(), from + BLOCK_VILLAGES);
      long householdYears = worker.simulate(run, from, to, tally);
      progress.accept(householdYears);
    }
  }

  /**
   * Simulates villages {@code from} (inclusive) to {@code to} (exclusive) of run {@code run} (all
   * from 0) into {@code tally}, returning the household-years simulated. For jobs that distribute
   * the villages themselves, such as the Spark job.
   */
  public long simulate(int run, int from, int to, Tally tally) {
    checkArgument(run >= 0 && run < size.runs(), "run out of range: %s", run);
    checkArgument(from >= 0 && from <= to && to <= size.villages(), "villages out of range");
    return new Worker(null).simulate(run, from, to, tally);
  }

  /** The result of {@code tally}, which must be the sum over every village of every run. */
  public SimulationResult result(Tally tally) {
    checkArgument(tally.runs() == size.runs() && tally.years() == size.years(),
        "a tally of another shape");
    return new SimulationResult(size, schemeCode, tally);
  }

  /** A village's household-years one by one, for tests that recount them. */
  interface Observer {
    /**
     * Household {@code household} of {@code village} in year {@code year} (all from 0): {@code
     * row} is its evidence by input ({@link #MISSING} where none; valid only during the call),
     * {@code mask} its stars; a household that did not take part has no row.
     */
    void householdYear(int run, int village, int household, int year, boolean tookPart,
        int[] row, long mask);
  }

  /**
   * The simulator of one thread: a random stream and scratch arrays, reused village by village.
   * It simulates a village's households in blocks of up to 64, each household a lane of the
   * bit-sliced kernels ({@link BitSlices}, {@link SlicedScheme}), year by year.
   */
  final class Worker {
    private final SplitMix random = new SplitMix(0);
    private final Observer observer;
    private final boolean rate;
    private final int[] row = new int[inputCodes.length];
    private final double[] villageOdds = new double[categoryCount];
    /** Per slot (categories, then participation) and lane: 65,536 × (1 − propensity). */
    private final double[] gap = new double[(categoryCount + 1) * 64];
    /** The same as 16-bit thresholds (65,536 at most) of this year, in groups of four slots. */
    private final int[] t;
    /**
     * The thresholds' planes: slot s (categories, participation) has plane b at {@code
     * planeOffset[s] + b}, in groups of four slots transposed together; then the events'.
     */
    private final long[] planes;
    /** Per slot (categories, participation, events): the lanes whose threshold is 65,536. */
    private final long[] full;
    private final int groups;
    private final int[] simpleOffset;
    private final int[] simpleFull;
    private final int[] simpleVec;
    private final int[] unitOffset;
    private final int[] unitFull;
    private final int[] unitPlanes;
    private final int[] unitWidth;
    private final int[] tagVec;
    private final long[] vec = new long[sliced.vecSize];
    private final long[] counter = new long[sliced.scratchSize()];
    private final long[] star = new long[categoryCount];
    private final long[] previous = new long[categoryCount];
    private final int[] participants = new int[size.years()];
    private final int[] starred = new int[size.years()];
    private final int[] high = new int[size.years()];
    private final long[] added = new long[size.years()];
    private final long[] removed = new long[size.years()];

    Worker(Observer observer) {
      this(observer, true);
    }

    /** A worker that rates each household-year if {@code rate}, else only draws its evidence. */
    Worker(Observer observer, boolean rate) {
      this.observer = observer;
      this.rate = rate;
      int slots = categoryCount + 1;
      int events = eventThreshold.length;
      this.groups = (slots + 3) / 4;
      this.t = new int[groups * 4 * 64];
      this.planes = new long[groups * 64 + events * BitSlices.PLANES];
      this.full = new long[slots + events];
      for (int e = 0; e < events; e++) {
        long t = eventThreshold[e];
        full[slots + e] = t >= 1 << DRAW_BITS ? -1L : 0L;
        for (int b = 0; b < BitSlices.PLANES; b++) {
          planes[groups * 64 + e * BitSlices.PLANES + b] = -((t >>> b) & 1);
        }
      }
      simpleOffset = new int[simpleInput.length];
      simpleFull = new int[simpleInput.length];
      simpleVec = new int[simpleInput.length];
      for (int i = 0; i < simpleInput.length; i++) {
        int slot = simpleSlot[i] < categoryCount ? simpleSlot[i] : simpleSlot[i] + 1;
        simpleOffset[i] = planeOffset(slot);
        simpleFull[i] = slot;
        simpleVec[i] = sliced.twoSlot[simpleInput[i]];
      }
      unitOffset = new int[unitInput.length];
      unitFull = new int[unitInput.length];
      unitPlanes = new int[unitInput.length];
      unitWidth = new int[unitInput.length];
      for (int i = 0; i < unitInput.length; i++) {
        unitOffset[i] = planeOffset(unitSlot[i]);
        unitFull[i] = unitSlot[i];
        unitPlanes[i] = sliced.unitPlanes[unitInput[i]];
        unitWidth[i] = sliced.unitWidth[unitInput[i]];
      }
      tagVec = new int[tagThreshold.length];
      for (int t = 0; t < tagInput.length; t++) {
        tagVec[tagBit[t]] = sliced.twoSlot[tagInput[t]];
      }
    }

    /** Where slot {@code slot}'s planes start: four slots of 16 planes per transposed group. */
    private int planeOffset(int slot) {
      int slots = categoryCount + 1;
      return slot < slots ? (slot >>> 2) * 64 + (slot & 3) * BitSlices.PLANES
          : groups * 64 + (slot - slots) * BitSlices.PLANES;
    }

    long simulate(int run, int from, int to, Tally tally) {
      long householdYears = 0;
      for (int v = from; v < to; v++) {
        householdYears += village(run, v, tally);
      }
      return householdYears;
    }

    /** Simulates village {@code v} of {@code run} into {@code tally}; its household-years. */
    long village(int run, int v, Tally tally) {
      SplitMix r = random;
      r.reseed(Seeds.village(size.seed(), run, v));
      int households = size.householdsOf(v);
      int years = size.years();
      double conduct = StrictMath.pow(logisticOdds(r.nextOpenUnit()), villageSpread);
      double organisation = StrictMath.pow(logisticOdds(r.nextOpenUnit()), villageSpread);
      for (int c = 0; c < categoryCount; c++) {
        villageOdds[c] = categoryOdds[c] * conduct;
      }
      double participationVillageOdds = participationOdds * organisation;
      java.util.Arrays.fill(participants, 0);
      java.util.Arrays.fill(starred, 0);
      java.util.Arrays.fill(high, 0);
      java.util.Arrays.fill(added, 0);
      java.util.Arrays.fill(removed, 0);
      for (int first = 0; first < households; first += 64) {
        block(run, v, first, Math.min(64, households - first), participationVillageOdds);
      }
      for (int y = 0; y < years; y++) {
        boolean participation = participationTarget.isMetBy(participants[y], households);
        boolean someStarred = starredTarget.isMetBy(starred[y], households);
        boolean highStarred = highStarredTarget.isMetBy(high[y], starred[y]);
        tally.add(run, y, Tally.PARTICIPANTS, participants[y]);
        tally.add(run, y, Tally.STARRED, starred[y]);
        tally.add(run, y, Tally.HIGH_STARRED, high[y]);
        tally.add(run, y, Tally.STARS_ADDED, added[y]);
        tally.add(run, y, Tally.STARS_REMOVED, removed[y]);
        tally.add(run, y, Tally.PARTICIPATION_MET, participation ? 1 : 0);
        tally.add(run, y, Tally.STARRED_MET, someStarred ? 1 : 0);
        tally.add(run, y, Tally.HIGH_STARRED_MET, highStarred ? 1 : 0);
        tally.add(run, y, Tally.ALL_MET, participation && someStarred && highStarred ? 1 : 0);
      }
      return (long) households * years;
    }

    /**
     * Households {@code first} to {@code first + lanes − 1} (lanes 0 to lanes − 1) of village
     * {@code v}, every year: first each household's tags and propensities (16-bit draws from a
     * fresh output), then year by year participation, the inputs drawn against one threshold in
     * input order and the per-unit counts in input order, each a bit-sliced draw for all lanes.
     */
    private void block(int run, int v, int first, int lanes, double participationVillageOdds) {
      SplitMix r = random;
      long[] vec = this.vec;
      int categories = categoryCount;
      int shift = DRAW_BITS - NOISE_BITS;
      r.left = 0;
      for (int t = 0; t < tagVec.length; t++) {
        vec[tagVec[t]] = 0;
      }
      for (int l = 0; l < lanes; l++) {
        for (int t = 0; t < tagVec.length; t++) {
          vec[tagVec[t]] |= ((r.next16() - tagThreshold[t]) >>> 63) << l;
        }
        for (int c = 0; c < categories; c++) {
          gap[c * 64 + l] = DRAW_RANGE / (1 + villageOdds[c] * noise[(int) (r.next16() >>> shift)]);
        }
        gap[categories * 64 + l] =
            DRAW_RANGE / (1 + participationVillageOdds * noise[(int) (r.next16() >>> shift)]);
      }
      long laneMask = BitSlices.laneMask(lanes);
      int participation = planeOffset(categories);
      java.util.Arrays.fill(previous, 0);
      for (int y = 0; y < size.years(); y++) {
        thresholds(keep[y]);
        long part = BitSlices.below(r, planes, participation, full[categories], laneMask);
        long highStarred = 0;
        if (part != 0) {
          draw(r, part);
          if (rate) {
            sliced.prepare(vec);
            highStarred = sliced.rate(vec, counter, part, star);
          } else {
            java.util.Arrays.fill(star, 0);
          }
        } else {
          java.util.Arrays.fill(star, 0);
        }
        long any = 0;
        long plus = 0;
        long minus = 0;
        for (int c = 0; c < categories; c++) {
          long now = star[c];
          // a household that does not take part starts afresh: no star of its removed
          long before = previous[c] & part;
          any |= now;
          plus += Long.bitCount(now & ~before);
          minus += Long.bitCount(before & ~now);
          previous[c] = now;
        }
        participants[y] += Long.bitCount(part);
        starred[y] += Long.bitCount(any);
        high[y] += Long.bitCount(highStarred);
        added[y] += plus;
        removed[y] += minus;
        if (observer != null) {
          report(run, v, first, lanes, y, part);
        }
      }
    }

    /**
     * This year's thresholds of every slot and lane, as planes, and the lanes whose threshold is
     * 65,536 (propensity 1). Lanes past the block's households get thresholds too, never read.
     */
    private void thresholds(double k) {
      int slots = categoryCount + 1;
      int[] t = this.t;
      double[] gap = this.gap;
      for (int i = 0; i < slots * 64; i++) {
        t[i] = (int) (DRAW_RANGE - gap[i] * k);
      }
      for (int s = 0; s < slots; s++) {
        int any = 0;
        for (int l = s * 64; l < s * 64 + 64; l++) {
          any |= t[l];
        }
        long lanes = 0;
        if (any >>> DRAW_BITS != 0) {
          for (int l = 0; l < 64; l++) {
            lanes |= (long) (t[s * 64 + l] >>> DRAW_BITS) << l;
          }
        }
        full[s] = lanes;
      }
      for (int g = 0; g < groups; g++) {
        BitSlices.planes(t, g * 4 * 64, planes, g * 64);
      }
    }

    /** The evidence of the lanes of {@code part}, which take part this year. */
    private void draw(SplitMix r, long part) {
      long[] vec = this.vec;
      long[] planes = this.planes;
      long[] full = this.full;
      for (int i = 0; i < simpleVec.length; i++) {
        vec[simpleVec[i]] = BitSlices.below(r, planes, simpleOffset[i], full[simpleFull[i]], part);
      }
      for (int i = 0; i < unitPlanes.length; i++) {
        int p = unitPlanes[i];
        int top = p + unitWidth[i] - 1;
        for (int b = p; b <= top; b++) {
          vec[b] = 0;
        }
        int offset = unitOffset[i];
        long fullLanes = full[unitFull[i]];
        for (int j = unitCount[i]; j > 0; j--) {
          BitSlices.increment(vec, p, top, BitSlices.below(r, planes, offset, fullLanes, part));
        }
      }
    }

    private void report(int run, int v, int first, int lanes, int y, long part) {
      for (int l = 0; l < lanes; l++) {
        if ((part >>> l & 1) == 0) {
          observer.householdYear(run, v, first + l, y, false, null, 0);
        } else {
          sliced.row(vec, l, row);
          observer.householdYear(run, v, first + l, y, true, row, rate ? sliced.mask(star, l) : 0);
        }
      }
    }
  }

  /**
   * The stars (a bit per category) the evidence {@code row} earns, as {@code StarEngine.evaluate}
   * decides them: one household at a time, the reference the tests hold the bit-sliced rating
   * ({@link SlicedScheme}) to. Every input an indicator, bonus or veto reads must have a value (the simulator
   * draws them all). Branch-free but for the cap: an indicator scores its weight when its value
   * lies in [low, high] (yes-or-no: [1, ∞), at least t: [t, ∞), at most t: (−∞, t]) or per unit up
   * to its cap; a veto holds at or above its threshold.
   */
  long stars(int[] row) {
    return stars(row, new int[categoryCount]);
  }

  /** {@link #stars(int[])} with the caller's scratch array of one score per category. */
  long stars(int[] row, int[] scores) {
    java.util.Arrays.fill(scores, 0);
    int[] input = rangeInput;
    int[] category = rangeCategory;
    int[] weight = rangeWeight;
    long[] low = rangeLow;
    long[] high = rangeHigh;
    for (int i = 0; i < input.length; i++) {
      long v = row[input[i]];
      scores[category[i]] += weight[i] & (int) ~(((v - low[i]) | (high[i] - v)) >> 63);
    }
    for (int i = 0; i < perUnitInput.length; i++) {
      scores[perUnitCategory[i]] +=
          Math.min(Math.max(row[perUnitInput[i]], 0), perUnitCap[i]) * perUnitWeight[i];
    }
    long earned = 0;
    for (int c = 0; c < categoryCount; c++) {
      earned |= (long) ((passMark[c] - 1 - scores[c]) >>> 31) << c;
    }
    long mask = cap(earned);
    for (int v = 0; v < vetoInput.length; v++) {
      mask &= ~(vetoMask[v] & ((vetoThreshold[v] - 1 - row[vetoInput[v]]) >> 63));
    }
    return (mask & requiredMask) == requiredMask ? mask : 0L;
  }

  /** {@code earned} cut to the maximum: required categories first, then scheme order. */
  private long cap(long earned) {
    if (Long.bitCount(earned) <= maxStars) {
      return earned;
    }
    long kept = earned & requiredMask;
    long others = earned & ~requiredMask;
    int room = maxStars - Long.bitCount(kept);
    while (room > 0 && others != 0) {
      long lowest = others & -others;
      kept |= lowest;
      others ^= lowest;
      room--;
    }
    return kept;
  }

  /** Evidence row {@code row} (input by input) as the engine's {@code Evidence}. */
  io.github.xiangzhi.rating.star.Evidence evidence(int[] row) {
    io.github.xiangzhi.rating.star.Evidence.Builder b =
        io.github.xiangzhi.rating.star.Evidence.builder();
    for (int i = 0; i < row.length; i++) {
      if (row[i] == MISSING) {
        continue;
      }
      switch (inputTypes[i]) {
        case BOOLEAN:
          b.set(inputCodes[i], row[i] > 0);
          break;
        case COUNT:
          b.set(inputCodes[i], (long) row[i]);
          break;
        default:
          b.set(inputCodes[i], BigDecimal.valueOf(row[i], scale));
          break;
      }
    }
    return b.build();
  }

  /**
   * A worker reporting every household-year to {@code observer}; when not {@code rate} it draws
   * the evidence and leaves the rating to the observer (masks 0, counts meaningless).
   */
  Worker worker(Observer observer, boolean rate) {
    return new Worker(observer, rate);
  }

  /** {@code value} clamped to what evidence of {@code type} may hold. */
  private static int clamp(long value, ValueType type) {
    long low = type == ValueType.NUMBER ? MISSING + 1L : 0;
    long high = type == ValueType.BOOLEAN ? 1 : Integer.MAX_VALUE;
    return (int) Math.max(low, Math.min(high, value));
  }

  /** p / (1 − p): infinite for 1. */
  private static double odds(double p) {
    return p >= 1 ? Double.POSITIVE_INFINITY : p / (1 - p);
  }

  /** e^L for the logistic variable L of the uniform {@code u}: u / (1 − u). */
  private static double logisticOdds(double u) {
    return u / (1 - u);
  }

  /** A probability as a threshold for 16-bit uniforms: draws below it happen. */
  private static long threshold(double p) {
    return (long) (p * DRAW_RANGE);
  }
}
