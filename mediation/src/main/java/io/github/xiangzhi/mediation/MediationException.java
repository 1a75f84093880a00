package io.github.xiangzhi.mediation;

import io.github.xiangzhi.core.XiangzhiException;

/**
 * The base of the mediation module's typed errors about state and input: an event for an unknown
 * matter, an event the matter's state does not allow, a clock going backwards, a handler without
 * the tier's role. Each names the offending id and value through its message key; when one is
 * thrown, nothing has changed.
 */
public class MediationException extends XiangzhiException {
  private static final long serialVersionUID = 1L;

  /** An error whose message is the bundle text for {@code messageKey}. */
  public MediationException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
