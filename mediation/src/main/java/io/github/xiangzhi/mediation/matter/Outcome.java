package io.github.xiangzhi.mediation.matter;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 办理结果 — how a resolved matter ended (处理反馈). */
public enum Outcome implements LocalizedText {
  /** 达成调解协议 — the parties signed a mediation agreement. */
  AGREEMENT,
  /** 当场化解 — settled without a written agreement. */
  SETTLED,
  /** 答复办结 — a request answered and dealt with. */
  ANSWERED;

  /** The label in {@code locale}'s language, from the mediation bundles. */
  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "mediation.outcome." + name());
  }
}
