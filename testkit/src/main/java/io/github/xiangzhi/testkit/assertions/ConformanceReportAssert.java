package io.github.xiangzhi.testkit.assertions;

import io.github.xiangzhi.testkit.conformance.ConformanceCheck;
import io.github.xiangzhi.testkit.conformance.ConformanceReport;
import io.github.xiangzhi.testkit.conformance.ConformanceResult;
import java.util.Locale;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on a {@link ConformanceReport}. */
public final class ConformanceReportAssert
    extends AbstractObjectAssert<ConformanceReportAssert, ConformanceReport> {

  ConformanceReportAssert(ConformanceReport actual) {
    super(actual, ConformanceReportAssert.class);
  }

  /** No check failed. */
  public ConformanceReportAssert conforms() {
    isNotNull();
    if (!actual.isConforming()) {
      failWithMessage("Expected the profile to conform:%n%s", actual.text(Locale.ENGLISH));
    }
    return this;
  }

  /** {@code check} failed. */
  public ConformanceReportAssert fails(ConformanceCheck check) {
    return hasOutcome(check, ConformanceResult.Outcome.FAILED);
  }

  /** {@code check} passed. */
  public ConformanceReportAssert passes(ConformanceCheck check) {
    return hasOutcome(check, ConformanceResult.Outcome.PASSED);
  }

  /** {@code check} came out {@code outcome}. */
  public ConformanceReportAssert hasOutcome(ConformanceCheck check,
      ConformanceResult.Outcome outcome) {
    isNotNull();
    if (actual.result(check).outcome() != outcome) {
      failWithMessage("Expected %s to be %s:%n%s", check, outcome, actual.text(Locale.ENGLISH));
    }
    return this;
  }
}
