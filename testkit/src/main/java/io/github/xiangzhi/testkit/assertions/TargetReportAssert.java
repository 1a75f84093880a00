package io.github.xiangzhi.testkit.assertions;

import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.rating.star.target.TargetKind;
import io.github.xiangzhi.rating.star.target.TargetReport;
import io.github.xiangzhi.rating.star.target.UnitTargets;
import java.util.Locale;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on a {@link TargetReport} (村级目标报告). */
public final class TargetReportAssert
    extends AbstractObjectAssert<TargetReportAssert, TargetReport> {

  TargetReportAssert(TargetReport actual) {
    super(actual, TargetReportAssert.class);
  }

  /** Every village meets every target. */
  public TargetReportAssert allVillagesMeetTargets() {
    isNotNull();
    if (!actual.failing().isEmpty()) {
      failWithMessage("Expected every village to meet its targets, but these miss:%n%s",
          actual.failing().stream().map(u -> "  " + u.text(Locale.ENGLISH))
              .collect(Collectors.joining("\n")));
    }
    return this;
  }

  /** Unit {@code unit} meets every target. */
  public TargetReportAssert meetsTargets(String unit) {
    UnitTargets u = unit(unit);
    if (!u.meetsAll()) {
      failWithMessage("Expected unit %s to meet its targets: %s", unit, u.text(Locale.ENGLISH));
    }
    return this;
  }

  /** Unit {@code unit} misses the target {@code kind}. */
  public TargetReportAssert misses(String unit, TargetKind kind) {
    UnitTargets u = unit(unit);
    if (u.check(kind).map(c -> c.met()).orElse(true)) {
      failWithMessage("Expected unit %s to miss target %s: %s", unit, kind,
          u.text(Locale.ENGLISH));
    }
    return this;
  }

  private UnitTargets unit(String unit) {
    isNotNull();
    return actual.unit(UnitId.of(unit)).orElseThrow(() -> new AssertionError(
        "The target report has no unit " + unit));
  }
}
