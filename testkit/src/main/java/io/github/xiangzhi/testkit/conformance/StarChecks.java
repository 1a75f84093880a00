package io.github.xiangzhi.testkit.conformance;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.rating.star.Bonus;
import io.github.xiangzhi.rating.star.CategoryStatus;
import io.github.xiangzhi.rating.star.Evidence;
import io.github.xiangzhi.rating.star.Indicator;
import io.github.xiangzhi.rating.star.ReasonKind;
import io.github.xiangzhi.rating.star.StarCategory;
import io.github.xiangzhi.rating.star.StarEngine;
import io.github.xiangzhi.rating.star.StarResult;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.ValueType;
import io.github.xiangzhi.rating.star.Veto;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** The star scheme's checks: a witness of the maximum stars, and monotonicity in evidence. */
final class StarChecks {
  private StarChecks() {}

  private static final HouseholdId H = HouseholdId.of("conformance");
  private static final StarEngine ENGINE = StarEngine.create();

  /** The best evidence found and its result. */
  record Witness(Evidence evidence, StarResult result) {}

  /** Which way an input helps a household. */
  enum Direction { UP, DOWN, MIXED }

  /**
   * The best evidence a coordinate search finds: each input tried at the values where some rule
   * of the scheme changes its mind (thresholds, caps, veto limits, absent), keeping a value when
   * it earns more stars (or more categories before the cap), until nothing improves.
   */
  static Witness bestEvidence(StarScheme scheme) {
    Map<String, List<Object>> candidates = candidates(scheme);
    Map<String, Object> chosen = new LinkedHashMap<>();
    StarResult best = ENGINE.evaluate(scheme, H, build(chosen));
    long bestScore = score(best);
    for (int round = 0; round < 6 && best.total() < scheme.maxStars(); round++) {
      boolean improved = false;
      for (Map.Entry<String, List<Object>> input : candidates.entrySet()) {
        for (Object value : input.getValue()) {
          Map<String, Object> trial = new LinkedHashMap<>(chosen);
          if (value == null) {
            trial.remove(input.getKey());
          } else {
            trial.put(input.getKey(), value);
          }
          StarResult r = ENGINE.evaluate(scheme, H, build(trial));
          long s = score(r);
          if (s > bestScore) {
            best = r;
            bestScore = s;
            chosen = trial;
            improved = true;
          }
        }
      }
      if (!improved) {
        break;
      }
    }
    return new Witness(build(chosen), best);
  }

  private static long score(StarResult r) {
    long earned = r.outcomes().stream().filter(o -> o.status() != CategoryStatus.NOT_MET)
        .count();
    long points = r.outcomes().stream().mapToLong(o -> Math.min(o.score() + o.bonus(),
        o.passMark())).sum();
    return r.total() * 1_000_000_000L + earned * 1_000_000L + Math.min(points, 999_999);
  }

  private static Map<String, List<Object>> candidates(StarScheme scheme) {
    Map<String, List<Object>> out = new LinkedHashMap<>();
    for (Map.Entry<String, ValueType> input : scheme.inputs().entrySet()) {
      Set<Object> values = new LinkedHashSet<>();
      values.add(null);
      switch (input.getValue()) {
        case BOOLEAN:
          values.add(true);
          values.add(false);
          break;
        case COUNT:
          values.add(0L);
          break;
        default:
          values.add(BigDecimal.ZERO);
      }
      for (Indicator i : indicators(scheme, input.getKey())) {
        i.atLeast().ifPresent(v -> values.add(value(input.getValue(), v, RoundingMode.CEILING)));
        i.atMost().ifPresent(v -> values.add(value(input.getValue(), v, RoundingMode.FLOOR)));
        i.cap().ifPresent(c -> values.add((long) c));
      }
      for (Veto v : scheme.vetoes()) {
        if (v.trigger().equals(input.getKey()) && input.getValue() != ValueType.BOOLEAN) {
          BigDecimal below = v.atLeast().orElse(BigDecimal.ONE).subtract(BigDecimal.ONE);
          values.add(value(input.getValue(), below, RoundingMode.FLOOR));
        }
      }
      values.removeIf(v -> v instanceof Long && (Long) v < 0);
      out.put(input.getKey(), new ArrayList<>(values));
    }
    return out;
  }

  private static Object value(ValueType type, BigDecimal v, RoundingMode rounding) {
    return type == ValueType.COUNT ? (Object) v.setScale(0, rounding).longValueExact() : v;
  }

  private static List<Indicator> indicators(StarScheme scheme, String input) {
    List<Indicator> out = new ArrayList<>();
    for (StarCategory c : scheme.categories()) {
      for (Indicator i : c.indicators()) {
        if (i.input().equals(input)) {
          out.add(i);
        }
      }
    }
    return out;
  }

  private static Evidence build(Map<String, Object> values) {
    Evidence.Builder b = Evidence.builder();
    values.forEach((code, v) -> {
      if (v instanceof Boolean) {
        b.set(code, (Boolean) v);
      } else if (v instanceof Long) {
        b.set(code, (Long) v);
      } else {
        b.set(code, (BigDecimal) v);
      }
    });
    return b.build();
  }

  /** Which way each input not triggering a veto helps: more is better, less is better, mixed. */
  static Map<String, Direction> directions(StarScheme scheme) {
    Set<String> vetoed = new HashSet<>();
    scheme.vetoes().forEach(v -> vetoed.add(v.trigger()));
    Set<String> bonused = new HashSet<>();
    scheme.bonuses().stream().map(Bonus::trigger).forEach(bonused::add);
    Map<String, Direction> out = new HashMap<>();
    for (String input : scheme.inputs().keySet()) {
      if (vetoed.contains(input)) {
        continue;
      }
      boolean up = true;
      boolean down = !bonused.contains(input);
      for (Indicator i : indicators(scheme, input)) {
        boolean more = i.type() == ValueType.BOOLEAN || i.atLeast().isPresent()
            || i.cap().isPresent();
        up &= more;
        down &= !more;
      }
      out.put(input, up ? Direction.UP : down ? Direction.DOWN : Direction.MIXED);
    }
    return out;
  }

  /**
   * Stars are monotone in evidence: with no veto holding, improving one input (raising an input
   * every rule rewards, lowering one every rule penalises) never lowers the number of stars; and
   * setting off a veto whose trigger feeds no indicator never adds a star.
   */
  static void monotone(StarScheme scheme, long seed, int examples) {
    Map<String, Direction> directions = directions(scheme);
    List<String> improvable = new ArrayList<>();
    directions.forEach((k, d) -> {
      if (d != Direction.MIXED) {
        improvable.add(k);
      }
    });
    improvable.sort(null);
    List<Veto> vetoOnly = new ArrayList<>();
    for (Veto v : scheme.vetoes()) {
      if (indicators(scheme, v.trigger()).isEmpty()) {
        vetoOnly.add(v);
      }
    }
    qt().withFixedSeed(seed).withExamples(examples).forAll(longs().all()).checkAssert(s -> {
      SplittableRandom r = new SplittableRandom(s);
      Evidence before = StarGens.evidence(scheme, s);
      StarResult was = ENGINE.evaluate(scheme, H, before);
      if (!improvable.isEmpty()) {
        String input = improvable.get(r.nextInt(improvable.size()));
        Evidence after = improve(before, input, scheme.inputs().get(input),
            directions.get(input), r);
        StarResult is = ENGINE.evaluate(scheme, H, after);
        boolean vetoes = was.reasons().stream().anyMatch(x -> x.kind() == ReasonKind.VETO)
            || is.reasons().stream().anyMatch(x -> x.kind() == ReasonKind.VETO);
        if (!vetoes && is.total() < was.total()) {
          throw new AssertionError(Conformance.reason("testkit.monotone.lost", input,
              directions.get(input), before, after, was.stars(), is.stars())
              .text(Locale.ENGLISH));
        }
      }
      if (!vetoOnly.isEmpty()) {
        Veto veto = vetoOnly.get(r.nextInt(vetoOnly.size()));
        Evidence vetoed = trigger(before, veto, scheme.inputs().get(veto.trigger()));
        StarResult is = ENGINE.evaluate(scheme, H, vetoed);
        if (!was.stars().containsAll(is.stars())) {
          throw new AssertionError(Conformance.reason("testkit.monotone.vetoAdds", veto.code(),
              before, was.stars(), is.stars()).text(Locale.ENGLISH));
        }
      }
    });
  }

  private static Evidence improve(Evidence e, String input, ValueType type, Direction d,
      SplittableRandom r) {
    switch (type) {
      case BOOLEAN:
        return d == Direction.UP ? copyWith(e, input, true) : copyWith(e, input, false);
      case COUNT: {
        Long now = e.counts().get(input);
        if (now == null) {
          return e;
        }
        long k = r.nextInt(1, 4);
        return copyWith(e, input, d == Direction.UP ? now + k : Math.max(0, now - k));
      }
      default: {
        BigDecimal now = e.numbers().get(input);
        if (now == null) {
          return e;
        }
        BigDecimal k = BigDecimal.valueOf(r.nextInt(1, 300), 2);
        return copyWith(e, input, d == Direction.UP ? now.add(k) : now.subtract(k));
      }
    }
  }

  private static Evidence trigger(Evidence e, Veto veto, ValueType type) {
    BigDecimal at = veto.atLeast().orElse(BigDecimal.ONE);
    switch (type) {
      case BOOLEAN:
        return copyWith(e, veto.trigger(), true);
      case COUNT:
        return copyWith(e, veto.trigger(), Math.max(0, at.setScale(0, RoundingMode.CEILING)
            .longValueExact()));
      default:
        return copyWith(e, veto.trigger(), at);
    }
  }

  private static Evidence copyWith(Evidence e, String code, Object value) {
    Map<String, Object> values = new LinkedHashMap<>();
    e.flags().forEach(f -> values.put(f, true));
    values.putAll(e.counts());
    values.putAll(e.numbers());
    values.put(code, value);
    if (Boolean.FALSE.equals(value)) {
      values.remove(code);
    }
    return build(values);
  }
}
