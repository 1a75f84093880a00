package io.github.xiangzhi.mediation;

import io.github.xiangzhi.core.text.MessageBundleProvider;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/** The mediation module's texts: keys {@code mediation.*}, in English and Simplified Chinese. */
public final class MediationMessages implements MessageBundleProvider {

  /** Registered through the service loader. */
  public MediationMessages() {}

  @Override
  public String keyPrefix() {
    return "mediation.";
  }

  @Override
  public ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "io.github.xiangzhi.mediation.messages", Messages.bundleLocale(locale));
  }
}
