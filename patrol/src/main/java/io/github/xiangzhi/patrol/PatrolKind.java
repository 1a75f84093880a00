package io.github.xiangzhi.patrol;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/**
 * 巡逻类型 — the kinds of patrol the sources name: Anlan's three (000 联巡: 面上巡, 线上巡, 点上巡,
 * R-PAT-1), Shangba's camera rounds (002 探头站岗、鼠标巡逻, R-PAT-2) and Weituo's field days (004
 * 逢十沉底, R-PAT-5).
 */
public enum PatrolKind implements LocalizedText {
  /** 面上巡 — an area patrol of a unit against the checklist (forest fire, straw burning, …). */
  AREA,
  /** 线上巡 — a route patrol over roads, venues and key enterprises at an unannounced time. */
  ROUTE,
  /** 点上巡 — a grid worker's visit to a household (逐户逐院). */
  POINT,
  /** 探头站岗、鼠标巡逻 — an online round of the cameras, one each morning and afternoon. */
  VIDEO,
  /** 逢十沉底 — a cadre's field day in a grid: 到格子、进院子、入屋子、坐凳子. */
  FIELD_DAY;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "patrol.kind." + name());
  }
}
