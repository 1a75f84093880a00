package io.github.xiangzhi.rating.star;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The star rules written the naive way, straight from the scheme's values with maps and
 * BigDecimal, as the reference the engine is checked against.
 */
final class ReferenceEngine {
  private ReferenceEngine() {}

  static Set<String> stars(StarScheme scheme, Evidence evidence) {
    Map<String, String> factOf = new HashMap<>();
    Map<String, Integer> score = new HashMap<>();
    List<String> earned = new ArrayList<>();
    for (StarCategory category : scheme.categories()) {
      int points = 0;
      for (Indicator indicator : category.indicators()) {
        factOf.put(indicator.code(), indicator.input());
        String input = indicator.input();
        BigDecimal value = value(evidence, input);
        switch (indicator.type()) {
          case BOOLEAN:
            points += evidence.flags().contains(input) ? indicator.weight() : 0;
            break;
          default:
            if (value == null) {
              break;
            }
            if (indicator.cap().isPresent()) {
              int units = Math.min(Math.max(value.intValueExact(), 0), indicator.cap().get());
              points += units * indicator.weight();
            } else if (indicator.atLeast().isPresent()) {
              points += value.compareTo(indicator.atLeast().get()) >= 0 ? indicator.weight() : 0;
            } else {
              points += value.compareTo(indicator.atMost().get()) <= 0 ? indicator.weight() : 0;
            }
        }
      }
      for (Bonus bonus : scheme.bonuses()) {
        if (bonus.categories().contains(category.code())
            && evidence.flags().contains(bonus.trigger())) {
          points += bonus.points();
        }
      }
      score.put(category.code(), points);
      if (points >= category.passMark()) {
        earned.add(category.code());
      }
    }
    Set<String> kept = new LinkedHashSet<>();
    if (earned.size() <= scheme.maxStars()) {
      kept.addAll(earned);
    } else {
      for (StarCategory category : scheme.categories()) {
        if (category.required() && earned.contains(category.code())) {
          kept.add(category.code());
        }
      }
      for (String code : earned) {
        if (kept.size() < scheme.maxStars()) {
          kept.add(code);
        }
      }
    }
    for (Veto veto : scheme.vetoes()) {
      boolean holds;
      if (evidence.flags().contains(veto.trigger())) {
        holds = true;
      } else {
        BigDecimal value = value(evidence, veto.trigger());
        holds = value != null && value.compareTo(veto.atLeast().orElse(BigDecimal.ONE)) >= 0;
      }
      if (holds) {
        if (veto.everyStar()) {
          kept.clear();
        } else {
          kept.removeAll(veto.categories());
        }
      }
    }
    for (StarCategory category : scheme.categories()) {
      if (category.required() && !kept.contains(category.code())) {
        kept.clear();
        break;
      }
    }
    // scheme order
    Set<String> ordered = new LinkedHashSet<>();
    for (StarCategory category : scheme.categories()) {
      if (kept.contains(category.code())) {
        ordered.add(category.code());
      }
    }
    return ordered;
  }

  private static BigDecimal value(Evidence evidence, String code) {
    if (evidence.counts().containsKey(code)) {
      return BigDecimal.valueOf(evidence.counts().get(code));
    }
    return evidence.numbers().get(code);
  }
}
