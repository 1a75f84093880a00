package io.github.xiangzhi.rating.star.target;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.id.HouseholdId;
import org.immutables.value.Value;

/**
 * 增星减星公示 — a household's stars added and removed this year, as posted (R-STAR-6: "增星减星、
 * 动态管理情况予以张榜公布").
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePostedChange.class)
@JsonDeserialize(as = ImmutablePostedChange.class)
public abstract class PostedChange {

  /** The household. */
  public abstract HouseholdId household();

  /** The stars added. */
  public abstract ImmutableSet<String> added();

  /** The stars removed. */
  public abstract ImmutableSet<String> removed();

  /** The number of stars held last year. */
  public abstract int before();

  /** The number of stars held now. */
  public abstract int after();

  static PostedChange of(HouseholdId household, ImmutableSet<String> added,
      ImmutableSet<String> removed, int before, int after) {
    return ImmutablePostedChange.builder().household(household).added(added).removed(removed)
        .before(before).after(after).build();
  }
}
