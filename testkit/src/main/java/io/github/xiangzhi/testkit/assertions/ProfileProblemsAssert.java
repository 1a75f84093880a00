package io.github.xiangzhi.testkit.assertions;

import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import java.util.Locale;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on the problems of a profile that does not load ({@link ProfileException}). */
public final class ProfileProblemsAssert
    extends AbstractObjectAssert<ProfileProblemsAssert, ProfileException> {

  ProfileProblemsAssert(ProfileException actual) {
    super(actual, ProfileProblemsAssert.class);
  }

  /** Some problem sits at the JSON pointer {@code path} ({@code /mediation/ladder/tiers/0}). */
  public ProfileProblemsAssert hasProblemAt(String path) {
    isNotNull();
    if (actual.problems().stream().noneMatch(p -> p.path().equals(path))) {
      failWithMessage("Expected a problem at %s, but the problems are:%n%s", path,
          actual.report(Locale.ENGLISH));
    }
    return this;
  }

  /** Some problem has the message key {@code key} ({@code mediation.tier.limit}). */
  public ProfileProblemsAssert hasProblemWithKey(String key) {
    isNotNull();
    if (actual.problems().stream().noneMatch(p -> p.messageKey().equals(key))) {
      failWithMessage("Expected a problem %s, but the problems are:%n%s", key,
          actual.report(Locale.ENGLISH));
    }
    return this;
  }

  /** Exactly {@code count} problems. */
  public ProfileProblemsAssert hasProblemCount(int count) {
    isNotNull();
    if (actual.problems().size() != count) {
      failWithMessage("Expected %s problems but found %s:%n%s", count, actual.problems().size(),
          actual.report(Locale.ENGLISH));
    }
    return this;
  }

  /** Every problem has a located line and a message in English and Chinese. */
  public ProfileProblemsAssert areAllExplained() {
    isNotNull();
    for (Problem p : actual.problems()) {
      if (p.message(Locale.ENGLISH).isBlank() || p.message(Locale.CHINA).isBlank()) {
        failWithMessage("Problem %s has no message", p);
      }
    }
    return this;
  }
}
