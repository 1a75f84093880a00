package io.github.xiangzhi.core.text;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A module's resource bundle of user-facing texts, found through {@link java.util.ServiceLoader}.
 *
 * <p>Each module registers one provider for the keys it owns ({@code grid.} for the grid module)
 * and loads its bundle itself, so its properties stay encapsulated in its own module. Bundles are
 * written in English (the base bundle) and Simplified Chinese ({@code _zh}); patterns use
 * {@link java.text.MessageFormat} syntax.
 */
public interface MessageBundleProvider {

  /** The key prefix this provider answers for, such as {@code "grid."}. */
  String keyPrefix();

  /**
   * The bundle for {@code locale}: implementations call {@link Messages#bundleLocale(Locale)} and
   * {@link ResourceBundle#getBundle(String, Locale)} from their own module.
   */
  ResourceBundle bundle(Locale locale);
}
