package io.github.xiangzhi.patrol.policy;

import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import io.github.xiangzhi.core.group.SpecialGroupCatalog;
import io.github.xiangzhi.core.profile.ProblemReporter;
import io.github.xiangzhi.core.profile.ProfileContext;
import io.github.xiangzhi.core.profile.ProfileSectionType;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.grid.profile.GridSection;
import io.github.xiangzhi.patrol.PatrolKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The profile section {@code patrol} (巡逻配置): a {@link PatrolPolicy}, with presets after the
 * sources — {@code ANLAN} (000: the three patrol kinds and the six checklist items), {@code
 * SHANGBA} (002: twice-daily camera rounds, the five-in-one force, key places and periods) and
 * {@code WEITUO} (004: field days on the 10th, 20th and 30th). Each preset's YAML cites its source
 * and says which numbers are choices where the source gives none.
 *
 * <p>Cross-section checks: every special-group category given a visit frequency must be a
 * category of the {@code specialGroups} section. A profile without that section (or with no
 * category in it) skips this check, as {@link ProfileContext} asks of checks whose other section
 * is absent: the loader gives an absent section its empty default, so the two cannot be told
 * apart. When the grid section lists bodies, every body a team is drawn from must be one of their
 * codes or kinds ({@code /teams/0/bodies/1}). Other references to the grid section (roles, levels,
 * units of routes, unit groups) are checked when a plan is made, against the hierarchy and the
 * staffing it is given, until the grid module registers its own section.
 */
public final class PatrolSection extends ProfileSectionType<PatrolPolicy> {

  /** Registered through the service loader. */
  public PatrolSection() {
    super("patrol", PatrolPolicy.class);
  }

  @Override
  public void check(PatrolPolicy policy, ProfileContext context, ProblemReporter problems) {
    GridSection.bodiesOf(context).ifPresent(bodies -> {
      for (int t = 0; t < policy.teams().size(); t++) {
        TeamRule team = policy.teams().get(t);
        for (int b = 0; b < team.bodies().size(); b++) {
          String body = team.bodies().get(b);
          if (!bodies.resolves(body)) {
            problems.report("/teams/" + t + "/bodies/" + b, "patrol.team.body.unknown",
                team.code(), body);
          }
        }
      }
    });
    context.section(GridSection.class).map(GridSection::levelScheme).ifPresent(scheme -> {
      policy.area().map(a -> a.level()).filter(level -> scheme.indexOf(level) < 0).ifPresent(
          level -> problems.report("/area/level", "patrol.level.unknown", level, scheme.code()));
      policy.video().map(v -> v.level()).filter(level -> scheme.indexOf(level) < 0).ifPresent(
          level -> problems.report("/video/level", "patrol.level.unknown", level, scheme.code()));
    });
    SpecialGroupCatalog catalog = context.specialGroups();
    if (policy.visits().isPresent() && !catalog.categories().isEmpty()) {
      List<SpecialGroupFrequency> frequencies = policy.visits().get().specialGroups();
      for (int i = 0; i < frequencies.size(); i++) {
        String category = frequencies.get(i).category();
        if (!catalog.contains(category)) {
          problems.report("/visits/specialGroups/" + i + "/category",
              "patrol.specialGroup.unknown", category);
        }
      }
    }
  }

  /** {@code ANLAN} (000), {@code SHANGBA} (002) and {@code WEITUO} (004). */
  @Override
  public Map<String, String> presets() {
    return ImmutableMap.of(
        presetCode("ANLAN"), resource("patrol-anlan.yaml"),
        presetCode("SHANGBA"), resource("patrol-shangba.yaml"),
        presetCode("WEITUO"), resource("patrol-weituo.yaml"));
  }

  @Override
  public String summary(PatrolPolicy policy, Locale locale) {
    List<String> kinds = new ArrayList<>();
    if (policy.area().isPresent()) {
      kinds.add(PatrolKind.AREA.text(locale));
    }
    if (!policy.routes().isEmpty() || policy.routePatrol().isPresent()) {
      kinds.add(PatrolKind.ROUTE.text(locale));
    }
    if (policy.visits().isPresent()) {
      kinds.add(PatrolKind.POINT.text(locale));
    }
    if (policy.video().isPresent()) {
      kinds.add(PatrolKind.VIDEO.text(locale));
    }
    if (policy.fieldDays().isPresent()) {
      kinds.add(PatrolKind.FIELD_DAY.text(locale));
    }
    String separator = Messages.isChinese(locale) ? "、" : ", ";
    return Messages.format(locale, "patrol.summary",
        kinds.isEmpty() ? "-" : String.join(separator, kinds),
        policy.checklist().size(), policy.routes().size(), policy.teams().size());
  }

  private static String resource(String name) {
    URL url = PatrolSection.class.getResource(name);
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
