package io.github.xiangzhi.rating.rules;

import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.profile.ProblemReporter;
import io.github.xiangzhi.core.profile.ProfileContext;
import io.github.xiangzhi.core.profile.ProfileSectionType;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.rating.points.PointsPolicy;
import io.github.xiangzhi.rating.star.conduct.ConductRules;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The profile section {@code villageRules}: a {@link VillageRules}. Checks against the rest of
 * the profile, each when the other section is present: every fact a practice names is a fact or
 * indicator of the rating section's star scheme; when the rating section's conduct rules list
 * kinds, a resisted practice's conduct kind is a black-list kind and a promoted one's a red-list
 * kind; every event kind has a rule in the points section. Paths are those of the practice:
 * {@code /resisted/2/conductKind}.
 *
 * <p>Presets: {@code ANLAN}, 000's "十抵制十提倡" as far as the source names them; {@code LIWAN},
 * 004's compact of Liwan village (环境治理, "十不", 红白喜事倡议, 宗教治理).
 */
public final class VillageRulesSectionType extends ProfileSectionType<VillageRules> {

  /** Registered through the service loader. */
  public VillageRulesSectionType() {
    super("villageRules", VillageRules.class);
  }

  @Override
  public void check(VillageRules rules, ProfileContext context, ProblemReporter problems) {
    Optional<RatingPolicy> rating = context.section(RatingPolicy.class);
    if (rating.isPresent()) {
      for (InvalidValueException.Violation v : violations(rules, rating.get())) {
        problems.report(v.path(), v.messageKey(), v.messageArguments().toArray());
      }
      ConductRules conduct = rating.get().conduct();
      if (!conduct.redKinds().isEmpty() || !conduct.blackKinds().isEmpty()) {
        kinds(rules.resisted(), "/resisted/", conduct.blackKinds(), "rating.rules.kind.black",
            problems);
        kinds(rules.promoted(), "/promoted/", conduct.redKinds(), "rating.rules.kind.red",
            problems);
      }
    }
    Optional<PointsPolicy> points = context.section(PointsPolicy.class);
    if (points.isPresent()) {
      events(rules.resisted(), "/resisted/", points.get(), problems);
      events(rules.promoted(), "/promoted/", points.get(), problems);
    }
  }

  private static List<InvalidValueException.Violation> violations(VillageRules rules,
      RatingPolicy rating) {
    try {
      rules.factProblems(rating.scheme()).throwIfAny();
      return List.of();
    } catch (InvalidValueException e) {
      return e.violations();
    }
  }

  private static void kinds(List<Practice> practices, String path, Set<String> allowed,
      String key, ProblemReporter problems) {
    for (int i = 0; i < practices.size(); i++) {
      Optional<String> kind = practices.get(i).conductKind();
      if (kind.isPresent() && !allowed.contains(kind.get())) {
        problems.report(path + i + "/conductKind", key, practices.get(i).code(), kind.get());
      }
    }
  }

  private static void events(List<Practice> practices, String path, PointsPolicy points,
      ProblemReporter problems) {
    for (int i = 0; i < practices.size(); i++) {
      Optional<String> kind = practices.get(i).eventKind();
      if (kind.isPresent() && points.ruleFor(kind.get()).isEmpty()) {
        problems.report(path + i + "/eventKind", "rating.rules.event.unknown",
            practices.get(i).code(), kind.get());
      }
    }
  }

  /** "安澜镇村规民约: 5 articles, 3 practices resisted, 4 promoted". */
  @Override
  public String summary(VillageRules rules, Locale locale) {
    return Messages.format(locale, "rating.rules.summary", rules.displayName(locale),
        rules.articles().size(), rules.resisted().size(), rules.promoted().size());
  }

  /** {@code ANLAN}: 000's village rules; {@code LIWAN}: 004's village compact. */
  @Override
  public Map<String, String> presets() {
    return ImmutableMap.of(presetCode("ANLAN"), resource("village-rules-anlan.yaml"),
        presetCode("LIWAN"), resource("village-rules-liwan.yaml"));
  }

  static String resource(String name) {
    URL url = VillageRulesSectionType.class.getResource(name);
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
