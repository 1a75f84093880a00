package io.github.xiangzhi.rating.points;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** Why points are frozen (冻结) by a {@link Hold}. */
public enum HoldReason implements LocalizedText {
  /** 异议复核 — an objection to the points is under review. */
  OBJECTION,
  /** 存折挂失 — the passbook was reported lost. */
  LOST_PASSBOOK,
  /** 其他 — any other reason the memo explains. */
  OTHER;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.points.holdReason." + name());
  }
}
