package io.github.xiangzhi.patrol.audit;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 打卡无效原因 — why a check-in matches no scheduled patrol. */
public enum RejectionReason implements LocalizedText {
  /** The person is not on the staff. */
  UNKNOWN_STAFF,
  /** The person has no patrol of that kind and target near that time. */
  OUTSIDE_SCHEDULE,
  /** The patrol it would match was already checked in. */
  DUPLICATE;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "patrol.rejectionReason." + name());
  }
}
