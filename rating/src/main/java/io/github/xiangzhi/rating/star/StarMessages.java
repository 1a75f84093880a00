package io.github.xiangzhi.rating.star;

import io.github.xiangzhi.core.text.MessageBundleProvider;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The ten-star engine's texts (星级评定): keys {@code rating.star.*}, in the bundle {@code
 * io/github/xiangzhi/rating/star/messages*.properties}. The longest key prefix wins in {@link
 * Messages}, so these coexist with the rating module's other bundles.
 */
public final class StarMessages implements MessageBundleProvider {

  /** Registered through the service loader. */
  public StarMessages() {}

  @Override
  public String keyPrefix() {
    return "rating.star.";
  }

  @Override
  public ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "io.github.xiangzhi.rating.star.messages", Messages.bundleLocale(locale));
  }
}
