package io.github.xiangzhi.rating.star.round;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * 表决票 — one committee member's vote on one household's stars.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVote.class)
@JsonDeserialize(as = ImmutableVote.class)
public abstract class Vote {

  /** The household voted on. */
  public abstract HouseholdId household();

  /** The member who voted. */
  public abstract PersonId member();

  /** The vote. */
  public abstract VoteChoice choice();

  /** When. */
  public abstract Instant at();

  static Vote of(HouseholdId household, PersonId member, VoteChoice choice, Instant at) {
    return ImmutableVote.builder().household(household).member(member).choice(choice).at(at)
        .build();
  }
}
