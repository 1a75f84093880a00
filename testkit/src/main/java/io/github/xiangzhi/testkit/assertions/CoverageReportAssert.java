package io.github.xiangzhi.testkit.assertions;

import io.github.xiangzhi.grid.hierarchy.CoverageReport;
import io.github.xiangzhi.grid.hierarchy.HierarchyProblem;
import java.util.Locale;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on a {@link CoverageReport} (网格全覆盖报告). */
public final class CoverageReportAssert
    extends AbstractObjectAssert<CoverageReportAssert, CoverageReport> {

  CoverageReportAssert(CoverageReport actual) {
    super(actual, CoverageReportAssert.class);
  }

  /** Every household is covered and no problem is reported. */
  public CoverageReportAssert isComplete() {
    isNotNull();
    if (!actual.isComplete()) {
      failWithMessage("Expected complete coverage, but: %s%n%s", actual.summary(Locale.ENGLISH),
          actual.problems());
    }
    return this;
  }

  /** Some problem of {@code kind} is reported (an uncovered household, an orphaned unit…). */
  public CoverageReportAssert hasProblem(HierarchyProblem.Kind kind) {
    isNotNull();
    if (actual.problems(kind).isEmpty()) {
      failWithMessage("Expected a coverage problem of kind %s, but the problems are %s", kind,
          actual.problems());
    }
    return this;
  }
}
