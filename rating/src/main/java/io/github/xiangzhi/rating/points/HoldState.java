package io.github.xiangzhi.rating.points;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** Where a {@link Hold} stands: pending until it is released or captured, once. */
public enum HoldState implements LocalizedText {
  /** 冻结中 — the points are frozen. */
  PENDING,
  /** 已解冻 — released: the points are available again. */
  RELEASED,
  /** 已扣划 — captured: some or all of the points were taken, the rest released. */
  CAPTURED;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.points.holdState." + name());
  }
}
