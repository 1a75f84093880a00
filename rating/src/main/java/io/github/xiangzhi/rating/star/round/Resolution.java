package io.github.xiangzhi.rating.star.round;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 异议处理结果 — how the committees resolved an objection. */
public enum Resolution implements LocalizedText {
  /** The objection stands: the household's stars are amended (or withdrawn). */
  UPHELD,
  /** The objection is dismissed: the result stands. */
  DISMISSED;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.star.resolution." + name());
  }
}
