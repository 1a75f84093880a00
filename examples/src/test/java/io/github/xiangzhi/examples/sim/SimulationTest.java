package io.github.xiangzhi.examples.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.rating.star.StarEngine;
import io.github.xiangzhi.rating.star.StarRegister;
import io.github.xiangzhi.rating.star.StarResult;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.YearEndAdjustment;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.rating.star.target.TargetCheck;
import io.github.xiangzhi.rating.star.target.TargetKind;
import io.github.xiangzhi.rating.star.target.TargetRules;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SimulationTest {

  static final RatingPolicy CHANGZHI = StarGens.changzhi();

  /** Random settings of the model, every parameter in its range. */
  static SimulationSettings settings(SplittableRandom r) {
    return SimulationSettings.builder()
        .propensity(r.nextDouble())
        .participation(r.nextDouble())
        .householdSpread(r.nextInt(3) == 0 ? 0 : r.nextDouble(0, 3))
        .villageSpread(r.nextInt(3) == 0 ? 0 : r.nextDouble(0, 3))
        .improvement(r.nextDouble(0, 0.5))
        .tagShare(r.nextDouble())
        .eventRate(r.nextDouble(0, 0.5))
        .build();
  }

  static RatingPolicy policy(StarScheme scheme, SplittableRandom r) {
    return RatingPolicy.builder().scheme(scheme)
        .targets(TargetRules.builder()
            .participation(io.github.xiangzhi.core.Share.parse(r.nextInt(0, 101) + "%"))
            .starred(io.github.xiangzhi.core.Share.parse(r.nextInt(0, 101) + "%"))
            .highStarred(io.github.xiangzhi.core.Share.parse(r.nextInt(0, 101) + "%"))
            .highStars(r.nextInt(1, scheme.maxStars() + 1))
            .build())
        .build();
  }

  static String runsCsv(SimulationResult result) {
    StringWriter out = new StringWriter();
    try {
      result.writeRuns(out);
      result.writeSummary(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Test
  void compiledRatingGivesTheTalliesOfTheEnginesBatchPathOnRandomSchemes() {
    qt().withExamples(60).forAll(longs().all(), longs().all()).checkAssert((schemeSeed, seed) -> {
      SplittableRandom r = new SplittableRandom(seed);
      StarScheme scheme = StarGens.scheme(schemeSeed, true);
      RatingPolicy policy = policy(scheme, r);
      SimulationSettings settings = settings(r);
      int households = r.nextInt(1, 80);
      SimulationSize size = SimulationSize.of(households, r.nextInt(1, Math.min(households, 5) + 1),
          r.nextInt(1, 5), r.nextInt(1, 3), r.nextLong());
      String compiled = runsCsv(Simulation.of(policy, settings, size).run(n -> { }));
      String engine = runsCsv(EngineSimulation.of(policy, settings, size).run(n -> { }));
      assertThat(compiled).isEqualTo(engine);
    });
  }

  /**
   * The naive reference: every household-year rated one by one with {@link StarEngine#evaluate},
   * adjusted year by year with {@link StarRegister#adjust} (R-STAR-4), villages counted with
   * {@link TargetCheck} (R-STAR-5), all in plain collections.
   */
  @Test
  void R_STAR_4_smallChangzhiRunsEqualANaiveReferenceWithTheRegisterAndTargetChecks() {
    qt().withExamples(8).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      SimulationSettings settings = settings(r);
      int households = r.nextInt(1, 40);
      SimulationSize size = SimulationSize.of(households, r.nextInt(1, Math.min(households, 3) + 1),
          r.nextInt(1, 4), 1, r.nextLong());
      Simulation simulation = Simulation.of(CHANGZHI, settings, size);
      Tally expected = naive(simulation, CHANGZHI);
      Tally actual = simulation.newTally();
      simulation.simulate(0, 0, size.villages(), actual);
      assertThat(actual).isEqualTo(expected);
    });
  }

  private static Tally naive(Simulation simulation, RatingPolicy policy) {
    StarScheme scheme = policy.scheme();
    TargetRules targets = policy.targets();
    StarEngine engine = StarEngine.create();
    SimulationSize size = simulation.size();
    Tally tally = simulation.newTally();
    for (int v = 0; v < size.villages(); v++) {
      List<List<StarResult>> byYear = new ArrayList<>();
      for (int y = 0; y < size.years(); y++) {
        byYear.add(new ArrayList<>());
      }
      int village = v;
      simulation.worker((run, vv, h, y, took, row, mask) -> {
        if (took) {
          HouseholdId id = HouseholdId.of("v" + village + "-h" + h);
          StarResult result = engine.evaluate(scheme, id, simulation.evidence(row));
          assertThat(Long.bitCount(mask)).isEqualTo(result.total());
          byYear.get(y).add(result);
        }
      }, true).village(0, v, simulation.newTally());
      StarRegister register = StarRegister.empty();
      int households = size.householdsOf(v);
      for (int y = 0; y < size.years(); y++) {
        List<StarResult> results = byYear.get(y);
        YearEndAdjustment adjustment =
            register.adjust(GovernancePeriod.ofYear(2024 + y), results);
        register = adjustment.register();
        long starred = results.stream().filter(s -> s.total() > 0).count();
        long high = results.stream().filter(s -> s.total() >= targets.highStars()).count();
        boolean p = TargetCheck.of(TargetKind.PARTICIPATION, results.size(), households,
            targets.participation()).met();
        boolean s = TargetCheck.of(TargetKind.STARRED, starred, households, targets.starred())
            .met();
        boolean hs = TargetCheck.of(TargetKind.HIGH_STARRED, high, starred,
            targets.highStarred()).met();
        tally.add(0, y, Tally.PARTICIPANTS, results.size());
        tally.add(0, y, Tally.STARRED, starred);
        tally.add(0, y, Tally.HIGH_STARRED, high);
        tally.add(0, y, Tally.STARS_ADDED,
            adjustment.changes().stream().mapToLong(c -> c.added().size()).sum());
        tally.add(0, y, Tally.STARS_REMOVED,
            adjustment.changes().stream().mapToLong(c -> c.removed().size()).sum());
        tally.add(0, y, Tally.PARTICIPATION_MET, p ? 1 : 0);
        tally.add(0, y, Tally.STARRED_MET, s ? 1 : 0);
        tally.add(0, y, Tally.HIGH_STARRED_MET, hs ? 1 : 0);
        tally.add(0, y, Tally.ALL_MET, p && s && hs ? 1 : 0);
      }
    }
    return tally;
  }

  @Test
  void anyThreadCountAndAnySplitOfTheVillagesGiveTheSameTally() throws Exception {
    SimulationSize size = SimulationSize.of(5_000, 37, 6, 3, 20261122L);
    Simulation simulation = Simulation.of(CHANGZHI, SimulationSettings.defaults(), size);
    AtomicLong done = new AtomicLong();
    SimulationResult alone = simulation.run(done::addAndGet);
    assertThat(done.get()).isEqualTo(5_000L * 6 * 3);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      assertThat(runsCsv(simulation.run(pool, 3, n -> { }))).isEqualTo(runsCsv(alone));
      assertThat(runsCsv(simulation.run(pool, 7, n -> { }))).isEqualTo(runsCsv(alone));
    } finally {
      pool.shutdownNow();
    }
    // villages in any partition, in any order (as Spark may hand them out)
    qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Tally total = simulation.newTally();
      for (int run = size.runs() - 1; run >= 0; run--) {
        int to = size.villages();
        while (to > 0) {
          int from = Math.max(0, to - r.nextInt(1, 12));
          Tally part = simulation.newTally();
          simulation.simulate(run, from, to, part);
          total.add(part);
          to = from;
        }
      }
      assertThat(runsCsv(simulation.result(total))).isEqualTo(runsCsv(alone));
    });
  }

  @Test
  void anotherSeedGivesOtherRunsAndEachRunItsOwn() {
    SimulationSize size = SimulationSize.of(3_000, 10, 3, 2, 1L);
    String one = runsCsv(Simulation.of(CHANGZHI, SimulationSettings.defaults(), size)
        .run(n -> { }));
    String two = runsCsv(Simulation.of(CHANGZHI, SimulationSettings.defaults(),
        SimulationSize.of(3_000, 10, 3, 2, 2L)).run(n -> { }));
    assertThat(one).isNotEqualTo(two);
    assertThat(Seeds.run(1L, 0)).isNotEqualTo(Seeds.run(1L, 1));
    assertThat(Seeds.village(1L, 0, 5)).isNotEqualTo(Seeds.village(1L, 1, 5))
        .isNotEqualTo(Seeds.village(2L, 0, 5));
  }

  @Test
  void withoutSpreadAndWithCertaintyEveryHouseholdTakesPartAndEarnsEveryStar() {
    SimulationSettings certain = SimulationSettings.builder().propensity(1).participation(1)
        .householdSpread(0).villageSpread(0).eventRate(0).addEvents(SimulationRate.of("CRIMINAL_CONVICTION", 0),
            SimulationRate.of("BLACK_LIST", 0)).build();
    SimulationSize size = SimulationSize.of(600, 2, 2, 1, 7L);
    SimulationResult result = Simulation.of(CHANGZHI, certain, size).run(n -> { });
    for (int y = 0; y < 2; y++) {
      assertThat(result.count(0, y, Tally.PARTICIPANTS)).isEqualTo(600);
      assertThat(result.count(0, y, Tally.HIGH_STARRED)).isEqualTo(600);
      assertThat(result.count(0, y, Tally.ALL_MET)).isEqualTo(2);
    }
    assertThat(result.count(0, 0, Tally.STARS_ADDED)).isEqualTo(600L * 10);
    assertThat(result.count(0, 1, Tally.STARS_ADDED)).isZero();
    SimulationSettings never = SimulationSettings.builder().propensity(0).build();
    SimulationResult none = Simulation.of(CHANGZHI, never, size).run(n -> { });
    assertThat(none.count(0, 0, Tally.STARRED)).isZero();
    assertThat(none.count(0, 0, Tally.STARRED_MET)).isZero();
  }

  @Test
  void aHigherPropensityNeverLowersTheMeanShareMeetingTheTargets() {
    SimulationSize size = SimulationSize.of(30_000, 100, 3, 4, 99L);
    double low = Simulation.of(CHANGZHI,
        SimulationSettings.builder().propensity(0.6).build(), size).run(n -> { })
        .mean(2, SimulationResult.TARGETS.indexOf("all")).doubleValue();
    double high = Simulation.of(CHANGZHI,
        SimulationSettings.builder().propensity(0.85).build(), size).run(n -> { })
        .mean(2, SimulationResult.TARGETS.indexOf("all")).doubleValue();
    assertThat(high).isGreaterThan(low);
  }

  @Test
  void settingsNamingWhatTheSchemeLacksAreRefusedWithTheirPaths() {
    SimulationSettings wrong = SimulationSettings.builder().addPropensities(SimulationRate.of("NO_SUCH", 0.5))
        .addEvents(SimulationRate.of("NOR_THIS", 0.1)).build();
    assertThatThrownBy(() -> Simulation.of(CHANGZHI, wrong, SimulationSize.of(10, 1, 1, 1, 0)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(InvalidValueException.Violation::path)
            .containsExactly("/propensities/0/code", "/events/0/code"));
    assertThatThrownBy(() -> SimulationSettings.builder().propensity(1.5).householdSpread(-1)
        .build()).isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).extracting(InvalidValueException.Violation::path)
                .containsExactly("/propensity", "/householdSpread"));
  }

  @Test
  void sharesAreExactAndPercentilesTakeTheNearestRank() {
    assertThat(qtShares()).isTrue();
    SimulationSize size = SimulationSize.of(90, 3, 1, 20, 5L);
    SimulationResult result = Simulation.of(CHANGZHI, SimulationSettings.defaults(), size)
        .run(n -> { });
    long[] counts = result.meeting(0, 0).clone();
    java.util.Arrays.sort(counts);
    assertThat(result.percentile(0, 0, 5)).isEqualTo(SimulationResult.share(counts[0], 3));
    assertThat(result.percentile(0, 0, 95)).isEqualTo(SimulationResult.share(counts[18], 3));
  }

  private static boolean qtShares() {
    qt().forAll(integers().between(0, 1000), integers().between(0, 1000),
        integers().between(1, 100)).checkAssert((count, base, percent) -> {
          ExactShare share = new ExactShare(io.github.xiangzhi.core.Share.parse(percent + "%"));
          boolean expected = base > 0 && count * 100L >= (long) percent * base;
          assertThat(share.isMetBy(count, base)).isEqualTo(expected);
        });
    return true;
  }
}
