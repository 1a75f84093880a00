package io.github.xiangzhi.bench;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.HierarchyBuilder;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.rating.star.Bonus;
import io.github.xiangzhi.rating.star.EvidenceTable;
import io.github.xiangzhi.rating.star.Indicator;
import io.github.xiangzhi.rating.star.StarCategory;
import io.github.xiangzhi.rating.star.StarEngine;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.StarTable;
import io.github.xiangzhi.rating.star.ValueType;
import io.github.xiangzhi.rating.star.Veto;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.rating.star.policy.RatingSectionType;
import io.github.xiangzhi.rating.star.target.TargetReport;
import io.github.xiangzhi.rating.star.target.TargetRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ten-star engine (R-STAR-1, 2, 7) against the same rules written for Easy Rules, on the same
 * seeded households of the Changzhi preset in the same run; and the village targets (R-STAR-5) of
 * a county of those households in one rollup pass, against a per-household map-and-BigInteger
 * count. Each invocation rates (or counts) the whole county; the score is per county.
 *
 * <p>Two Easy Rules baselines, both one rule per category plus the maximum, veto and
 * required-star rules, generated from the same scheme: {@code easyRules} puts each indicator and
 * fact in the {@link Facts} by name (the library's idiom: {@code facts.put("VIOLATIONS", 0)}),
 * {@code easyRulesRowFact} puts the household's whole row in as one fact, which spares Easy Rules
 * its by-name fact lookups. The setup checks that the engine and both baselines give the same
 * stars to every sixteenth household (the baselines are too slow to check all in every fork), and
 * that the two target counts agree.
 *
 * <pre>
 * ./mvnw -B -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar StarBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class StarBenchmark {

  /** Households in the county. */
  @Param({"1000000"})
  int households;

  static final int MISSING = Integer.MIN_VALUE;

  StarScheme scheme;
  TargetRules targetRules;
  /** The generated evidence, one column per input; {@link #MISSING} where a household has none. */
  int[][] columns;
  String[] inputs;
  ValueType[] types;
  EvidenceTable table;
  byte[] totals;
  long[] masks;

  Hierarchy county;
  StarTable stars;
  BitSet participants;

  RulesEngine engine;
  Rules namedFactRules;
  Rules rowFactRules;

  // ------------------------------------------------------------------ setup

  @Setup
  public void setUp() {
    RatingPolicy policy = changzhi();
    scheme = policy.scheme();
    targetRules = policy.targets();
    generate(20261122L);
    EvidenceTable.Builder builder = EvidenceTable.builder(scheme, households);
    for (int i = 0; i < inputs.length; i++) {
      for (int h = 0; h < households; h++) {
        int v = columns[i][h];
        if (v == MISSING) {
          continue;
        }
        switch (types[i]) {
          case BOOLEAN:
            builder.set(h, inputs[i], v != 0);
            break;
          case COUNT:
            builder.set(h, inputs[i], v);
            break;
          default:
            builder.set(h, inputs[i], BigDecimal.valueOf(v, scheme.numberScale()));
        }
      }
    }
    table = builder.build();
    totals = new byte[households];
    masks = new long[households];
    StarEngine.create().evaluateInto(scheme, table, totals, masks);
    stars = StarEngine.create().evaluateAll(scheme, table);

    engine = new DefaultRulesEngine();
    namedFactRules = new EasyRulesStars(scheme, inputs, true).rules();
    rowFactRules = new EasyRulesStars(scheme, inputs, false).rules();
    // Easy Rules takes about a thousand times longer per household: every sixteenth household
    // is compared (62,500 of a million); the unit tests compare the engine with a reference on
    // every household they generate
    for (int h = 0; h < households; h += 16) {
      long named = easyRulesOne(h);
      long row = easyRulesRowOne(h);
      if (named != masks[h] || row != masks[h]) {
        throw new IllegalStateException("household " + h + ": engine " + masks[h]
            + ", Easy Rules " + named + " / " + row);
      }
    }

    county = county(households);
    SplittableRandom random = new SplittableRandom(7);
    participants = new BitSet(households);
    for (int h = 0; h < households; h++) {
      if (random.nextInt(100) < 93) {
        participants.set(h);
      }
    }
    TargetReport report = targets();
    long[] naive = naiveTargets();
    if (naive[0] != report.villages().size() || naive[1] != report.failing().size()) {
      throw new IllegalStateException("the two target counts disagree: " + naive[0] + "/"
          + naive[1] + " villages, " + report.villages().size() + "/" + report.failing().size());
    }
  }

  static RatingPolicy changzhi() {
    try {
      return XiangzhiJson.newYamlMapper().readValue(
          new RatingSectionType().presets().get("CHANGZHI"), RatingPolicy.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Seeded evidence: most values present, vetoes and tags rare, numbers in plausible ranges. */
  void generate(long seed) {
    Map<String, ValueType> inputTypes = scheme.inputs();
    inputs = inputTypes.keySet().toArray(new String[0]);
    types = inputTypes.values().toArray(new ValueType[0]);
    columns = new int[inputs.length][households];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < inputs.length; i++) {
      String code = inputs[i];
      int truePercent = code.equals("CRIMINAL_CONVICTION") ? 1
          : code.equals("BLACK_LIST") ? 3 : code.endsWith("_HOUSEHOLD") ? 10 : 75;
      for (int h = 0; h < households; h++) {
        if (random.nextInt(100) < 12) {
          columns[i][h] = MISSING;
          continue;
        }
        switch (types[i]) {
          case BOOLEAN:
            columns[i][h] = random.nextInt(100) < truePercent ? 1 : 0;
            break;
          case COUNT:
            columns[i][h] = random.nextInt(100) < 60 ? random.nextInt(0, 2) * random.nextInt(0, 6)
                : random.nextInt(0, 6);
            break;
          default:
            columns[i][h] = random.nextInt(0, 15_001); // 0.00 to 150.00
        }
      }
    }
  }

  /** 县 → 20 乡镇 → 25 村 each → 4 网格 each, households spread over the grids. */
  static Hierarchy county(int households) {
    HierarchyBuilder b = Hierarchy.builder(LevelSchemes.source("CHANGZHI").orElseThrow())
        .addUnit(Unit.root("county", "COUNTY", "县"));
    List<UnitId> grids = new ArrayList<>();
    for (int t = 0; t < 20; t++) {
      b.addUnit(Unit.of("t" + t, "county", "TOWNSHIP", "乡镇" + t));
      for (int v = 0; v < 25; v++) {
        String village = "t" + t + "v" + v;
        b.addUnit(Unit.of(village, "t" + t, "VILLAGE", "村" + village));
        for (int g = 0; g < 4; g++) {
          b.addUnit(Unit.of(village + "g" + g, village, "GRID", "网格"));
          grids.add(UnitId.of(village + "g" + g));
        }
      }
    }
    for (int h = 0; h < households; h++) {
      b.addHousehold(HouseholdId.of("h" + h), grids.get((int) ((long) h * grids.size()
          / households)));
    }
    return b.build();
  }

  // ------------------------------------------------------------------ the star engine

  /** Xiangzhi: the batch path into preallocated arrays, column by column. */
  @Benchmark
  public long xiangzhi() {
    StarEngine.create().evaluateInto(scheme, table, totals, masks);
    return masks[households - 1] + totals[0];
  }

  /** Xiangzhi: the batch path allocating its result table. */
  @Benchmark
  public StarTable xiangzhiAllocating() {
    return StarEngine.create().evaluateAll(scheme, table);
  }

  /** Easy Rules with a fact per indicator and fact, by name. */
  @Benchmark
  public long easyRules() {
    long hash = 0;
    for (int h = 0; h < households; h++) {
      hash += easyRulesOne(h);
    }
    return hash;
  }

  /** Easy Rules with the household's row as one fact. */
  @Benchmark
  public long easyRulesRowFact() {
    long hash = 0;
    for (int h = 0; h < households; h++) {
      hash += easyRulesRowOne(h);
    }
    return hash;
  }

  long easyRulesOne(int h) {
    Facts facts = new Facts();
    for (int i = 0; i < inputs.length; i++) {
      int v = columns[i][h];
      if (v != MISSING) {
        facts.put(inputs[i], types[i] == ValueType.BOOLEAN ? Boolean.valueOf(v != 0)
            : Integer.valueOf(v));
      }
    }
    EasyRulesStars.Held held = new EasyRulesStars.Held();
    facts.put(EasyRulesStars.HELD, held);
    engine.fire(namedFactRules, facts);
    return held.mask;
  }

  long easyRulesRowOne(int h) {
    int[] row = new int[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      row[i] = columns[i][h];
    }
    Facts facts = new Facts();
    facts.put(EasyRulesStars.ROW, row);
    EasyRulesStars.Held held = new EasyRulesStars.Held();
    facts.put(EasyRulesStars.HELD, held);
    engine.fire(rowFactRules, facts);
    return held.mask;
  }

  // ------------------------------------------------------------------ village targets

  /** Xiangzhi: the targets of every village, township and the county in one rollup pass. */
  @Benchmark
  public TargetReport targets() {
    return TargetReport.compute(county, targetRules, stars, participants);
  }

  /**
   * The count as commonly written: each household's village looked up through the hierarchy,
   * counters in a hash map, the shares compared in BigInteger. Returns the number of villages
   * and of villages missing a target.
   */
  @Benchmark
  public long[] naiveTargets() {
    Map<UnitId, long[]> byVillage = new HashMap<>();
    for (int h = 0; h < households; h++) {
      HouseholdId id = county.householdAt(h);
      UnitId village = county.ancestorAt(county.unitOf(id).orElseThrow(), "VILLAGE")
          .orElseThrow();
      long[] c = byVillage.computeIfAbsent(village, k -> new long[4]);
      int t = stars.total(h);
      c[0]++;
      c[1] += participants.get(h) ? 1 : 0;
      c[2] += t > 0 ? 1 : 0;
      c[3] += t >= targetRules.highStars() ? 1 : 0;
    }
    long failing = 0;
    for (long[] c : byVillage.values()) {
      boolean ok = c[0] > 0 && c[2] > 0
          && meets(c[1], c[0], targetRules.participation().numerator(),
              targetRules.participation().denominator())
          && meets(c[2], c[0], targetRules.starred().numerator(),
              targetRules.starred().denominator())
          && meets(c[3], c[2], targetRules.highStarred().numerator(),
              targetRules.highStarred().denominator());
      failing += ok ? 0 : 1;
    }
    return new long[] {byVillage.size(), failing};
  }

  static boolean meets(long count, long base, long num, long den) {
    return BigInteger.valueOf(count).multiply(BigInteger.valueOf(den))
        .compareTo(BigInteger.valueOf(num).multiply(BigInteger.valueOf(base))) >= 0;
  }

  // ------------------------------------------------------------------ the Easy Rules version

  /**
   * The star rules of a scheme as Easy Rules rules: one per category (priority = its position)
   * whose condition adds up its indicators and bonuses and whose action marks the star; then the
   * maximum (priority 1000), one rule per veto (2000 + its position) and the required stars
   * (3000). Values come from the facts by input code, or from a row fact by input position.
   */
  static final class EasyRulesStars {
    static final String HELD = "stars";
    static final String ROW = "household";

    /** The result fact: the categories held, one bit each. */
    static final class Held {
      long mask;
    }

    private final StarScheme scheme;
    private final Map<String, Integer> position = new HashMap<>();
    private final boolean named;

    EasyRulesStars(StarScheme scheme, String[] inputs, boolean named) {
      this.scheme = scheme;
      this.named = named;
      for (int i = 0; i < inputs.length; i++) {
        position.put(inputs[i], i);
      }
    }

    /** The value of {@code code}: an Integer, 1/0 for a Boolean, null when absent. */
    private Integer value(Facts facts, String code, int index) {
      if (named) {
        Object v = facts.get(code);
        if (v instanceof Boolean) {
          return (Boolean) v ? 1 : 0;
        }
        return (Integer) v;
      }
      int v = facts.<int[]>get(ROW)[index];
      return v == MISSING ? null : v;
    }

    private long scaled(BigDecimal threshold, ValueType type, RoundingMode rounding) {
      BigDecimal units = type == ValueType.NUMBER
          ? threshold.movePointRight(scheme.numberScale()) : threshold;
      return units.setScale(0, rounding).longValueExact();
    }

    /** An indicator or bonus with everything precomputed: where its value is, how it scores. */
    private static final class Term {
      final String code;
      final int index;
      final int kind; // 0 yes-or-no, 1 at least, 2 at most, 3 per unit, 4 bonus
      final int weight;
      final long threshold;
      final int cap;

      Term(String code, int index, int kind, int weight, long threshold, int cap) {
        this.code = code;
        this.index = index;
        this.kind = kind;
        this.weight = weight;
        this.threshold = threshold;
        this.cap = cap;
      }
    }

    private Term term(Indicator indicator) {
      int index = position.get(indicator.input());
      if (indicator.type() == ValueType.BOOLEAN) {
        return new Term(indicator.input(), index, 0, indicator.weight(), 0, 0);
      }
      if (indicator.cap().isPresent()) {
        return new Term(indicator.input(), index, 3, indicator.weight(), 0, indicator.cap().get());
      }
      if (indicator.atLeast().isPresent()) {
        return new Term(indicator.input(), index, 1, indicator.weight(),
            scaled(indicator.atLeast().get(), indicator.type(), RoundingMode.CEILING), 0);
      }
      return new Term(indicator.input(), index, 2, indicator.weight(),
          scaled(indicator.atMost().get(), indicator.type(), RoundingMode.FLOOR), 0);
    }

    Rules rules() {
      Rules rules = new Rules();
      List<StarCategory> categories = scheme.categories();
      long required = 0;
      for (int c = 0; c < categories.size(); c++) {
        StarCategory category = categories.get(c);
        if (category.required()) {
          required |= 1L << c;
        }
        List<Term> terms = new ArrayList<>();
        for (Indicator indicator : category.indicators()) {
          terms.add(term(indicator));
        }
        for (Bonus bonus : scheme.bonuses()) {
          if (bonus.categories().contains(category.code())) {
            terms.add(new Term(bonus.trigger(), position.get(bonus.trigger()), 4, bonus.points(),
                0, 0));
          }
        }
        Term[] all = terms.toArray(new Term[0]);
        int passMark = category.passMark();
        long bit = 1L << c;
        rules.register(new RuleBuilder().name(category.code()).priority(c)
            .when(facts -> score(facts, all) >= passMark)
            .then(facts -> facts.<Held>get(HELD).mask |= bit)
            .build());
      }
      int max = scheme.maxStars();
      long requiredMask = required;
      rules.register(new RuleBuilder().name("MAX_STARS").priority(1000)
          .when(facts -> Long.bitCount(facts.<Held>get(HELD).mask) > max)
          .then(facts -> {
            Held held = facts.get(HELD);
            long kept = held.mask & requiredMask;
            long others = held.mask & ~requiredMask;
            while (Long.bitCount(kept) < max && others != 0) {
              long lowest = Long.lowestOneBit(others);
              kept |= lowest;
              others &= ~lowest;
            }
            held.mask = kept;
          })
          .build());
      for (int v = 0; v < scheme.vetoes().size(); v++) {
        Veto veto = scheme.vetoes().get(v);
        ValueType type = scheme.inputs().get(veto.trigger());
        long threshold = type == ValueType.BOOLEAN ? 1
            : scaled(veto.atLeast().orElse(BigDecimal.ONE), type, RoundingMode.CEILING);
        long withheld = 0;
        for (int c = 0; c < categories.size(); c++) {
          if (veto.everyStar() || veto.categories().contains(categories.get(c).code())) {
            withheld |= 1L << c;
          }
        }
        long clear = ~withheld;
        String trigger = veto.trigger();
        int index = position.get(trigger);
        rules.register(new RuleBuilder().name("VETO_" + veto.code()).priority(2000 + v)
            .when(facts -> {
              Integer value = value(facts, trigger, index);
              return value != null && value >= threshold;
            })
            .then(facts -> facts.<Held>get(HELD).mask &= clear)
            .build());
      }
      if (requiredMask != 0) {
        rules.register(new RuleBuilder().name("REQUIRED").priority(3000)
            .when(facts -> (facts.<Held>get(HELD).mask & requiredMask) != requiredMask)
            .then(facts -> facts.<Held>get(HELD).mask = 0)
            .build());
      }
      return rules;
    }

    private int score(Facts facts, Term[] terms) {
      int score = 0;
      for (Term t : terms) {
        Integer value = value(facts, t.code, t.index);
        if (value == null) {
          continue;
        }
        int v = value;
        switch (t.kind) {
          case 0:
          case 4:
            score += v > 0 ? t.weight : 0;
            break;
          case 1:
            score += v >= t.threshold ? t.weight : 0;
            break;
          case 2:
            score += v <= t.threshold ? t.weight : 0;
            break;
          default:
            score += Math.min(Math.max(v, 0), t.cap) * t.weight;
        }
      }
      return score;
    }
  }
}
