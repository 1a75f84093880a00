package io.github.xiangzhi.rating.star;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 取值类型 — what kind of value an indicator or fact takes for a household. */
public enum ValueType implements LocalizedText {
  /** Yes or no: 升挂国旗, 退役军人户. Recorded as a flag; absent means no. */
  BOOLEAN,
  /** A whole number of at least zero: 志愿服务次数, 违法违规次数. */
  COUNT,
  /**
   * A decimal with at most the scheme's {@linkplain StarScheme#numberScale() number scale} of
   * decimal places: 积分余额, 人均收入增长率.
   */
  NUMBER;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.star.valueType." + name());
  }
}
