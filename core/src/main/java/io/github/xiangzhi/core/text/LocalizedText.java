package io.github.xiangzhi.core.text;

import java.util.Locale;
import java.util.function.Function;

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
    return rendered(locale -> Messages.isChinese(locale) ? chinese : english);
  }

  /** The text of the bundle key {@code key} with {@code arguments}. */
  static LocalizedText ofKey(String key, Object... arguments) {
    Object[] copy = arguments.clone();
    return rendered(locale -> Messages.format(locale, key, copy));
  }

  /**
   * The text {@code render} gives for each locale, for instance a message's ({@code
   * message::message}). Its {@code toString} is the English text, so a text among the arguments
   * of a message reads well wherever the arguments are printed.
   */
  static LocalizedText rendered(Function<Locale, String> render) {
    return new RenderedText(render);
  }
}
