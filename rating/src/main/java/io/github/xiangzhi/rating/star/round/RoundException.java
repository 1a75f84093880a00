package io.github.xiangzhi.rating.star.round;

import io.github.xiangzhi.core.XiangzhiException;

/**
 * A rating-round command that was rejected: a step the current state does not allow (the message
 * names the state), a vote by someone not on the committees or a second vote, an objection after
 * the notice period or the award, a round for an unknown village. The round is unchanged.
 */
public final class RoundException extends XiangzhiException {
  private static final long serialVersionUID = 1L;

  private final RoundProblem problem;
  private final RoundState state;

  RoundException(RoundProblem problem, RoundState state, String messageKey,
      Object... arguments) {
    super(messageKey, arguments);
    this.problem = problem;
    this.state = state;
  }

  /** What was wrong. */
  public RoundProblem problem() {
    return problem;
  }

  /** The round's state when the command came; null for a round that could not be opened. */
  public RoundState state() {
    return state;
  }
}
