package io.github.xiangzhi.testkit.conformance;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/**
 * 一致性检查项 — what the conformance suite checks of a county's profile: that it loads, that
 * every rule can be satisfied, and properties that must hold on random data for the profile.
 */
public enum ConformanceCheck implements LocalizedText {
  /** The profile loads: it is valid against the schema and every cross-section check. */
  LOADS,
  /** Some evidence earns a household the scheme's maximum number of stars. */
  MAX_STARS_REACHABLE,
  /** A village whose households all take part and hold the most stars meets every target. */
  TARGETS_ATTAINABLE,
  /** Every special-group category of the profile has a visit frequency in the patrol section. */
  SPECIAL_GROUPS_VISITED,
  /** Every tier of the ladder has a time limit and someone on the staff holding one of its roles. */
  TIERS_HANDLED,
  /** The ladder is one chain from the bottom tier to a single top tier, every entry on it. */
  LADDER_ENDS_AT_TOP,
  /** Improving a household's evidence never costs it a star; a veto never adds one. */
  STARS_MONOTONE_IN_EVIDENCE,
  /** A matter left unhandled climbs the ladder and stops at the top tier. */
  ESCALATION_TERMINATES,
  /** The patrol plan is feasible for the profile's staffing over random weeks. */
  PATROL_PLAN_FEASIBLE,
  /** The points ledger conserves points under random requests. */
  LEDGER_CONSERVES_POINTS;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "testkit.check." + name());
  }
}
