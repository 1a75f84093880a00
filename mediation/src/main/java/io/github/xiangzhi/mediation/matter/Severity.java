package io.github.xiangzhi.mediation.matter;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/**
 * 轻重 — how serious a matter is, for graded intake (R-MED-2): 微事 stay in the grid, 一般 matters
 * in the village, 重大复杂疑难 matters go to the town (司法所) from the start.
 */
public enum Severity implements LocalizedText {
  /** 微事 — a trifling matter, settled on the spot (随手调). */
  MINOR,
  /** 一般 — an ordinary dispute. */
  ORDINARY,
  /** 重大复杂疑难 — a major, complex or difficult dispute. */
  MAJOR;

  /** The label in {@code locale}'s language, from the mediation bundles. */
  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "mediation.severity." + name());
  }
}
