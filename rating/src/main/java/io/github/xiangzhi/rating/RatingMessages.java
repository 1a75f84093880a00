package io.github.xiangzhi.rating;

import io.github.xiangzhi.core.text.MessageBundleProvider;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The rating module's texts: keys {@code rating.*} — the ten-star engine's and the points bank's
 * ({@code rating.points.*}) — from {@code io/github/xiangzhi/rating/messages.properties} (English)
 * and {@code messages_zh.properties} (Simplified Chinese).
 */
public final class RatingMessages implements MessageBundleProvider {

  /** Registered through the service loader. */
  public RatingMessages() {}

  @Override
  public String keyPrefix() {
    return "rating.";
  }

  @Override
  public ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "io.github.xiangzhi.rating.messages", Messages.bundleLocale(locale));
  }
}
