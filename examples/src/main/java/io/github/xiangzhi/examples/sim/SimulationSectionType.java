package io.github.xiangzhi.examples.sim;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.profile.ProblemReporter;
import io.github.xiangzhi.core.profile.ProfileContext;
import io.github.xiangzhi.core.profile.ProfileSectionType;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import java.util.Locale;
import java.util.Optional;

/**
 * The profile section {@code simulation}: the {@link SimulationSettings} of the policy-threshold
 * simulator. Optional: a profile without it simulates with {@link SimulationSettings#defaults()}. When the profile has a
 * {@code rating} section, the categories and facts the settings name must be in its scheme.
 */
public final class SimulationSectionType extends ProfileSectionType<SimulationSettings> {

  /** Registered through the service loader. */
  public SimulationSectionType() {
    super("simulation", SimulationSettings.class);
  }

  @Override
  public void check(SimulationSettings section, ProfileContext context,
      ProblemReporter problems) {
    Optional<RatingPolicy> rating = context.section(RatingPolicy.class);
    if (rating.isEmpty()) {
      return;
    }
    ValueChecks checks = new ValueChecks();
    section.checkAgainst(rating.get().scheme(), checks);
    try {
      checks.throwIfAny();
    } catch (InvalidValueException e) {
      for (InvalidValueException.Violation v : e.violations()) {
        problems.report(v.path(), v.messageKey(), v.messageArguments().toArray());
      }
    }
  }

  /** "propensity 0.72 (2 categories set), participation 0.95, spreads 0.8/0.6, +5%/year". */
  @Override
  public String summary(SimulationSettings s, Locale locale) {
    return Messages.format(locale, "cli.simulate.settings.summary", s.propensity(),
        s.propensities().size(), s.participation(), s.householdSpread(), s.villageSpread(),
        s.improvement());
  }
}
