package io.github.xiangzhi.testkit.assertions;

import static io.github.xiangzhi.testkit.assertions.XiangzhiAssertions.assertThat;
import static io.github.xiangzhi.testkit.assertions.XiangzhiAssertions.assertThatThrownBy;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.rating.star.CategoryStatus;
import io.github.xiangzhi.rating.star.Evidence;
import io.github.xiangzhi.rating.star.ReasonKind;
import io.github.xiangzhi.rating.star.StarEngine;
import io.github.xiangzhi.rating.star.StarResult;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.rating.star.target.TargetKind;
import io.github.xiangzhi.rating.star.target.TargetReport;
import io.github.xiangzhi.testkit.Stars;
import io.github.xiangzhi.testkit.patrol.PatrolGens;
import io.github.xiangzhi.testkit.rating.StarGens;
import io.github.xiangzhi.patrol.schedule.PatrolPlanner;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XiangzhiAssertionsTest {
  private static final RatingPolicy CHANGZHI = Stars.changzhi();

  private static StarResult veteran() {
    Evidence e = Evidence.builder().flag("SUPPORTS_COLLECTIVE").flag("PATRIOTIC_EDUCATION")
        .flag("CRIMINAL_CONVICTION").build();
    return StarEngine.create().evaluate(CHANGZHI.scheme(), HouseholdId.of("h-1"), e);
  }

  @Test
  void starResultAssertionsPassOnTheTruthAndFailWithTheHousehold() {
    StarResult vetoed = veteran();
    assertThat(vetoed).hasTotal(0).hasNoStar("LOVE_PARTY_AND_COUNTRY")
        .hasStatus("LOVE_PARTY_AND_COUNTRY", CategoryStatus.VETOED).hasReason(ReasonKind.VETO)
        .hasExactlyStars();
    assertThatThrownBy(() -> assertThat(vetoed).hasStar("LOVE_PARTY_AND_COUNTRY"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("h-1").hasMessageContaining("VETOED");
    assertThatThrownBy(() -> assertThat(vetoed).hasTotal(3))
        .hasMessageContaining("to hold 3 stars but it holds 0");
  }

  @Test
  void targetReportAssertionsNameTheVillageThatMisses() {
    var county = StarGens.county(1, 2, new int[] {10, 10});
    HashSet<HouseholdId> all = new HashSet<>(county.households());
    Map<HouseholdId, List<String>> none = Map.of();
    TargetReport report = TargetReport.compute(county, CHANGZHI.targets(), all, none);
    assertThat(report).misses("v0", TargetKind.STARRED);
    assertThatThrownBy(() -> assertThat(report).allVillagesMeetTargets())
        .hasMessageContaining("v0").hasMessageContaining("v1");
    assertThatThrownBy(() -> assertThat(report).meetsTargets("v1"))
        .hasMessageContaining("v1");
  }

  @Test
  void planAssertionsCheckFeasibilityAndDoubleBooking() {
    PatrolGens.Town town = PatrolGens.town(11L);
    var plan = PatrolPlanner.of(town.policy()).plan(town.input(), 3L);
    assertThat(plan).hasNobodyDoubleBooked().hasPatrols(plan.schedule().size());
    if (!plan.isFeasible()) {
      assertThatThrownBy(() -> assertThat(plan).isFeasible())
          .hasMessageContaining("Expected a feasible plan");
    } else {
      assertThat(plan).isFeasible();
    }
  }

  @Test
  void profileProblemAssertionsFindThePath() {
    ProfileException e = org.junit.jupiter.api.Assertions.assertThrows(ProfileException.class,
        () -> ProfileLoader.standard().parse("profile: {id: x}\n", "x.yaml"));
    assertThat(e).hasProblemAt("/profile/name").areAllExplained().hasProblemCount(1);
    assertThatThrownBy(() -> assertThat(e).hasProblemAt("/nowhere"))
        .hasMessageContaining("/profile/name");
  }

  @Test
  void coverageAndStaffingAssertionsNameWhatIsWrong() {
    var h = io.github.xiangzhi.testkit.grid.GridGens.hierarchy(StarGens.CHANGZHI_LEVELS, 3L, 10,
        20);
    LocalDate on = LocalDate.of(2024, 6, 1);
    assertThat(io.github.xiangzhi.grid.hierarchy.Coverage.check(h, h.households(), on))
        .isNotNull();
    List<HouseholdId> register = new java.util.ArrayList<>(h.households());
    register.add(HouseholdId.of("nowhere"));
    var report = io.github.xiangzhi.grid.hierarchy.Coverage.check(h, register, on);
    assertThat(report).hasProblem(
        io.github.xiangzhi.grid.hierarchy.HierarchyProblem.Kind.HOUSEHOLD_UNATTACHED);
    assertThatThrownBy(() -> assertThat(report).isComplete())
        .hasMessageContaining("Expected complete coverage");
    var staffing = io.github.xiangzhi.testkit.grid.GridGens.staffing(h, 5L);
    var rules = io.github.xiangzhi.testkit.grid.GridGens.rules(h.scheme(), 5L);
    var staff = io.github.xiangzhi.grid.staff.StaffingReport.check(h, staffing, rules, on);
    if (staff.isSatisfied()) {
      assertThat(staff).isSatisfied();
    } else {
      String broken = staff.violations().get(0).rule();
      assertThat(staff).violates(broken);
      assertThatThrownBy(() -> assertThat(staff).isSatisfied()).hasMessageContaining(broken);
    }
    assertThatThrownBy(() -> assertThat(staff).violates("NO_SUCH_RULE"))
        .hasMessageContaining("NO_SUCH_RULE");
  }

  @Test
  void matterAndPassbookAssertions() {
    var at = io.github.xiangzhi.testkit.mediation.Fixtures.at("2024-03-04");
    var docket = io.github.xiangzhi.testkit.mediation.TestDockets.weituo(at);
    var report = io.github.xiangzhi.testkit.mediation.TestDockets.report("m-1",
        io.github.xiangzhi.mediation.matter.MatterKind.NEIGHBOUR,
        io.github.xiangzhi.mediation.matter.Severity.ORDINARY, "liwan-1-a");
    docket.open(report, at);
    docket.file(report.id(), at);
    var matter = docket.matter(report.id());
    assertThat(matter).isIn(io.github.xiangzhi.mediation.matter.MatterState.FILED)
        .isAtTier("GRID").hasEscalations(0);
    assertThatThrownBy(() -> assertThat(matter).isAtTier("TOWN"))
        .hasMessageContaining("m-1").hasMessageContaining("GRID");
    assertThatThrownBy(() -> assertThat(matter).missedDeadline()).hasMessageContaining("m-1");

    var clock = new io.github.xiangzhi.testkit.core.TestClock(
        java.time.Instant.parse("2024-01-01T00:00:00Z"));
    var ledger = io.github.xiangzhi.rating.points.PointsLedger.inMemory(
        io.github.xiangzhi.testkit.rating.PointsGens.policy(false, java.util.Optional.empty()),
        clock);
    var village = io.github.xiangzhi.core.id.UnitId.of("v0");
    var h0 = HouseholdId.of("h0");
    ledger.open(io.github.xiangzhi.rating.points.AccountId.pool(village));
    ledger.open(io.github.xiangzhi.rating.points.AccountId.household(h0));
    clock.advance(java.time.Duration.ofDays(2));
    for (int i = 0; i < 3; i++) {
      ledger.record(io.github.xiangzhi.core.event.ConductEvent.builder().id("e" + i).household(h0)
          .kind("EARN_BIG").occurredAt(java.time.Instant.parse("2024-01-02T00:00:00Z")).build(),
          village);
    }
    var statement = ledger.statement(h0, io.github.xiangzhi.core.time.GovernancePeriod.ofYear(2024));
    assertThat(statement).addsUp().closesAt(21).hasLines(3);
    assertThatThrownBy(() -> assertThat(statement).closesAt(20))
        .hasMessageContaining("close at 20 but it closes at 21");
  }
}
