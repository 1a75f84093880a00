package io.github.xiangzhi.rating.star.round;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 计票基数 — what the majority of a committee vote is a share of. */
public enum VoteBasis implements LocalizedText {
  /** Every member of the committees, present or absent (应到人数). */
  MEMBERS,
  /** The members who took part, abstentions included (实到人数). */
  PRESENT,
  /** The votes for and against; abstentions left out (有效票). */
  CAST;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.star.voteBasis." + name());
  }
}
