package io.github.xiangzhi.testkit.conformance;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * 县级配置一致性测试 — the base class a county extends to run the conformance suite against its
 * own profile, one JUnit test per {@link ConformanceCheck}:
 *
 * <pre>{@code
 * class OurCountyProfileTest extends CountyProfileConformance {
 *   OurCountyProfileTest() { super(ProfileSource.file("src/main/resources/county.yaml")); }
 * }
 * }</pre>
 *
 * <p>A failed check fails its test with every reason in English (override {@link #locale()} for
 * Chinese); a check that needs a section the profile lacks is skipped (aborted) with the reason.
 * Override {@link #conformance(Conformance)} to change the seed, the number of examples or the
 * loader.
 */
public abstract class CountyProfileConformance {
  private final Conformance conformance;

  /** The suite for the profile of {@code source}. */
  protected CountyProfileConformance(ProfileSource source) {
    checkNotNull(source, "source");
    this.conformance = conformance(Conformance.of(source));
  }

  /** The suite to run: {@code base} by default (seed 2026, 50 examples, standard loader). */
  protected Conformance conformance(Conformance base) {
    return base;
  }

  /** The language of the failure messages: English by default. */
  protected Locale locale() {
    return Locale.ENGLISH;
  }

  /** One test per check. */
  @TestFactory
  public Stream<DynamicTest> countyProfileConforms() {
    return Arrays.stream(ConformanceCheck.values()).map(check -> DynamicTest.dynamicTest(
        check.name() + ": " + check.text(locale()), () -> {
          ConformanceResult result = conformance.check(check);
          switch (result.outcome()) {
            case FAILED:
              Assertions.fail(conformance.source().name() + ": " + result.text(locale()));
              break;
            case SKIPPED:
              Assumptions.abort(result.text(locale()));
              break;
            default:
              break;
          }
        }));
  }
}
