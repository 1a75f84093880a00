package io.github.xiangzhi.core.text;

import java.util.Locale;

/**
 * A text shown to users in their language: labels of enums, names of profile elements, and
 * message arguments that {@link Messages#format} renders in the message's own locale.
 */
@FunctionalInterface
public interface LocalizedText {

  /** The text in {@code locale}'s language (Chinese or English). */
  String text(Locale locale);

  /** A text that reads {@code chinese} for Chinese locales and {@code english} otherwise. */
  static LocalizedText of(String chinese, String english) {
    return locale -> Messages.isChinese(locale) ? chinese : english;
  }

  /** The text of the bundle key {@code key} with {@code arguments}. */
  static LocalizedText ofKey(String key, Object... arguments) {
    Object[] copy = arguments.clone();
    return locale -> Messages.format(locale, key, copy);
  }
}
