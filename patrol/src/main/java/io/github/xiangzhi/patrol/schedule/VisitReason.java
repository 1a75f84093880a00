package io.github.xiangzhi.patrol.schedule;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/**
 * 走访类型 — why a household is visited: routinely (逐户逐院) or because a member belongs to a
 * special group (特殊群体走访, R-PAT-6). The category itself is personal data and is never part of
 * a schedule or report; only "special-group visit" is shown.
 */
public enum VisitReason implements LocalizedText {
  /** 常规走访 — every household's visit. */
  ROUTINE,
  /** 特殊群体走访 — a closer visit for a special-group household; the category is withheld. */
  SPECIAL_GROUP;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "patrol.visitReason." + name());
  }
}
