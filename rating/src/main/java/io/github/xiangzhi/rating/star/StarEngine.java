package io.github.xiangzhi.rating.star;

import io.github.xiangzhi.core.id.HouseholdId;

/**
 * 评星引擎 — evaluates households against a {@link StarScheme} (R-STAR-1, 2, 7, 8): pure,
 * deterministic and thread-safe; the same scheme and evidence always give the same stars.
 *
 * <pre>{@code
 * StarEngine engine = StarEngine.create();
 * StarResult result = engine.evaluate(scheme, HouseholdId.of("h-0217"), evidence);
 * result.total();                       // 7
 * result.reasonsFor("LAW_ABIDING");     // which indicator passed or failed, which veto held
 * StarTable county = engine.evaluateAll(scheme, table);   // a whole county, by position
 * }</pre>
 *
 * <p>Performance notes: {@link #evaluateAll} and {@link #evaluateInto} work a block of 1,024
 * households at a time and, within a block, category by category, so every inner loop streams one
 * column segment and the block's scores from cache; they allocate one 4 KB scratch array per call
 * and nothing per household. With the Changzhi preset a million households take about 100 ms of
 * CPU, hundreds of times less than the same rules in Easy Rules (docs/PERFORMANCE.md). {@link
 * #evaluate} builds every reason and is meant for one household at a time.
 */
public interface StarEngine {

  /** The engine. */
  static StarEngine create() {
    return DefaultStarEngine.INSTANCE;
  }

  /**
   * The stars of {@code household} under {@code scheme} with every reason.
   *
   * @throws EvidenceException naming the household and the first code or value of {@code
   *     evidence} that does not fit the scheme
   */
  StarResult evaluate(StarScheme scheme, HouseholdId household, Evidence evidence);

  /**
   * The stars of every household of {@code evidence}, which must have been built for {@code
   * scheme}: the same stars {@link #evaluate} gives each household, without the reasons.
   *
   * @throws IllegalArgumentException if the table was built for another scheme
   */
  StarTable evaluateAll(StarScheme scheme, EvidenceTable evidence);

  /**
   * Writes the stars of every household of {@code evidence} into the caller's arrays (at least one
   * slot per household each), allocating only the scratch scores.
   *
   * @throws IllegalArgumentException if the table was built for another scheme or an array is too
   *     short
   */
  void evaluateInto(StarScheme scheme, EvidenceTable evidence, byte[] totals, long[] masks);
}
