package io.github.xiangzhi.rating.star;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * 单项评定 — one category's outcome for one household: its score (indicator points plus bonuses),
 * the pass mark and what became of the star.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCategoryOutcome.class)
@JsonDeserialize(as = ImmutableCategoryOutcome.class)
public abstract class CategoryOutcome {

  /** The category's code. */
  public abstract String category();

  /** The points of the indicators and bonuses. */
  public abstract int score();

  /** The points of the bonuses alone, included in {@link #score()}. */
  public abstract int bonus();

  /** The category's pass mark. */
  public abstract int passMark();

  /** What became of the star. */
  public abstract CategoryStatus status();

  /** True when the star is held. */
  public boolean earned() {
    return status() == CategoryStatus.EARNED;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an outcome. */
  public static final class Builder extends ImmutableCategoryOutcome.Builder {}
}
