package io.github.xiangzhi.core.code;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/** 性别 — as a resident id records it: an odd sequence number is male, an even one female. */
public enum Sex implements LocalizedText {
  MALE,
  FEMALE;

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "core.sex." + name());
  }
}
