package io.github.xiangzhi.rating.star.policy;

import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import io.github.xiangzhi.core.profile.ProblemReporter;
import io.github.xiangzhi.core.profile.ProfileContext;
import io.github.xiangzhi.core.profile.ProfileSectionType;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.grid.body.BodyRegistry;
import io.github.xiangzhi.grid.profile.GridSection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The profile section {@code rating}: a {@link RatingPolicy}. Its invariants (duplicate codes, a
 * pass mark above the attainable score, thresholds outside [0, 1], unknown indicators, facts and
 * categories) are checked when the section is bound. Against the grid section: the round's
 * committee body, when the grid section lists bodies.
 *
 * <p>Preset {@code CHANGZHI}: the ten categories of 001 with indicators derived from its wording.
 */
public final class RatingSectionType extends ProfileSectionType<RatingPolicy> {

  /** Registered through the service loader. */
  public RatingSectionType() {
    super("rating", RatingPolicy.class);
  }

  /**
   * When the grid section lists bodies, the round's committee body must be one of their codes or
   * kinds ({@code /round/committee}).
   */
  @Override
  public void check(RatingPolicy policy, ProfileContext context, ProblemReporter problems) {
    Optional<String> committee = policy.round().committee();
    Optional<BodyRegistry> bodies = GridSection.bodiesOf(context);
    if (committee.isPresent() && bodies.isPresent() && !bodies.get().resolves(committee.get())) {
      problems.report("/round/committee", "rating.star.round.committee.unknown",
          committee.get());
    }
    context.section(GridSection.class).map(GridSection::levelScheme).ifPresent(scheme -> {
      if (scheme.indexOf(policy.targets().level()) < 0) {
        problems.report("/targets/level", "rating.star.targets.level.unknown",
            policy.targets().level(), scheme.code());
      }
    });
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
