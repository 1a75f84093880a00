package io.github.xiangzhi.patrol.schedule;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 无法满足的原因 — why a plan could not meet a constraint. */
public enum InfeasibilityReason implements LocalizedText {
  /** Too few people of a role were free to form a team at the drawn times. */
  TEAM_SHORT,
  /** A route's window cannot hold the day's patrols side by side. */
  WINDOW_TOO_SHORT,
  /** No unit of the hierarchy sits at the level a kind of patrol needs. */
  NO_UNIT_AT_LEVEL,
  /** No grid worker serves a household's unit or any unit above it. */
  NO_WORKER,
  /** A grid worker must make more visits than their visiting hours hold in the period. */
  VISIT_CAPACITY,
  /** A household could not be visited by its due day: its worker had no free slot. */
  DEADLINE_MISSED,
  /** A household's rule allows working days only, and none fell before its due day. */
  NO_ALLOWED_DAY,
  /** A special-group member has no household on the roster, so cannot be visited. */
  MEMBER_WITHOUT_HOUSEHOLD,
  /** A special-group member's household is not in the hierarchy. */
  HOUSEHOLD_NOT_IN_HIERARCHY;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "patrol.infeasibilityReason." + name());
  }
}
