package io.github.xiangzhi.mediation.matter;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/**
 * 事项状态 — where a matter stands in the closed loop (R-MED-4), derived from its history. Which
 * event leads from which state to which is {@link Transitions}.
 */
public enum MatterState implements LocalizedText {
  /** 已上报 — reported, no file yet. */
  REPORTED,
  /** 已立案 — filed at its entry tier; waiting for a handler. */
  FILED,
  /** 已转办 — a handler has it. */
  ASSIGNED,
  /** 调查中 — being investigated and mediated. */
  INVESTIGATING,
  /** 已上报上级 — moved up a tier; waiting for a handler there. */
  ESCALATED,
  /** 重新办理 — reopened after a party said it was not fixed; waiting for a handler. */
  REOPENED,
  /** 已办结 — resolved with feedback; may still be reopened until archived. */
  RESOLVED,
  /** 已撤回 — withdrawn by a party. */
  WITHDRAWN,
  /** 重复件 — a duplicate of another matter. */
  DUPLICATE,
  /** 已归档 — archived; final. */
  ARCHIVED;

  /**
   * True while a tier's time limit runs: {@link #FILED}, {@link #ASSIGNED}, {@link #INVESTIGATING},
   * {@link #ESCALATED} and {@link #REOPENED}.
   */
  public boolean active() {
    return this == FILED || this == ASSIGNED || this == INVESTIGATING || this == ESCALATED
        || this == REOPENED;
  }

  /** The label in {@code locale}'s language, from the mediation bundles. */
  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "mediation.state." + name());
  }
}
