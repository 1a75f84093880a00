package io.github.xiangzhi.rating.star.target;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.id.HouseholdId;
import org.immutables.value.Value;

/**
 * 光荣榜条目 — a household on the honour board (R-STAR-6): its stars, the number of which reaches the
 * targets' high number (六星级及以上).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHonourEntry.class)
@JsonDeserialize(as = ImmutableHonourEntry.class)
public abstract class HonourEntry {

  /** The household. */
  public abstract HouseholdId household();

  /** The codes of the stars held. */
  public abstract ImmutableSet<String> stars();

  /** The number of stars. */
  public int total() {
    return stars().size();
  }

  static HonourEntry of(HouseholdId household, ImmutableSet<String> stars) {
    return ImmutableHonourEntry.builder().household(household).stars(stars).build();
  }
}
