package io.github.xiangzhi.rating.star.round;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/**
 * 平票规则 — how a vote that lands exactly on the majority share is decided: for a majority of one
 * half, as many votes for as against.
 */
public enum TieRule implements LocalizedText {
  /** A tie rejects the proposal: a majority must be more than the share. */
  REJECTED,
  /** A tie approves the proposal: a majority must reach the share. */
  APPROVED;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.star.tieRule." + name());
  }
}
