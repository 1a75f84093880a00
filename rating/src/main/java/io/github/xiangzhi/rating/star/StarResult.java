package io.github.xiangzhi.rating.star;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.id.HouseholdId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * 评星结果 — a household's stars under a scheme, with every reason: the {@link #stars()} held (in
 * scheme order), each category's {@link #outcomes()}, and the {@link #reasons()} — which indicator
 * passed or failed, which bonus applied, which veto held.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStarResult.class)
@JsonDeserialize(as = ImmutableStarResult.class)
public abstract class StarResult {

  /** The household rated. */
  public abstract HouseholdId household();

  /** The code of the scheme it was rated under. */
  public abstract String scheme();

  /** The codes of the categories held, in scheme order. */
  public abstract ImmutableSet<String> stars();

  /** Each category's outcome, in scheme order. */
  public abstract ImmutableList<CategoryOutcome> outcomes();

  /** The explanation, category by category, then vetoes and the required-star check. */
  public abstract ImmutableList<StarReason> reasons();

  /** The number of stars held (星级). */
  public int total() {
    return stars().size();
  }

  /** True when the household holds the star {@code category}. */
  public boolean hasStar(String category) {
    return stars().contains(category);
  }

  /** The outcome of {@code category}, if the scheme has it. */
  public Optional<CategoryOutcome> outcome(String category) {
    return outcomes().stream().filter(o -> o.category().equals(category)).findFirst();
  }

  /**
   * The reasons about {@code category}: its indicators, bonuses, verdict and vetoes, and the lines
   * about every star (a veto on every star, a missing required star).
   */
  public List<StarReason> reasonsFor(String category) {
    return reasons().stream()
        .filter(r -> r.category().map(category::equals).orElse(true))
        .collect(Collectors.toList());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a result. */
  public static final class Builder extends ImmutableStarResult.Builder {}
}
