package io.github.xiangzhi.patrol;

import io.github.xiangzhi.core.text.MessageBundleProvider;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/** The patrol module's texts (巡逻模块文本): keys {@code patrol.*}. */
public final class PatrolMessages implements MessageBundleProvider {

  /** Registered through the service loader. */
  public PatrolMessages() {}

  @Override
  public String keyPrefix() {
    return "patrol.";
  }

  @Override
  public ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("io.github.xiangzhi.patrol.messages",
        Messages.bundleLocale(locale));
  }
}
