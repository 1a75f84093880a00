package io.github.xiangzhi.mediation.matter;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 满意度 — what the party answered when asked about the result (003: 回复满意率). */
public enum Satisfaction implements LocalizedText {
  /** 满意. */
  SATISFIED,
  /** 基本满意 — counted as satisfied, as satisfaction rates usually do. */
  BASICALLY_SATISFIED,
  /** 不满意. */
  DISSATISFIED;

  /** True for {@link #SATISFIED} and {@link #BASICALLY_SATISFIED}. */
  public boolean satisfied() {
    return this != DISSATISFIED;
  }

  /** The label in {@code locale}'s language, from the mediation bundles. */
  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "mediation.satisfaction." + name());
  }
}
