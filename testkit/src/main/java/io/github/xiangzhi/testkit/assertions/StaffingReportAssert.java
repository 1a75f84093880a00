package io.github.xiangzhi.testkit.assertions;

import io.github.xiangzhi.grid.staff.StaffingReport;
import java.util.Locale;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on a {@link StaffingReport} (人员配置报告). */
public final class StaffingReportAssert
    extends AbstractObjectAssert<StaffingReportAssert, StaffingReport> {

  StaffingReportAssert(StaffingReport actual) {
    super(actual, StaffingReportAssert.class);
  }

  /** Every staffing rule is met. */
  public StaffingReportAssert isSatisfied() {
    isNotNull();
    if (!actual.isSatisfied()) {
      failWithMessage("Expected every staffing rule to be met, but: %s%n%s",
          actual.summary(Locale.ENGLISH), actual.violations());
    }
    return this;
  }

  /** Rule {@code rule} is broken somewhere. */
  public StaffingReportAssert violates(String rule) {
    isNotNull();
    if (actual.violations().stream().noneMatch(v -> v.rule().equals(rule))) {
      failWithMessage("Expected rule %s to be broken, but the violations are %s", rule,
          actual.violations());
    }
    return this;
  }
}
