package io.github.xiangzhi.testkit;

import io.github.xiangzhi.core.text.MessageBundleProvider;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/** The testkit's texts (the conformance suite's findings): keys {@code testkit.*}. */
public final class TestkitMessages implements MessageBundleProvider {

  /** Registered through the service loader. */
  public TestkitMessages() {}

  @Override
  public String keyPrefix() {
    return "testkit.";
  }

  @Override
  public ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("io.github.xiangzhi.testkit.messages",
        Messages.bundleLocale(locale));
  }
}
