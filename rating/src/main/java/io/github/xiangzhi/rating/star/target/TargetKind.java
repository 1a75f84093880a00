package io.github.xiangzhi.rating.star.target;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** The three village targets of R-STAR-5. */
public enum TargetKind implements LocalizedText {
  /** 参评率: households that took part, of all households. */
  PARTICIPATION,
  /** 星级评定率: starred households, of all households. */
  STARRED,
  /** 六星级及以上占比: households with the high number of stars, of starred households. */
  HIGH_STARRED;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.star.targetKind." + name());
  }
}
