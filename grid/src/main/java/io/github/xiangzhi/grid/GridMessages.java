package io.github.xiangzhi.grid;

import io.github.xiangzhi.core.text.MessageBundleProvider;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/** The grid module's texts: keys {@code grid.*}. */
public final class GridMessages implements MessageBundleProvider {

  /** Registered through the service loader. */
  public GridMessages() {}

  @Override
  public String keyPrefix() {
    return "grid.";
  }

  @Override
  public ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("io.github.xiangzhi.grid.messages", Messages.bundleLocale(locale));
  }
}
