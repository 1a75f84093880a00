package io.github.xiangzhi.grid.element;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/**
 * The four kinds of grid element of 000: "将人、地、物、事等基本要素，纳入网格管理范畴" (R-GRID-3).
 * Counties refine them into {@link ElementType}s.
 */
public enum ElementKind implements LocalizedText {
  /** 人 — people: residents, tenants, special-group members, the people a grid looks after. */
  PERSON,
  /** 地 — places: land, roads, reservoirs, forest, hazard sites. */
  PLACE,
  /** 物 — things: buildings, enterprises, rented houses, cameras, facilities. */
  THING,
  /** 事 — events: disputes, hazards found, services given. */
  EVENT;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "grid.elementKind." + name());
  }
}
