package io.github.xiangzhi.core.time;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/**
 * The governance cycles of R-CORE-5: ratings are annual (年底推选), red and black lists quarterly,
 * deliberation monthly (一月一议), field days and patrols daily.
 */
public enum PeriodKind implements LocalizedText {
  DAY,
  MONTH,
  QUARTER,
  YEAR;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "core.periodKind." + name());
  }
}
