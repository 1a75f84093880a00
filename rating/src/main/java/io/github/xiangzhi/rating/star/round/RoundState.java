package io.github.xiangzhi.rating.star.round;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 流程状态 — where a rating round stands (R-STAR-3), in the only order it can move. */
public enum RoundState implements LocalizedText {
  /** Open: households assess themselves and fill in their forms (农户自评). */
  OPEN,
  /** Self-assessment closed: the two committees propose and vote (群众互评、表决确定). */
  SELF_ASSESSED,
  /** Every household decided with a quorum; not yet posted. */
  PEER_REVIEWED,
  /** Posted for the notice period (张榜公示): objections may be lodged and are resolved. */
  PUBLICISED,
  /** Stars awarded (嘉许授牌); nothing changes any more. */
  AWARDED;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.star.roundState." + name());
  }
}
