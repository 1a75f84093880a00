package io.github.xiangzhi.rating.star.round;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 表决意见 — a committee member's vote on a household's stars. */
public enum VoteChoice implements LocalizedText {
  /** 赞成. */
  FOR,
  /** 反对. */
  AGAINST,
  /** 弃权: counts towards the quorum, never as a vote for. */
  ABSTAIN;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.star.vote." + name());
  }
}
