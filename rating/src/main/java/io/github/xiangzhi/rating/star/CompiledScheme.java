package io.github.xiangzhi.rating.star;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A star scheme flattened into arrays for the engine: inputs (facts, then indicators with values
 * of their own) numbered, every indicator's rule and threshold as integers in the inputs' scaled
 * units, bonuses grouped by category, vetoes as bit masks. Built once per scheme (lazily) and then
 * only read, so it is thread-safe.
 */
final class CompiledScheme {
  /** The value of an input a household has no evidence for. */
  static final int MISSING = Integer.MIN_VALUE;

  static final int FLAG = 0;
  static final int AT_LEAST = 1;
  static final int AT_MOST = 2;
  static final int PER_UNIT = 3;

  final StarScheme scheme;
  final int categoryCount;
  final int maxStars;
  final long requiredMask;
  final String[] categoryCodes;
  final ImmutableMap<String, Integer> categoryIndex;
  final int[] passMark;

  final ImmutableMap<String, Integer> inputIndex;
  final String[] inputCodes;
  final ValueType[] inputTypes;
  final int scale;
  /** For indicators that read a fact: indicator code → fact code. */
  final ImmutableMap<String, String> derived;

  final Indicator[] indicators;
  final int[] indicatorCategory;
  final int[] indicatorInput;
  final int[] indicatorRule;
  final int[] indicatorWeight;
  final int[] indicatorCap;
  final long[] indicatorThreshold;
  /** Indicators of category c are {@code categoryStart[c]} to {@code categoryStart[c + 1]}. */
  final int[] categoryStart;

  /** Bonus slots of category c are {@code bonusStart[c]} to {@code bonusStart[c + 1]}. */
  final int[] bonusStart;
  final int[] bonusInput;
  final int[] bonusPoints;
  final int[] bonusOf;

  final int[] vetoInput;
  final long[] vetoThreshold;
  final long[] vetoMask;

  CompiledScheme(StarScheme scheme) {
    this.scheme = scheme;
    this.scale = scheme.numberScale();
    this.categoryCount = scheme.categories().size();
    this.maxStars = scheme.maxStars();
    this.categoryCodes = new String[categoryCount];
    this.passMark = new int[categoryCount];
    ImmutableMap.Builder<String, Integer> categories = ImmutableMap.builder();
    long required = 0;
    for (int c = 0; c < categoryCount; c++) {
      StarCategory category = scheme.categories().get(c);
      categoryCodes[c] = category.code();
      categories.put(category.code(), c);
      passMark[c] = category.passMark();
      if (category.required()) {
        required |= 1L << c;
      }
    }
    this.requiredMask = required;
    this.categoryIndex = categories.buildOrThrow();

    Map<String, ValueType> inputs = new LinkedHashMap<>();
    ImmutableMap.Builder<String, String> derivedBuilder = ImmutableMap.builder();
    for (Fact fact : scheme.facts()) {
      inputs.put(fact.code(), fact.type());
    }
    List<Indicator> all = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    this.categoryStart = new int[categoryCount + 1];
    for (int c = 0; c < categoryCount; c++) {
      categoryStart[c] = all.size();
      for (Indicator indicator : scheme.categories().get(c).indicators()) {
        all.add(indicator);
        owners.add(c);
        if (indicator.fact().isPresent()) {
          derivedBuilder.put(indicator.code(), indicator.fact().get());
        } else {
          inputs.put(indicator.code(), indicator.type());
        }
      }
    }
    categoryStart[categoryCount] = all.size();
    this.derived = derivedBuilder.buildOrThrow();
    this.inputCodes = inputs.keySet().toArray(new String[0]);
    this.inputTypes = inputs.values().toArray(new ValueType[0]);
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < inputCodes.length; i++) {
      index.put(inputCodes[i], i);
    }
    this.inputIndex = index.buildOrThrow();

    int n = all.size();
    this.indicators = all.toArray(new Indicator[0]);
    this.indicatorCategory = new int[n];
    this.indicatorInput = new int[n];
    this.indicatorRule = new int[n];
    this.indicatorWeight = new int[n];
    this.indicatorCap = new int[n];
    this.indicatorThreshold = new long[n];
    for (int i = 0; i < n; i++) {
      Indicator indicator = indicators[i];
      indicatorCategory[i] = owners.get(i);
      indicatorInput[i] = inputIndex.get(indicator.input());
      indicatorWeight[i] = indicator.weight();
      indicatorCap[i] = indicator.cap().orElse(0);
      ValueType type = indicator.type();
      switch (indicator.rule()) {
        case FLAG:
          indicatorRule[i] = FLAG;
          break;
        case PER_UNIT:
          indicatorRule[i] = PER_UNIT;
          break;
        case AT_LEAST:
          indicatorRule[i] = AT_LEAST;
          indicatorThreshold[i] = scaled(indicator.atLeast().get(), type, RoundingMode.CEILING);
          break;
        case AT_MOST:
          indicatorRule[i] = AT_MOST;
          indicatorThreshold[i] = scaled(indicator.atMost().get(), type, RoundingMode.FLOOR);
          break;
        default:
          throw new AssertionError(indicator.rule());
      }
    }

    this.bonusStart = new int[categoryCount + 1];
    List<int[]> slots = new ArrayList<>(); // {input, points, bonus}
    for (int c = 0; c < categoryCount; c++) {
      bonusStart[c] = slots.size();
      for (int b = 0; b < scheme.bonuses().size(); b++) {
        Bonus bonus = scheme.bonuses().get(b);
        if (bonus.categories().contains(categoryCodes[c])) {
          slots.add(new int[] {inputIndex.get(bonus.trigger()), bonus.points(), b});
        }
      }
    }
    bonusStart[categoryCount] = slots.size();
    this.bonusInput = new int[slots.size()];
    this.bonusPoints = new int[slots.size()];
    this.bonusOf = new int[slots.size()];
    for (int s = 0; s < slots.size(); s++) {
      bonusInput[s] = slots.get(s)[0];
      bonusPoints[s] = slots.get(s)[1];
      bonusOf[s] = slots.get(s)[2];
    }

    int vetoes = scheme.vetoes().size();
    this.vetoInput = new int[vetoes];
    this.vetoThreshold = new long[vetoes];
    this.vetoMask = new long[vetoes];
    long every = categoryCount == 64 ? -1L : (1L << categoryCount) - 1;
    for (int v = 0; v < vetoes; v++) {
      Veto veto = scheme.vetoes().get(v);
      int input = inputIndex.get(veto.trigger());
      vetoInput[v] = input;
      ValueType type = inputTypes[input];
      vetoThreshold[v] = type == ValueType.BOOLEAN ? 1
          : scaled(veto.atLeast().orElse(BigDecimal.ONE), type, RoundingMode.CEILING);
      long mask = 0;
      if (veto.everyStar()) {
        mask = every;
      } else {
        for (String code : veto.categories()) {
          mask |= 1L << categoryIndex.get(code);
        }
      }
      vetoMask[v] = mask;
    }
  }

  /** A threshold in the input's scaled units, rounded towards where the comparison is exact. */
  private long scaled(BigDecimal threshold, ValueType type, RoundingMode rounding) {
    BigDecimal units = type == ValueType.NUMBER ? threshold.movePointRight(scale) : threshold;
    BigDecimal whole = units.setScale(0, rounding);
    // values are ints; a threshold beyond them is clamped just past their range
    if (whole.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE + 1L)) > 0) {
      return Integer.MAX_VALUE + 1L;
    }
    if (whole.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE + 1L)) < 0) {
      return Integer.MIN_VALUE + 1L - (rounding == RoundingMode.FLOOR ? 1 : 0);
    }
    return whole.longValueExact();
  }

  /** The input {@code code} names, or an {@link EvidenceException} naming it and the household. */
  int input(String household, String code) {
    Integer i = inputIndex.get(code);
    if (i == null) {
      String fact = derived.get(code);
      if (fact != null) {
        throw new EvidenceException("rating.star.evidence.derived", household, code, fact);
      }
      throw new EvidenceException("rating.star.evidence.unknown", household, code,
          scheme.code());
    }
    return i;
  }

  /** The stored value of the yes-or-no {@code value} for input {@code i}. */
  int encodeFlag(String household, int i, boolean value) {
    requireType(household, i, ValueType.BOOLEAN, ValueType.BOOLEAN);
    return value ? 1 : 0;
  }

  /** The stored value of the count {@code count} for input {@code i} (a count or a number). */
  int encodeCount(String household, int i, long count) {
    if (inputTypes[i] == ValueType.NUMBER) {
      return encodeNumber(household, i, BigDecimal.valueOf(count));
    }
    requireType(household, i, ValueType.COUNT, ValueType.COUNT);
    if (count < 0 || count > Integer.MAX_VALUE) {
      throw new EvidenceException("rating.star.evidence.range", household, inputCodes[i], count);
    }
    return (int) count;
  }

  /** The stored value of the decimal {@code number} for input {@code i}, in scaled units. */
  int encodeNumber(String household, int i, BigDecimal number) {
    if (inputTypes[i] == ValueType.COUNT) {
      BigDecimal whole = number.stripTrailingZeros();
      if (whole.scale() > 0) {
        throw new EvidenceException("rating.star.evidence.type", household, inputCodes[i],
            ValueType.COUNT, ValueType.NUMBER);
      }
      return encodeCount(household, i, clampToLong(whole));
    }
    requireType(household, i, ValueType.NUMBER, ValueType.NUMBER);
    BigDecimal units = number.movePointRight(scale).stripTrailingZeros();
    if (units.scale() > 0) {
      throw new EvidenceException("rating.star.evidence.scale", household, inputCodes[i],
          number.toPlainString(), scale);
    }
    if (units.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
        || units.compareTo(BigDecimal.valueOf(MISSING + 1L)) < 0) {
      throw new EvidenceException("rating.star.evidence.range", household, inputCodes[i],
          number.toPlainString());
    }
    return units.intValueExact();
  }

  private static long clampToLong(BigDecimal whole) {
    if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return Long.MAX_VALUE;
    }
    if (whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
      return Long.MIN_VALUE;
    }
    return whole.longValueExact();
  }

  private void requireType(String household, int i, ValueType wanted, ValueType given) {
    if (inputTypes[i] != wanted) {
      throw new EvidenceException("rating.star.evidence.type", household, inputCodes[i],
          inputTypes[i], given);
    }
  }

  /**
   * The household's evidence as one value per input ({@link #MISSING} where none), after checking
   * every code and value; throws before returning anything when one does not fit.
   */
  int[] row(String household, Evidence evidence) {
    int[] row = new int[inputCodes.length];
    java.util.Arrays.fill(row, MISSING);
    for (String code : evidence.flags()) {
      int i = input(household, code);
      row[i] = encodeFlag(household, i, true);
    }
    for (Map.Entry<String, Long> e : evidence.counts().entrySet()) {
      int i = input(household, e.getKey());
      row[i] = encodeCount(household, i, e.getValue());
    }
    for (Map.Entry<String, BigDecimal> e : evidence.numbers().entrySet()) {
      int i = input(household, e.getKey());
      row[i] = encodeNumber(household, i, e.getValue());
    }
    return row;
  }

  /** The value stored for input {@code i} as text: {@code true}, {@code 3}, {@code 120.50}. */
  String show(int i, int value) {
    switch (inputTypes[i]) {
      case BOOLEAN:
        return value > 0 ? "true" : "false";
      case COUNT:
        return Integer.toString(value);
      case NUMBER:
        return BigDecimal.valueOf(value, scale).toPlainString();
      default:
        throw new AssertionError(inputTypes[i]);
    }
  }

  /** The stored value of input {@code i} back as evidence. */
  void restore(Evidence.Builder into, int i, int value) {
    if (value == MISSING) {
      return;
    }
    switch (inputTypes[i]) {
      case BOOLEAN:
        into.set(inputCodes[i], value > 0);
        break;
      case COUNT:
        into.set(inputCodes[i], (long) value);
        break;
      case NUMBER:
        into.set(inputCodes[i], BigDecimal.valueOf(value, scale));
        break;
      default:
        throw new AssertionError(inputTypes[i]);
    }
  }

  Map<String, ValueType> inputTypes() {
    Map<String, ValueType> out = new LinkedHashMap<>();
    for (int i = 0; i < inputCodes.length; i++) {
      out.put(inputCodes[i], inputTypes[i]);
    }
    return ImmutableMap.copyOf(out);
  }

  /** The points indicator {@code i} scores for the input value {@code v}. */
  int points(int i, int v) {
    if (v == MISSING) {
      return 0;
    }
    switch (indicatorRule[i]) {
      case FLAG:
        return v > 0 ? indicatorWeight[i] : 0;
      case AT_LEAST:
        return v >= indicatorThreshold[i] ? indicatorWeight[i] : 0;
      case AT_MOST:
        return v <= indicatorThreshold[i] ? indicatorWeight[i] : 0;
      case PER_UNIT:
        return Math.min(Math.max(v, 0), indicatorCap[i]) * indicatorWeight[i];
      default:
        throw new AssertionError(indicatorRule[i]);
    }
  }

  /** True when veto {@code v} holds for the input value {@code value}. */
  boolean vetoHolds(int v, int value) {
    return value != MISSING && value >= vetoThreshold[v];
  }

  /** True when a yes-or-no bonus trigger holds for {@code value}. */
  static boolean flagHolds(int value) {
    return value > 0;
  }

  /** {@code earned} cut to the maximum: required categories first, then scheme order. */
  long cap(long earned) {
    if (Long.bitCount(earned) <= maxStars) {
      return earned;
    }
    long kept = earned & requiredMask;
    long others = earned & ~requiredMask;
    int room = maxStars - Long.bitCount(kept);
    long keep = 0;
    while (room > 0 && others != 0) {
      long lowest = others & -others;
      keep |= lowest;
      others ^= lowest;
      room--;
    }
    return kept | keep;
  }

  /** {@code mask} when it holds every required category, else nothing. */
  long gate(long mask) {
    return (mask & requiredMask) == requiredMask ? mask : 0L;
  }

  /** Households per block of the batch kernel: a block of every column stays in cache. */
  static final int BLOCK = 1024;

  /**
   * The batch kernel: evaluates {@code n} households from the input columns (null = no evidence)
   * into {@code masks} and {@code totals}, a block of {@link #BLOCK} households at a time and,
   * within a block, category by category, so each inner loop streams one column segment and the
   * block's scores from cache and nothing is allocated. {@code score} holds at least {@code
   * min(n, BLOCK)} ints of scratch.
   */
  void evaluate(int[][] columns, int n, int[] score, long[] masks, byte[] totals) {
    for (int from = 0; from < n; from += BLOCK) {
      block(columns, from, Math.min(n, from + BLOCK), score, masks, totals);
    }
  }

  private void block(int[][] columns, int from, int to, int[] score, long[] masks,
      byte[] totals) {
    java.util.Arrays.fill(masks, from, to, 0L);
    int size = to - from;
    for (int c = 0; c < categoryCount; c++) {
      java.util.Arrays.fill(score, 0, size, 0);
      for (int i = categoryStart[c]; i < categoryStart[c + 1]; i++) {
        int[] column = columns[indicatorInput[i]];
        if (column != null) {
          addPoints(i, column, from, to, score);
        }
      }
      for (int s = bonusStart[c]; s < bonusStart[c + 1]; s++) {
        int[] column = columns[bonusInput[s]];
        if (column != null) {
          int points = bonusPoints[s];
          for (int h = from; h < to; h++) {
            score[h - from] += column[h] > 0 ? points : 0;
          }
        }
      }
      long bit = 1L << c;
      int pass = passMark[c];
      for (int h = from; h < to; h++) {
        if (score[h - from] >= pass) {
          masks[h] |= bit;
        }
      }
    }
    if (categoryCount > maxStars) {
      for (int h = from; h < to; h++) {
        masks[h] = cap(masks[h]);
      }
    }
    for (int v = 0; v < vetoInput.length; v++) {
      int[] column = columns[vetoInput[v]];
      if (column == null) {
        continue;
      }
      long threshold = Math.max(vetoThreshold[v], MISSING + 1L);
      long clear = ~vetoMask[v];
      for (int h = from; h < to; h++) {
        if (column[h] >= threshold) {
          masks[h] &= clear;
        }
      }
    }
    for (int h = from; h < to; h++) {
      long mask = gate(masks[h]);
      masks[h] = mask;
      totals[h] = (byte) Long.bitCount(mask);
    }
  }

  private void addPoints(int i, int[] column, int from, int to, int[] score) {
    int weight = indicatorWeight[i];
    switch (indicatorRule[i]) {
      case FLAG:
        for (int h = from; h < to; h++) {
          score[h - from] += column[h] > 0 ? weight : 0;
        }
        break;
      case AT_LEAST: {
        long threshold = Math.max(indicatorThreshold[i], MISSING + 1L);
        for (int h = from; h < to; h++) {
          score[h - from] += column[h] >= threshold ? weight : 0;
        }
        break;
      }
      case AT_MOST: {
        long threshold = indicatorThreshold[i];
        for (int h = from; h < to; h++) {
          int v = column[h];
          score[h - from] += (v != MISSING & v <= threshold) ? weight : 0;
        }
        break;
      }
      case PER_UNIT: {
        int cap = indicatorCap[i];
        for (int h = from; h < to; h++) {
          score[h - from] += Math.min(Math.max(column[h], 0), cap) * weight;
        }
        break;
      }
      default:
        throw new AssertionError(indicatorRule[i]);
    }
  }
}
