package io.github.xiangzhi.rating.star.target;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** Whether a target is met. */
public enum TargetStatus implements LocalizedText {
  /** The share is reached (exactly, never by rounding). */
  MET,
  /** The share is not reached; the check says how many households short. */
  NOT_MET,
  /**
   * There is nothing to divide by — no households, or no starred households for the high-star
   * share — so the share is reported, not computed. It does not count as met.
   */
  NO_BASE;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.star.targetStatus." + name());
  }
}
