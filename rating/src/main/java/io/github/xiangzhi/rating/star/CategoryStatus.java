package io.github.xiangzhi.rating.star;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 评定结果 — what became of one category for one household, in the order the steps apply. */
public enum CategoryStatus implements LocalizedText {
  /** The star is held. */
  EARNED,
  /** The score stays below the pass mark (未达标). */
  NOT_MET,
  /** Earned, but beyond the scheme's maximum number of stars. */
  CAPPED,
  /** Earned, but withheld by a veto (一票否决). */
  VETOED,
  /** Earned, but the household lacks a required (basic) star, so it holds none. */
  WITHHELD;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.star.status." + name());
  }
}
