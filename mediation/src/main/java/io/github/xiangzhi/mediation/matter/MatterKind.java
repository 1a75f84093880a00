package io.github.xiangzhi.mediation.matter;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/**
 * 事项类别 — what a matter is about: the dispute kinds of the sources (邻里、土地、婚姻家庭、劳动、信访)
 * and the requests that triage (R-MED-5) sends to the village or the town.
 */
public enum MatterKind implements LocalizedText {
  /** 邻里纠纷 — a dispute between neighbours (a path, a wall, noise). */
  NEIGHBOUR,
  /** 土地纠纷 — land, boundaries, contracted plots and their transfer (流转). */
  LAND,
  /** 婚姻家庭纠纷 — marriage, family, support of elders, inheritance. */
  FAMILY,
  /** 劳动纠纷 — wages and labour relations (劳资). */
  LABOUR,
  /** 信访诉求 — a petition or complaint to the authorities. */
  PETITION,
  /** 村务 — a collective matter of the village: projects, land readjustment, village works. */
  COLLECTIVE,
  /** 公共服务 — a request about a public service: lighting, roads, water, sanitation. */
  PUBLIC_SERVICE,
  /** 其他 — anything else. */
  OTHER;

  /** The label in {@code locale}'s language, from the mediation bundles. */
  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "mediation.kind." + name());
  }
}
