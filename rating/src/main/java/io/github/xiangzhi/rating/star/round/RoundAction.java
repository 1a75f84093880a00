package io.github.xiangzhi.rating.star.round;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 流程步骤 — the steps of a rating round, as recorded and as named in errors. */
public enum RoundAction implements LocalizedText {
  /** The village opens the round. */
  OPEN,
  /** A household hands in its self-assessment (自评表). */
  SELF_ASSESS,
  /** Self-assessment closes. */
  CLOSE_SELF_ASSESSMENT,
  /** The committees put a household's stars to the vote. */
  PROPOSE,
  /** A committee member votes. */
  VOTE,
  /** The review meeting closes and the votes are counted. */
  CLOSE_REVIEW,
  /** The results are posted (张榜公示). */
  PUBLICISE,
  /** Someone objects to a posted result. */
  LODGE_OBJECTION,
  /** The committees resolve an objection. */
  RESOLVE_OBJECTION,
  /** The stars are awarded (嘉许授牌). */
  AWARD;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.star.roundAction." + name());
  }
}
