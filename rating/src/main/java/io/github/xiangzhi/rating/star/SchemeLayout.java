package io.github.xiangzhi.rating.star;

import java.util.Arrays;

/**
 * 评星规则布局 — a star scheme as the engine scores it: categories, inputs, indicators, bonuses and
 * vetoes numbered and their thresholds scaled to integers, for code that scores many households
 * its own way (the policy-threshold simulator) and must agree with {@link StarEngine} exactly.
 *
 * <p>Inputs are the scheme's facts, then the indicators with values of their own, in scheme order
 * ({@link StarScheme#inputs()}); numbers are held in units of 10<sup>-{@link #numberScale()}</sup>.
 * An indicator's {@linkplain #indicatorRule rule} is one of {@link #FLAG}, {@link #AT_LEAST},
 * {@link #AT_MOST} and {@link #PER_UNIT}. Indicators, and bonus slots, are grouped by category:
 * category {@code c}'s are {@code start[c]} to {@code start[c + 1]} exclusive.
 *
 * <p>This class is immutable and thread-safe; every array it returns is a fresh copy.
 */
public final class SchemeLayout {

  /** A yes-or-no indicator: its weight when true. */
  public static final int FLAG = CompiledScheme.FLAG;
  /** Its weight when the value is at least the threshold. */
  public static final int AT_LEAST = CompiledScheme.AT_LEAST;
  /** Its weight when the value is at most the threshold. */
  public static final int AT_MOST = CompiledScheme.AT_MOST;
  /** Its weight per unit counted, up to its cap. */
  public static final int PER_UNIT = CompiledScheme.PER_UNIT;

  private final CompiledScheme compiled;

  private SchemeLayout(CompiledScheme compiled) {
    this.compiled = compiled;
  }

  /** The layout of {@code scheme}, as the engine compiled it. */
  public static SchemeLayout of(StarScheme scheme) {
    return new SchemeLayout(scheme.compiled());
  }

  /** How many categories. */
  public int categoryCount() {
    return compiled.categoryCount;
  }

  /** The most stars a household may hold. */
  public int maxStars() {
    return compiled.maxStars;
  }

  /** Bit {@code c} set for each required category {@code c}. */
  public long requiredMask() {
    return compiled.requiredMask;
  }

  /** Each category's pass mark. */
  public int[] passMarks() {
    return compiled.passMark.clone();
  }

  /** Decimal places numbers are held to. */
  public int numberScale() {
    return compiled.scale;
  }

  /** The inputs' codes, by input number. */
  public String[] inputCodes() {
    return compiled.inputCodes.clone();
  }

  /** The inputs' types, by input number. */
  public ValueType[] inputTypes() {
    return compiled.inputTypes.clone();
  }

  /** Where each category's indicators start, and (last) how many indicators in all. */
  public int[] categoryStart() {
    return compiled.categoryStart.clone();
  }

  /** Each indicator's category. */
  public int[] indicatorCategory() {
    return compiled.indicatorCategory.clone();
  }

  /** Each indicator's input number. */
  public int[] indicatorInput() {
    return compiled.indicatorInput.clone();
  }

  /** Each indicator's rule: {@link #FLAG}, {@link #AT_LEAST}, {@link #AT_MOST} or {@link #PER_UNIT}. */
  public int[] indicatorRule() {
    return compiled.indicatorRule.clone();
  }

  /** Each indicator's weight. */
  public int[] indicatorWeight() {
    return compiled.indicatorWeight.clone();
  }

  /** Each per-unit indicator's cap (0 for the others). */
  public int[] indicatorCap() {
    return compiled.indicatorCap.clone();
  }

  /** Each threshold indicator's threshold in scaled units (0 for the others). */
  public long[] indicatorThreshold() {
    return compiled.indicatorThreshold.clone();
  }

  /** Where each category's bonus slots start, and (last) how many slots in all. */
  public int[] bonusStart() {
    return compiled.bonusStart.clone();
  }

  /** Each bonus slot's trigger input. */
  public int[] bonusInput() {
    return compiled.bonusInput.clone();
  }

  /** Each bonus slot's points. */
  public int[] bonusPoints() {
    return compiled.bonusPoints.clone();
  }

  /** Each veto's trigger input. */
  public int[] vetoInput() {
    return compiled.vetoInput.clone();
  }

  /** Each veto's threshold in its input's scaled units (1 for a yes-or-no trigger). */
  public long[] vetoThreshold() {
    return compiled.vetoThreshold.clone();
  }

  /** Each veto's withheld categories, a bit per category. */
  public long[] vetoMask() {
    return compiled.vetoMask.clone();
  }

  @Override
  public String toString() {
    return "SchemeLayout(" + compiled.scheme.code() + ": " + compiled.categoryCount
        + " categories, " + compiled.inputCodes.length + " inputs, "
        + compiled.indicatorInput.length + " indicators, " + Arrays.toString(compiled.passMark)
        + ")";
  }
}
