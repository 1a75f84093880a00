package io.github.xiangzhi.mediation;

import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.profile.ProblemReporter;
import io.github.xiangzhi.core.profile.ProfileContext;
import io.github.xiangzhi.core.profile.ProfileSectionType;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.grid.body.BodyRegistry;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.grid.profile.GridSection;
import io.github.xiangzhi.mediation.ladder.Tier;
import io.github.xiangzhi.mediation.transparency.Pledge;
import io.github.xiangzhi.mediation.transparency.SmallPower;
import io.github.xiangzhi.mediation.transparency.TransparencyRules;
import io.github.xiangzhi.mediation.triage.AffairClass;
import io.github.xiangzhi.mediation.triage.LegalTrack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The profile section {@code mediation} (R-CORE-6): a {@link MediationPolicy}. Its value checks
 * every reference inside the section (tiers, roles, classes, procedures, the ladder's links);
 * this type adds the checks against the grid: when the section names a {@linkplain
 * MediationPolicy#scheme() level scheme}, the scheme must be one of grid's built-in schemes, each
 * internal tier's level must exist in it, and levels must rise along the ladder; and when the
 * grid section lists bodies, every body a tier or a triage class names must be one of their codes
 * or kinds ({@code /ladder/tiers/2/body}, {@code /triage/classes/0/body}), as must each
 * legal-aid track's partner ({@code /legalTracks/0/partners/1}), each small
 * power's body and the transparency supervisor; each pledge's owner must be one of the grid's
 * staff and its unit one of its units ({@code /pledges/0/owner}).
 *
 * <p>Presets, each citing its source: {@code ANLAN} (000, grid → 村民评理所 → town → district
 * court), {@code CHANGZHI} (001, graded intake and the legal-aid dual track), {@code SHANGBA}
 * (002, group → village → town, the five deliberation steps) and {@code WEITUO} (004, 三事分流,
 * 七步走 and the 1-3-6 steps).
 */
public final class MediationSection extends ProfileSectionType<MediationPolicy> {

  /** Registered through the service loader. */
  public MediationSection() {
    super("mediation", MediationPolicy.class);
  }

  @Override
  public void check(MediationPolicy policy, ProfileContext context, ProblemReporter problems) {
    GridSection.bodiesOf(context).ifPresent(bodies -> checkBodies(policy, bodies, problems));
    context.section(GridSection.class).ifPresent(grid -> checkPledges(policy, grid, problems));
    if (policy.scheme().isEmpty()) {
      return;
    }
    // the ladder's levels are the grid section's when there is one (a county's own scheme too)
    Optional<LevelScheme> gridScheme = context.section(GridSection.class)
        .map(GridSection::levelScheme);
    if (gridScheme.isPresent() && !gridScheme.get().code().equals(policy.scheme().get())) {
      problems.report("/scheme", "mediation.scheme.mismatch", policy.scheme().get(),
          gridScheme.get().code());
      return;
    }
    Optional<LevelScheme> scheme = gridScheme.isPresent() ? gridScheme
        : LevelSchemes.source(policy.scheme().get());
    if (scheme.isEmpty()) {
      problems.report("/scheme", "mediation.scheme.unknown", policy.scheme().get(),
          LevelSchemes.sources().keySet());
      return;
    }
    for (InvalidValueException.Violation v : policy.ladder().problemsWith(scheme.get())) {
      problems.report("/ladder" + v.path(), v.messageKey(), v.messageArguments().toArray());
    }
  }

  /**
   * Every body a tier or an affair class names must be a body's code or kind in the grid section
   * (a tier names a kind, such as {@code TWO_COMMITTEES}, when each village's own body handles).
   */
  private static void checkBodies(MediationPolicy policy, BodyRegistry bodies,
      ProblemReporter problems) {
    List<Tier> tiers = policy.ladder().tiers();
    for (int i = 0; i < tiers.size(); i++) {
      Tier tier = tiers.get(i);
      if (tier.body().isPresent() && !bodies.resolves(tier.body().get())) {
        problems.report("/ladder/tiers/" + i + "/body", "mediation.tier.body.unknown",
            tier.code(), tier.body().get());
      }
    }
    for (int i = 0; i < policy.legalTracks().size(); i++) {
      LegalTrack track = policy.legalTracks().get(i);
      for (int p = 0; p < track.partners().size(); p++) {
        if (!bodies.resolves(track.partners().get(p))) {
          problems.report("/legalTracks/" + i + "/partners/" + p,
              "mediation.legalTrack.partner.unknown", track.code(), track.partners().get(p));
        }
      }
    }
    for (int i = 0; i < policy.smallPowers().size(); i++) {
      SmallPower power = policy.smallPowers().get(i);
      if (!bodies.resolves(power.body())) {
        problems.report("/smallPowers/" + i + "/body", "mediation.smallPower.body.unknown",
            power.code(), power.body());
      }
    }
    policy.transparency().flatMap(TransparencyRules::supervisor)
        .filter(s -> !bodies.resolves(s))
        .ifPresent(s -> problems.report("/transparency/supervisor",
            "mediation.transparency.supervisor.unknown", s));
    if (policy.triage().isPresent()) {
      List<AffairClass> classes = policy.triage().get().classes();
      for (int i = 0; i < classes.size(); i++) {
        AffairClass affair = classes.get(i);
        if (affair.body().isPresent() && !bodies.resolves(affair.body().get())) {
          problems.report("/triage/classes/" + i + "/body", "mediation.affair.body.unknown",
              affair.code(), affair.body().get());
        }
      }
    }
  }

  /** Each pledge's owner must be one of the grid's staff, its unit a unit of the hierarchy. */
  private static void checkPledges(MediationPolicy policy, GridSection grid,
      ProblemReporter problems) {
    for (int i = 0; i < policy.pledges().size(); i++) {
      Pledge pledge = policy.pledges().get(i);
      if (!grid.hierarchy().contains(pledge.unit())) {
        problems.report("/pledges/" + i + "/unit", "mediation.pledge.unit.unknown",
            pledge.code(), pledge.unit());
      }
      PersonId owner = pledge.owner().orElseThrow();
      if (grid.staffing().member(owner).isEmpty()) {
        problems.report("/pledges/" + i + "/owner", "mediation.pledge.owner.unknown",
            pledge.code(), owner);
      }
    }
  }

  /** The ladder's tiers by name, and how many triage classes, procedures and tracks. */
  @Override
  public String summary(MediationPolicy policy, Locale locale) {
    String chain = policy.ladder().chain().stream().map(t -> t.displayName(locale))
        .collect(Collectors.joining(" → "));
    return Messages.format(locale, "mediation.summary", chain,
        policy.triage().map(t -> t.classes().size()).orElse(0), policy.procedures().size(),
        policy.legalTracks().size());
  }

  /** {@code ANLAN}, {@code CHANGZHI}, {@code SHANGBA} and {@code WEITUO}. */
  @Override
  public Map<String, String> presets() {
    return ImmutableMap.of(
        presetCode("ANLAN"), resource("mediation-anlan.yaml"),
        presetCode("CHANGZHI"), resource("mediation-changzhi.yaml"),
        presetCode("SHANGBA"), resource("mediation-shangba.yaml"),
        presetCode("WEITUO"), resource("mediation-weituo.yaml"));
  }

  private static String resource(String name) {
    try (InputStream in = MediationSection.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing built-in resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
