package io.github.xiangzhi.grid.body;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/**
 * 机构层面 — where a governance body sits: a township office or centre (镇街站所), a body of a village
 * or of its groups (村级组织), or a body outside the township's own (派出所, 区法院, 法律援助中心).
 */
public enum BodySphere implements LocalizedText {
  /** 乡镇 — an office, desk or centre of the township government: 平安办, 司法所, 农服中心. */
  TOWNSHIP,
  /** 村级 — a body of a village or of its groups: 村"两委", 红白理事会, 组级理事会. */
  VILLAGE,
  /** 外部 — a body outside the township's own: 派出所, 区法院, 法律援助中心. */
  OUTSIDE;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "grid.bodySphere." + name());
  }
}
