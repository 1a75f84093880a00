package io.github.xiangzhi.mediation.matter;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/**
 * 事项事件 — the kinds of event in a matter's history (R-MED-4): the six steps of the closed loop
 * 信息上报 → 案卷建立 → 任务转办 → 调查落实 → 处理反馈 → 结案归档, and escalation, withdrawal, reopening,
 * duplicate marking and deliberation steps. Which event each state allows is {@link Transitions}.
 */
public enum EventType implements LocalizedText {
  /** 信息上报 — the matter is reported; always the first event. */
  REPORT,
  /** 案卷建立 — a file is opened: graded intake picks the tier, the tier's clock starts. */
  FILE,
  /** 任务转办 — a handler holding one of the tier's roles takes it on. */
  ASSIGN,
  /** 调查落实 — the handler starts investigating. */
  INVESTIGATE,
  /** 议事步骤 — a step of the matter's deliberation procedure is done (R-MED-6). */
  STEP,
  /** 处理反馈 — resolved, with feedback: outcome, agreement, satisfaction. */
  RESOLVE,
  /** 结案归档 — archived; nothing changes afterwards. */
  ARCHIVE,
  /** 上报 — moved up one tier of the ladder, keeping its history. */
  ESCALATE,
  /** 撤回 — withdrawn by a party. */
  WITHDRAW,
  /** 重新办理 — reopened: a party says it is not fixed. */
  REOPEN,
  /** 重复件 — marked as a duplicate of another matter. */
  MARK_DUPLICATE;

  /** The label in {@code locale}'s language, from the mediation bundles. */
  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "mediation.event." + name());
  }
}
