package io.github.xiangzhi.rating.points;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** What a {@link Posting} records; every type moves points between two fixed kinds of account. */
public enum PostingType implements LocalizedText {
  /** 加分 — an earning rule met: issuing pool → household. */
  EARNING,
  /** 扣分 — a deduction rule met: household → reversal. */
  DEDUCTION,
  /** 兑换 — goods taken from the points supermarket: household → supermarket. */
  REDEMPTION,
  /** 过期 — points past their expiry: household → expiry. */
  EXPIRY,
  /**
   * 冲正 — a correction undoing an earlier posting: the same points back the other way, except
   * that points an issuing pool paid out go to the reversal account, since pools only pay out.
   */
  REVERSAL,
  /** 冻结扣划 — held points taken: household → reversal or another household. */
  CAPTURE;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.points.postingType." + name());
  }
}
