package io.github.xiangzhi.rating.star.policy;

import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import io.github.xiangzhi.core.profile.ProfileSectionType;
import io.github.xiangzhi.core.text.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The profile section {@code rating}: a {@link RatingPolicy}. Its invariants (duplicate codes, a
 * pass mark above the attainable score, thresholds outside [0, 1], unknown indicators, facts and
 * categories) are checked when the section is bound. Whether the targets' level exists in the
 * county's level scheme is not checked here: the grid module has no profile section yet.
 *
 * <p>Preset {@code CHANGZHI}: the ten categories of 001 with indicators derived from its wording.
 */
public final class RatingSectionType extends ProfileSectionType<RatingPolicy> {

  /** Registered through the service loader. */
  public RatingSectionType() {
    super("rating", RatingPolicy.class);
  }

  /** {@code CHANGZHI}: Changzhi's ten-star scheme (001) with 001's targets. */
  @Override
  public Map<String, String> presets() {
    return ImmutableMap.of(presetCode("CHANGZHI"), resource("rating-changzhi.yaml"));
  }

  /**
   * "CHANGZHI: 10 categories, at most 10 stars, 2 bonuses, 2 vetoes; targets per VILLAGE:
   * participation 90%, starred 40%, 6+ stars 60%".
   */
  @Override
  public String summary(RatingPolicy policy, Locale locale) {
    return Messages.format(locale, "rating.star.summary", policy.scheme().code(),
        policy.scheme().categories().size(), policy.scheme().maxStars(),
        policy.scheme().bonuses().size(), policy.scheme().vetoes().size(),
        policy.targets().level(), policy.targets().participation().toString(),
        policy.targets().starred().toString(), policy.targets().highStars(),
        policy.targets().highStarred().toString());
  }

  static String resource(String name) {
    URL url = RatingSectionType.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("missing built-in resource " + name);
    }
    try {
      return Resources.toString(url, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
