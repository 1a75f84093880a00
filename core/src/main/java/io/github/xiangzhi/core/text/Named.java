package io.github.xiangzhi.core.text;

import java.util.Locale;
import java.util.Optional;

/**
 * A profile element with a code and a name as the source writes it (Chinese), and optionally an
 * English name: levels, categories, tiers, bodies.
 */
public interface Named {

  /** The stable English identifier of the element, such as {@code VILLAGE}. */
  String code();

  /** The name as the source document writes it, such as 村(社区). */
  String name();

  /** The English name, where the profile gives one. */
  Optional<String> nameEn();

  /** The name for {@code locale}: Chinese for Chinese locales, else English, else the code. */
  default String displayName(Locale locale) {
    if (Messages.isChinese(locale)) {
      return name();
    }
    return nameEn().orElse(code());
  }
}
