package io.github.xiangzhi.rating.star;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 增星或摘星 — one star added or removed at the year-end adjustment, with why: this year's outcome
 * of the category (score, pass mark, status) and its reasons. A star whose category the scheme no
 * longer has is removed without an outcome.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStarDelta.class)
@JsonDeserialize(as = ImmutableStarDelta.class)
public abstract class StarDelta implements LocalizedText {

  /** The category's code. */
  public abstract String category();

  /** True for a star added (加星), false for one removed (摘星). */
  public abstract boolean added();

  /** This year's outcome of the category; empty when the scheme no longer has it. */
  public abstract Optional<CategoryOutcome> outcome();

  /** This year's reasons about the category. */
  public abstract ImmutableList<StarReason> reasons();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a delta. */
  public static final class Builder extends ImmutableStarDelta.Builder {}

  /**
   * The change in {@code locale}'s language: "LAW_ABIDING added: 80 of 70 points" or
   * "GREEN_ENVIRONMENT removed: vetoed".
   */
  @Override
  public String text(Locale locale) {
    if (outcome().isEmpty()) {
      return Messages.format(locale, "rating.star.delta.dropped", category());
    }
    CategoryOutcome o = outcome().get();
    String key = added() ? "rating.star.delta.added" : "rating.star.delta.removed";
    return Messages.format(locale, key, category(), o.score(), o.passMark(), o.status());
  }
}
