package io.github.xiangzhi.testkit.rating;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.HierarchyBuilder;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.rating.star.Bonus;
import io.github.xiangzhi.rating.star.Evidence;
import io.github.xiangzhi.rating.star.Fact;
import io.github.xiangzhi.rating.star.Indicator;
import io.github.xiangzhi.rating.star.StarCategory;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.ValueType;
import io.github.xiangzhi.rating.star.Veto;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.rating.star.policy.RatingSectionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators and fixtures for the ten-star engine: the Changzhi preset, random star
 * schemes (with or without vetoes), random evidence fitting a scheme, and small counties of
 * townships, villages and grids.
 */
public final class StarGens {
  private StarGens() {}

  /** The level scheme of the Changzhi counties: 市—县—乡镇—村—网格. */
  public static final LevelScheme CHANGZHI_LEVELS = LevelSchemes.source("CHANGZHI").orElseThrow();

  /** The zone of every test clock. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The Changzhi preset of the {@code rating} section. */
  public static RatingPolicy changzhi() {
    String yaml = new RatingSectionType().presets().get("CHANGZHI");
    try {
      return XiangzhiJson.newYamlMapper().readValue(yaml, RatingPolicy.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A clock standing still at {@code instant}. */
  public static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), SHANGHAI);
  }

  /** Random schemes without vetoes. */
  public static Gen<StarScheme> schemesWithoutVetoes() {
    return longs().all().map(seed -> scheme(seed, false));
  }

  /** Random schemes, some with vetoes. */
  public static Gen<StarScheme> schemes() {
    return longs().all().map(seed -> scheme(seed, true));
  }

  /**
   * The scheme {@code seed} gives: one to six categories of one to four indicators of every type
   * and rule (some reading facts), some required, a maximum that sometimes caps, up to three
   * facts, two bonuses and (if {@code vetoes}) two vetoes.
   */
  public static StarScheme scheme(long seed, boolean vetoes) {
    SplittableRandom r = new SplittableRandom(seed);
    StarScheme.Builder b = StarScheme.builder().code("S" + Math.floorMod(seed, 1000)).name("随机");
    List<Fact> facts = new ArrayList<>();
    int factCount = r.nextInt(0, 4);
    for (int f = 0; f < factCount; f++) {
      facts.add(Fact.of("F" + f, "事实" + f, ValueType.values()[r.nextInt(3)]));
    }
    b.facts(facts);
    List<String> booleanInputs = new ArrayList<>();
    List<String> allInputs = new ArrayList<>();
    for (Fact f : facts) {
      allInputs.add(f.code());
      if (f.type() == ValueType.BOOLEAN) {
        booleanInputs.add(f.code());
      }
    }
    int categories = r.nextInt(1, 7);
    int maxStars = r.nextInt(1, categories + 2);
    int required = 0;
    List<String> codes = new ArrayList<>();
    for (int c = 0; c < categories; c++) {
      StarCategory.Builder cat = StarCategory.builder().code("C" + c).name("类别" + c);
      int indicators = r.nextInt(1, 5);
      int attainable = 0;
      for (int i = 0; i < indicators; i++) {
        Indicator indicator = indicator(r, "C" + c + "_I" + i, facts);
        cat.addIndicators(indicator);
        attainable += indicator.maxPoints();
        if (indicator.fact().isEmpty()) {
          allInputs.add(indicator.code());
          if (indicator.type() == ValueType.BOOLEAN) {
            booleanInputs.add(indicator.code());
          }
        }
      }
      cat.passMark(r.nextInt(1, attainable + 1));
      if (required < maxStars && r.nextInt(6) == 0) {
        cat.required(true);
        required++;
      }
      b.addCategories(cat.build());
      codes.add("C" + c);
    }
    b.maxStars(maxStars);
    int bonuses = booleanInputs.isEmpty() ? 0 : r.nextInt(0, 3);
    for (int i = 0; i < bonuses; i++) {
      b.addBonuses(Bonus.builder().code("B" + i).name("加分" + i)
          .trigger(booleanInputs.get(r.nextInt(booleanInputs.size())))
          .points(r.nextInt(1, 30)).categories(subset(r, codes)).build());
    }
    if (vetoes) {
      int count = r.nextInt(0, 3);
      for (int v = 0; v < count; v++) {
        String trigger = allInputs.get(r.nextInt(allInputs.size()));
        Veto.Builder veto = Veto.builder().code("V" + v).name("否决" + v).trigger(trigger);
        boolean isBoolean = booleanInputs.contains(trigger);
        if (!isBoolean && r.nextBoolean()) {
          veto.atLeast(BigDecimal.valueOf(r.nextInt(0, 5)));
        }
        if (r.nextInt(3) == 0) {
          veto.everyStar(true);
        } else {
          veto.categories(subset(r, codes));
        }
        b.addVetoes(veto.build());
      }
    }
    return b.build();
  }

  private static Indicator indicator(SplittableRandom r, String code, List<Fact> facts) {
    Indicator.Builder b = Indicator.builder().code(code).name("指标" + code)
        .weight(r.nextInt(1, 30));
    ValueType type = ValueType.values()[r.nextInt(3)];
    List<Fact> sameType = new ArrayList<>();
    facts.stream().filter(f -> f.type() == type).forEach(sameType::add);
    if (!sameType.isEmpty() && r.nextInt(4) == 0) {
      b.fact(sameType.get(r.nextInt(sameType.size())).code());
    }
    b.type(type);
    switch (type) {
      case BOOLEAN:
        break;
      case COUNT:
        switch (r.nextInt(3)) {
          case 0:
            b.atLeast(BigDecimal.valueOf(r.nextInt(0, 6)));
            break;
          case 1:
            b.atMost(BigDecimal.valueOf(r.nextInt(0, 4)));
            break;
          default:
            b.cap(r.nextInt(1, 5));
        }
        break;
      case NUMBER:
        BigDecimal threshold = BigDecimal.valueOf(r.nextInt(-300, 300), 2);
        if (r.nextBoolean()) {
          b.atLeast(threshold);
        } else {
          b.atMost(threshold);
        }
        break;
      default:
        throw new AssertionError(type);
    }
    return b.build();
  }

  private static List<String> subset(SplittableRandom r, List<String> codes) {
    List<String> out = new ArrayList<>();
    for (String code : codes) {
      if (r.nextInt(3) == 0) {
        out.add(code);
      }
    }
    if (out.isEmpty()) {
      out.add(codes.get(r.nextInt(codes.size())));
    }
    return out;
  }

  /** Random evidence for {@code scheme}: each input has a value with probability two in three. */
  public static Evidence evidence(StarScheme scheme, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Evidence.Builder b = Evidence.builder();
    for (Map.Entry<String, ValueType> input : scheme.inputs().entrySet()) {
      if (r.nextInt(3) == 0) {
        continue;
      }
      switch (input.getValue()) {
        case BOOLEAN:
          b.set(input.getKey(), r.nextBoolean());
          break;
        case COUNT:
          b.set(input.getKey(), (long) r.nextInt(0, 7));
          break;
        case NUMBER:
          b.set(input.getKey(), BigDecimal.valueOf(r.nextInt(-400, 400), 2));
          break;
        default:
          throw new AssertionError(input.getValue());
      }
    }
    return b.build();
  }

  /** {@code evidence} without the codes a coin flip of {@code seed} drops. */
  public static Evidence less(Evidence evidence, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Evidence.Builder b = Evidence.builder();
    evidence.flags().forEach(f -> b.set(f, r.nextBoolean()));
    evidence.counts().forEach((k, v) -> {
      if (r.nextBoolean()) {
        b.set(k, v);
      }
    });
    evidence.numbers().forEach((k, v) -> {
      if (r.nextBoolean()) {
        b.set(k, v);
      }
    });
    return b.build();
  }

  /**
   * A county {@code county} of {@code townships} townships of {@code villagesPerTownship}
   * villages, each village with one grid holding {@code households[v]} households ({@code
   * v}-th village in pre-order), ids {@code h<village>-<n>}.
   */
  public static Hierarchy county(int townships, int villagesPerTownship, int[] households) {
    HierarchyBuilder b = Hierarchy.builder(CHANGZHI_LEVELS)
        .addUnit(Unit.root("county", "COUNTY", "试点县"));
    int v = 0;
    for (int t = 0; t < townships; t++) {
      String town = "t" + t;
      b.addUnit(Unit.of(town, "county", "TOWNSHIP", "乡镇" + t));
      for (int i = 0; i < villagesPerTownship; i++, v++) {
        String village = "v" + v;
        b.addUnit(Unit.of(village, town, "VILLAGE", "村" + v));
        b.addUnit(Unit.of(village + "-g", village, "GRID", "网格" + v));
        for (int h = 0; h < households[v]; h++) {
          b.addHousehold(HouseholdId.of("h" + v + "-" + h), UnitId.of(village + "-g"));
        }
      }
    }
    return b.build();
  }
}
