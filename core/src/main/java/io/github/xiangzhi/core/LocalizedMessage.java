package io.github.xiangzhi.core;

import io.github.xiangzhi.core.text.Messages;
import java.util.List;
import java.util.Locale;

/**
 * Something that tells a user what went wrong through a message key and its arguments, so the
 * text comes from the resource bundles in the caller's language (zh-CN or English).
 */
public interface LocalizedMessage {

  /** The stable key of the message, for example {@code core.residentId.checkCharacter}. */
  String messageKey();

  /** The arguments the message names, already free of personal data. */
  List<Object> messageArguments();

  /** The message in {@code locale}'s language; English where the bundles have no translation. */
  default String message(Locale locale) {
    return Messages.format(locale, messageKey(), messageArguments().toArray());
  }
}
