package io.github.xiangzhi.rating.star;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import org.immutables.value.Value;

/**
 * 动态调整 — one household's year-end adjustment (R-STAR-4, 能上能下): the stars it held last year
 * ({@link #before()}), those it holds now ({@link #after()}), and each star {@linkplain #added()
 * added} or {@linkplain #removed() removed} with its reason. {@code before + added − removed =
 * after}, and no category is both added and removed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStarChange.class)
@JsonDeserialize(as = ImmutableStarChange.class)
public abstract class StarChange {

  /** The household. */
  public abstract HouseholdId household();

  /** The year adjusted. */
  public abstract GovernancePeriod year();

  /** The stars held the year before (none when the household had no record). */
  public abstract ImmutableSet<String> before();

  /** The stars held after the adjustment. */
  public abstract ImmutableSet<String> after();

  /** The stars added (达标的加星), in scheme order. */
  public abstract ImmutableList<StarDelta> added();

  /** The stars removed (不达的摘星). */
  public abstract ImmutableList<StarDelta> removed();

  /** True when a star was added or removed. */
  public boolean changed() {
    return !added().isEmpty() || !removed().isEmpty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a change. */
  public static final class Builder extends ImmutableStarChange.Builder {}
}
