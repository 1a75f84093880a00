package io.github.xiangzhi.core.code;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** The national code standards Xiangzhi reads. */
public enum CodeType implements LocalizedText {
  /** 行政区划代码 — GB/T 2260 six digits or the statistical twelve digits. */
  DIVISION_CODE,
  /** 公民身份号码 — GB 11643, eighteen characters. */
  RESIDENT_ID,
  /** 统一社会信用代码 — GB 32100, eighteen characters. */
  CREDIT_CODE;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "core.codeType." + name());
  }
}
