package io.github.xiangzhi.mediation.transparency;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 公开类别 — what kind of affairs a posting makes public (002: "党务、村务和……事项"; 财务). */
public enum AffairKind implements LocalizedText {
  /** 党务 — party affairs. */
  PARTY,
  /** 村务 — village affairs. */
  VILLAGE,
  /** 财务 — village finances. */
  FINANCIAL;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "mediation.affairKind." + name());
  }
}
