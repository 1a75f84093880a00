package io.github.xiangzhi.mediation.matter;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/**
 * 上报原因 — why a matter moves up a tier (R-MED-1): mediation failed at this tier, or the tier's
 * time limit passed.
 */
public enum EscalationReason implements LocalizedText {
  /** 调解不成 — the tier could not settle it (未能解决). */
  FAILED,
  /** 超时限 — the tier's time limit in working days passed. */
  OVERDUE;

  /** The label in {@code locale}'s language, from the mediation bundles. */
  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "mediation.escalationReason." + name());
  }
}
