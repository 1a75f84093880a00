package io.github.xiangzhi.rating.star.conduct;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 约束事项 — what a black-list entry restricts (004). */
public enum RestrictionKind implements LocalizedText {
  /** 享受集体分红: the household's share of collective dividends. */
  DIVIDENDS,
  /** 评先评优: awards and ratings, the star rating included. */
  AWARDS;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.star.restriction." + name());
  }
}
