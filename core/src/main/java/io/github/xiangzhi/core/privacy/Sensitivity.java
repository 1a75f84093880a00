package io.github.xiangzhi.core.privacy;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** How closely personal data is guarded (R-CORE-4), after the Personal Information Protection Law. */
public enum Sensitivity implements LocalizedText {
  /** 一般个人信息 — withheld by default; shown with {@link Permission#SPECIAL_GROUPS}. */
  GENERAL,
  /**
   * 敏感个人信息 — health, criminal justice, minors: withheld by default; shown only with {@link
   * Permission#SENSITIVE_SPECIAL_GROUPS}.
   */
  SENSITIVE;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "core.sensitivity." + name());
  }
}
