package io.github.xiangzhi.patrol.finding;

import io.github.xiangzhi.core.XiangzhiException;

/** A finding book asked about a finding it does not hold; the message names the id. */
public class UnknownFindingException extends XiangzhiException {
  private static final long serialVersionUID = 1L;

  /** The book holds no finding {@code id}. */
  public UnknownFindingException(FindingId id) {
    super("patrol.finding.unknown", id);
  }
}
