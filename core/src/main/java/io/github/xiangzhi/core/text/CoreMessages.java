package io.github.xiangzhi.core.text;

import java.util.Locale;
import java.util.ResourceBundle;

/** Core's texts: keys {@code core.*} and {@code profile.*}. */
public final class CoreMessages implements MessageBundleProvider {

  /** Registered through the service loader. */
  public CoreMessages() {}

  @Override
  public String keyPrefix() {
    return "";
  }

  @Override
  public ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("io.github.xiangzhi.core.messages", Messages.bundleLocale(locale));
  }
}
