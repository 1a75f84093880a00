package io.github.xiangzhi.core.code;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** The levels a division code can denote, from the top. */
public enum DivisionLevel implements LocalizedText {
  /** 省级 — province, autonomous region, municipality: two digits. */
  PROVINCE(2),
  /** 地级 — prefecture-level city: four digits. */
  PREFECTURE(4),
  /** 县级 — county, district, county-level city: six digits (GB/T 2260). */
  COUNTY(6),
  /** 乡级 — township, town, sub-district: nine digits. */
  TOWNSHIP(9),
  /** 村级 — village or residents' committee: twelve digits. */
  VILLAGE(12);

  private final int digits;

  DivisionLevel(int digits) {
    this.digits = digits;
  }

  /** How many leading digits of the twelve-digit code this level fixes. */
  public int significantDigits() {
    return digits;
  }

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "core.divisionLevel." + name());
  }
}
