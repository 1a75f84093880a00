package io.github.xiangzhi.mediation.deadline;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 到期类别 — what a due item announces: a reminder before the deadline, or the deadline passed. */
public enum DueKind implements LocalizedText {
  /** 临期提醒 — the reminder before the tier's time limit ends. */
  REMINDER,
  /** 已超期 — the tier's time limit has passed: escalate (R-MED-1). */
  OVERDUE;

  /** The label in {@code locale}'s language, from the mediation bundles. */
  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "mediation.due." + name());
  }
}
