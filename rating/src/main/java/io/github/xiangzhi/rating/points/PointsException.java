package io.github.xiangzhi.rating.points;

import io.github.xiangzhi.core.XiangzhiException;

/**
 * 积分账簿异常 — a request the points ledger refused, or a journal it could not read, with the {@link
 * PointsError} that says why and the ids and numbers involved; the message comes from the
 * bundles ({@link #message(java.util.Locale)}). Whatever throws it has changed nothing.
 */
public class PointsException extends XiangzhiException {
  private static final long serialVersionUID = 1L;

  private final PointsError error;

  /** A refusal for {@code error} naming {@code arguments}. */
  public PointsException(PointsError error, Object... arguments) {
    super(error.messageKey(), arguments);
    this.error = error;
  }

  /** A failure for {@code error} caused by {@code cause}. */
  public PointsException(Throwable cause, PointsError error, Object... arguments) {
    super(cause, error.messageKey(), arguments);
    this.error = error;
  }

  /** Why. */
  public PointsError error() {
    return error;
  }
}
