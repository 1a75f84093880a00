package io.github.xiangzhi.mediation.matter;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 当事人地位 — the side a party takes in a matter. */
public enum Side implements LocalizedText {
  /** 申请人 — the party who raised the matter. */
  APPLICANT,
  /** 被申请人 — the party the matter is raised against. */
  RESPONDENT,
  /** 利害关系人 — another party concerned. */
  INTERESTED;

  /** The label in {@code locale}'s language, from the mediation bundles. */
  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "mediation.side." + name());
  }
}
