package io.github.xiangzhi.rating.star.round;

/** What a rejected round command did wrong; {@link RoundException#problem()}. */
public enum RoundProblem {
  /** The village is not in the hierarchy. */
  UNKNOWN_VILLAGE,
  /** The unit is not at the village level. */
  NOT_A_VILLAGE,
  /** The command is not allowed in the round's current state. */
  ILLEGAL_TRANSITION,
  /** The household is not in the village. */
  UNKNOWN_HOUSEHOLD,
  /** The household has not assessed itself. */
  NOT_ASSESSED,
  /** A star the scheme does not have. */
  UNKNOWN_CATEGORY,
  /** More stars than the scheme allows. */
  TOO_MANY_STARS,
  /** The voter is not on the two committees. */
  NOT_A_MEMBER,
  /** The member has already voted on the household. */
  SECOND_VOTE,
  /** Votes have begun, so the proposal cannot change. */
  VOTES_BEGUN,
  /** Too few members took part in a household's vote. */
  NO_QUORUM,
  /** The notice period is still running. */
  NOTICE_RUNNING,
  /** The notice period is over. */
  NOTICE_OVER,
  /** Objections are unresolved. */
  UNRESOLVED_OBJECTIONS,
  /** No such objection. */
  UNKNOWN_OBJECTION,
  /** The objection is already resolved. */
  ALREADY_RESOLVED,
  /** The objection says nothing. */
  BLANK_OBJECTION
}
