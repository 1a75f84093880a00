package io.github.xiangzhi.rating.star.conduct;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.id.HouseholdId;
import org.immutables.value.Value;

/**
 * 上榜条目 — a household on a red or black list, with the kinds of conduct and the records that put
 * it there.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableListEntry.class)
@JsonDeserialize(as = ImmutableListEntry.class)
public abstract class ListEntry {

  /** The household. */
  public abstract HouseholdId household();

  /** The kinds of conduct. */
  public abstract ImmutableSet<String> kinds();

  /** The ids of the records, in time order. */
  public abstract ImmutableList<String> records();

  static ListEntry of(HouseholdId household, Iterable<String> kinds, Iterable<String> records) {
    return ImmutableListEntry.builder().household(household).kinds(kinds).records(records)
        .build();
  }
}
