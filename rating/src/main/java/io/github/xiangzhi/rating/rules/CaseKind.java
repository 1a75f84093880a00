package io.github.xiangzhi.rating.rules;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 记录类别 — a violation of a resisted practice, or a commendation for a promoted one. */
public enum CaseKind implements LocalizedText {
  /** 违约 — a household did what the rules resist. */
  VIOLATION,
  /** 表彰 — a household did what the rules promote. */
  COMMENDATION;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.rules.caseKind." + name());
  }
}
