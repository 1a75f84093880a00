package io.github.xiangzhi.patrol.finding;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/**
 * 发现状态 — where a finding stands (R-PAT-4). {@code OPEN} leads to {@code HANDLED_ON_SPOT}, to
 * {@code REFERRED} and {@code MATTER_OPENED}, or to {@code HAZARD_OPEN} and {@code HAZARD_CLOSED}.
 */
public enum FindingStatus implements LocalizedText {
  /** 已记录 — recorded, not yet disposed of. */
  OPEN,
  /** 当场处置 — handled on the spot (及时处置). */
  HANDLED_ON_SPOT,
  /** 已移交调解 — handed to mediation; the matter's id has not come back yet. */
  REFERRED,
  /** 已立事项 — mediation opened a matter, whose id the finding keeps. */
  MATTER_OPENED,
  /** 隐患整改中 — a hazard with an owner and a deadline. */
  HAZARD_OPEN,
  /** 隐患已销号 — a hazard put right. */
  HAZARD_CLOSED;

  /** True when nothing more is to be done. */
  public boolean isClosed() {
    return this == HANDLED_ON_SPOT || this == MATTER_OPENED || this == HAZARD_CLOSED;
  }

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "patrol.findingStatus." + name());
  }
}
