package io.github.xiangzhi.testkit.assertions;

import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.grid.hierarchy.CoverageReport;
import io.github.xiangzhi.grid.staff.StaffingReport;
import io.github.xiangzhi.mediation.matter.Matter;
import io.github.xiangzhi.patrol.schedule.PlanResult;
import io.github.xiangzhi.rating.points.PassbookStatement;
import io.github.xiangzhi.rating.star.StarResult;
import io.github.xiangzhi.rating.star.target.TargetReport;
import io.github.xiangzhi.testkit.conformance.ConformanceReport;
import org.assertj.core.api.Assertions;

/**
 * 断言入口 — AssertJ assertions for Xiangzhi's main results, beside AssertJ's own:
 *
 * <pre>{@code
 * import static io.github.xiangzhi.testkit.assertions.XiangzhiAssertions.assertThat;
 *
 * assertThat(engine.evaluate(scheme, household, evidence)).hasTotal(7).hasStar("LAW_ABIDING");
 * assertThat(report).allVillagesMeetTargets();
 * assertThat(docket.matter(id)).isIn(MatterState.ESCALATED).isAtTier("TOWN");
 * assertThat(ledger.statement(household, year)).addsUp().closesAt(120);
 * assertThat(planner.plan(input, 7L)).isFeasible().hasNobodyDoubleBooked();
 * }</pre>
 */
public class XiangzhiAssertions extends Assertions {

  /** For subclasses adding their own entry points. */
  protected XiangzhiAssertions() {}

  /** Assertions on a household's stars. */
  public static StarResultAssert assertThat(StarResult actual) {
    return new StarResultAssert(actual);
  }

  /** Assertions on a village target report. */
  public static TargetReportAssert assertThat(TargetReport actual) {
    return new TargetReportAssert(actual);
  }

  /** Assertions on a coverage report. */
  public static CoverageReportAssert assertThat(CoverageReport actual) {
    return new CoverageReportAssert(actual);
  }

  /** Assertions on a staffing report. */
  public static StaffingReportAssert assertThat(StaffingReport actual) {
    return new StaffingReportAssert(actual);
  }

  /** Assertions on a matter. */
  public static MatterAssert assertThat(Matter actual) {
    return new MatterAssert(actual);
  }

  /** Assertions on a passbook statement. */
  public static PassbookAssert assertThat(PassbookStatement actual) {
    return new PassbookAssert(actual);
  }

  /** Assertions on a patrol plan and its schedule. */
  public static PlanResultAssert assertThat(PlanResult actual) {
    return new PlanResultAssert(actual);
  }

  /** Assertions on the problems of a profile that did not load. */
  public static ProfileProblemsAssert assertThat(ProfileException actual) {
    return new ProfileProblemsAssert(actual);
  }

  /** Assertions on a conformance report. */
  public static ConformanceReportAssert assertThat(ConformanceReport actual) {
    return new ConformanceReportAssert(actual);
  }
}
