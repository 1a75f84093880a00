package io.github.xiangzhi.rating.star.round;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.PersonId;
import org.immutables.value.Value;

/**
 * 村"两委" — the members of a village's two committees (the village party committee and the
 * villagers' committee) who vote on households' stars: only they vote, once each per household. A
 * person on both committees is one member. Built from person ids, so a body of the grid module can
 * feed it later.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommittee.class)
@JsonDeserialize(as = ImmutableCommittee.class)
public abstract class Committee {

  /** The members. */
  public abstract ImmutableSet<PersonId> members();

  /** The committee of {@code members}. */
  public static Committee of(Iterable<PersonId> members) {
    return ImmutableCommittee.builder().members(members).build();
  }

  /** The committee of {@code members}. */
  public static Committee of(PersonId... members) {
    return ImmutableCommittee.builder().addMembers(members).build();
  }

  /**
   * The committee of the members of {@code body}, a grid body such as a village's two committees.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException if the body has no member
   */
  public static Committee ofBody(io.github.xiangzhi.grid.body.Body body) {
    return of(body.memberIds());
  }

  /** The joint committee of the party committee and the villagers' committee. */
  public static Committee joint(Iterable<PersonId> partyCommittee,
      Iterable<PersonId> villagersCommittee) {
    return ImmutableCommittee.builder().addAllMembers(partyCommittee)
        .addAllMembers(villagersCommittee).build();
  }

  /** The number of members. */
  public int size() {
    return members().size();
  }

  /** True when {@code person} is a member. */
  public boolean contains(PersonId person) {
    return members().contains(person);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(!members().isEmpty(), "/members", "rating.star.committee.empty");
    checks.throwIfAny();
  }
}
