package io.github.xiangzhi.examples.cli;

import io.github.xiangzhi.core.text.MessageBundleProvider;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's texts: keys {@code cli.*}, and picocli's help texts. */
public final class CliMessages implements MessageBundleProvider {

  /** Registered through the service loader. */
  public CliMessages() {}

  @Override
  public String keyPrefix() {
    return "cli.";
  }

  @Override
  public ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "io.github.xiangzhi.examples.cli.messages", Messages.bundleLocale(locale));
  }

  /** picocli's help texts for {@code locale}. */
  static ResourceBundle help(Locale locale) {
    return ResourceBundle.getBundle(
        "io.github.xiangzhi.examples.cli.help", Messages.bundleLocale(locale));
  }
}
