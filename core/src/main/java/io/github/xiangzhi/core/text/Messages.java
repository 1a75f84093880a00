package io.github.xiangzhi.core.text;

import com.google.common.collect.ImmutableList;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.ServiceLoader;

/**
 * Formats user-facing texts from the modules' resource bundles in the caller's language.
 *
 * <p>Chinese locales ({@code zh}, {@code zh-CN}, {@code zh-Hans}) get the Simplified Chinese
 * bundles; every other locale gets English, never the machine's default locale. Whole numbers are
 * printed without grouping separators so years and codes read as written. A key that no bundle
 * holds is shown as itself with its arguments, never as an exception.
 *
 * <p>The providers are found once through {@link ServiceLoader} and then only read, so this class
 * is thread-safe.
 */
public final class Messages {
  private Messages() {}

  /**
   * The locale to load a bundle for: {@link Locale#SIMPLIFIED_CHINESE} for any Chinese locale,
   * otherwise {@link Locale#ROOT}, the English base bundle.
   */
  public static Locale bundleLocale(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
  }

  /** True when {@code locale} is served by the Chinese bundles. */
  public static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /** The text for {@code key} in {@code locale}'s language, with {@code arguments} filled in. */
  public static String format(Locale locale, String key, Object... arguments) {
    String pattern = pattern(locale, key);
    Object[] shown = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      shown[i] = shown(arguments[i], locale);
    }
    if (pattern == null) {
      if (shown.length == 0) {
        return key;
      }
      StringBuilder text = new StringBuilder(key);
      for (Object argument : shown) {
        text.append(' ').append(argument);
      }
      return text.toString();
    }
    return new MessageFormat(pattern, bundleLocale(locale)).format(shown);
  }

  /** True when some bundle holds {@code key}. */
  public static boolean has(String key) {
    return pattern(Locale.ROOT, key) != null;
  }

  private static Object shown(Object argument, Locale locale) {
    if (argument instanceof Integer || argument instanceof Long || argument instanceof Short
        || argument instanceof Byte) {
      return argument.toString();
    }
    if (argument instanceof LocalizedText) {
      return ((LocalizedText) argument).text(locale);
    }
    return argument;
  }

  private static String pattern(Locale locale, String key) {
    for (MessageBundleProvider provider : Providers.ALL) {
      if (key.startsWith(provider.keyPrefix())) {
        try {
          return provider.bundle(locale).getString(key);
        } catch (MissingResourceException e) {
          // another provider with a shorter prefix may hold it
        }
      }
    }
    return null;
  }

  /** Loaded on first use; longest prefixes first so a module can refine another's keys. */
  private static final class Providers {
    static final List<MessageBundleProvider> ALL = load();

    private static List<MessageBundleProvider> load() {
      ImmutableList.Builder<MessageBundleProvider> found = ImmutableList.builder();
      ServiceLoader.load(MessageBundleProvider.class, Messages.class.getClassLoader())
          .forEach(found::add);
      return ImmutableList.sortedCopyOf(
          Comparator.comparingInt((MessageBundleProvider p) -> p.keyPrefix().length()).reversed()
              .thenComparing(MessageBundleProvider::keyPrefix),
          found.build());
    }
  }
}
