package io.github.xiangzhi.testkit.assertions;

import io.github.xiangzhi.rating.star.CategoryStatus;
import io.github.xiangzhi.rating.star.ReasonKind;
import io.github.xiangzhi.rating.star.StarResult;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on a {@link StarResult} (评星结果). */
public final class StarResultAssert extends AbstractObjectAssert<StarResultAssert, StarResult> {

  StarResultAssert(StarResult actual) {
    super(actual, StarResultAssert.class);
  }

  /** The household holds exactly {@code total} stars. */
  public StarResultAssert hasTotal(int total) {
    isNotNull();
    if (actual.total() != total) {
      failWithMessage("Expected household %s to hold %s stars but it holds %s: %s",
          actual.household(), total, actual.total(), new TreeSet<>(actual.stars()));
    }
    return this;
  }

  /** The household holds exactly the stars {@code categories}, in any order. */
  public StarResultAssert hasExactlyStars(String... categories) {
    isNotNull();
    Set<String> expected = new TreeSet<>(Arrays.asList(categories));
    if (!expected.equals(new TreeSet<>(actual.stars()))) {
      failWithMessage("Expected household %s to hold stars %s but it holds %s", 
          actual.household(), expected, new TreeSet<>(actual.stars()));
    }
    return this;
  }

  /** The household holds the star of {@code category}. */
  public StarResultAssert hasStar(String category) {
    isNotNull();
    if (!actual.hasStar(category)) {
      failWithMessage("Expected household %s to hold the star %s but it does not (%s); reasons: %s",
          actual.household(), category, actual.outcome(category).map(o -> o.status().name())
              .orElse("no such category"), actual.reasonsFor(category));
    }
    return this;
  }

  /** The household does not hold the star of {@code category}. */
  public StarResultAssert hasNoStar(String category) {
    isNotNull();
    if (actual.hasStar(category)) {
      failWithMessage("Expected household %s not to hold the star %s, but it does",
          actual.household(), category);
    }
    return this;
  }

  /** The category {@code category} came out {@code status} (earned, not met, capped, vetoed…). */
  public StarResultAssert hasStatus(String category, CategoryStatus status) {
    isNotNull();
    CategoryStatus was = actual.outcome(category).map(o -> o.status()).orElse(null);
    if (was != status) {
      failWithMessage("Expected category %s of household %s to be %s but it was %s", category,
          actual.household(), status, was);
    }
    return this;
  }

  /** Some reason of the result is of {@code kind} (a veto, a cap, a bonus…). */
  public StarResultAssert hasReason(ReasonKind kind) {
    isNotNull();
    if (actual.reasons().stream().noneMatch(r -> r.kind() == kind)) {
      failWithMessage("Expected a reason of kind %s for household %s but the reasons are %s",
          kind, actual.household(), actual.reasons());
    }
    return this;
  }
}
