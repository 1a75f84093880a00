package io.github.xiangzhi.patrol.finding;

import io.github.xiangzhi.core.XiangzhiException;

/**
 * A finding asked to do what its state does not allow: a finding handled on the spot referred to
 * mediation, a matter linked twice, a closed hazard closed again, an id recorded twice. The
 * message names the finding, its status and the action.
 */
public class FindingStateException extends XiangzhiException {
  private static final long serialVersionUID = 1L;

  /** An exception for {@code messageKey} with its arguments. */
  public FindingStateException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
