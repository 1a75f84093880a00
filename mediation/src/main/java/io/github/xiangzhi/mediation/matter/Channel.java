package io.github.xiangzhi.mediation.matter;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 来源渠道 — how a matter reached the docket. */
public enum Channel implements LocalizedText {
  /** 巡查发现 — found on a patrol (R-PAT-4). */
  PATROL,
  /** 热线 — a hotline call (003: 党群服务热线). */
  HOTLINE,
  /** 来访 — a walk-in visit. */
  WALK_IN,
  /** 网上 — an app, a WeChat group or an online platform. */
  ONLINE,
  /** 走访 — raised during a cadre's or grid worker's household visit. */
  VISIT,
  /** 转办 — referred by another body or department. */
  REFERRAL;

  /** The label in {@code locale}'s language, from the mediation bundles. */
  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "mediation.channel." + name());
  }
}
