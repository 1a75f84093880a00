package io.github.xiangzhi.patrol.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.patrol.PatrolKind;
import io.github.xiangzhi.patrol.policy.GeoPoint;
import io.github.xiangzhi.patrol.policy.PatrolPolicy;
import io.github.xiangzhi.patrol.policy.Route;
import io.github.xiangzhi.patrol.policy.Site;
import io.github.xiangzhi.patrol.schedule.PatrolPlanner;
import io.github.xiangzhi.patrol.schedule.PlanInput;
import io.github.xiangzhi.patrol.schedule.Schedule;
import io.github.xiangzhi.patrol.schedule.ScheduledPatrol;
import io.github.xiangzhi.patrol.schedule.VisitReason;
import io.github.xiangzhi.testkit.patrol.PatrolGens;
import io.github.xiangzhi.testkit.patrol.Weituo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PatrolAuditorTest {
  static final GeoPoint BRIDGE = GeoPoint.of(29.9712, 106.2834);

  static final PatrolPolicy POLICY = Weituo.policy()
      .routes(List.of(
          Route.builder().code("LIWAN_ROAD").name("李湾村道").unit(UnitId.of("liwan"))
              .addSites(Site.builder().code("BRIDGE").name("李湾桥").kind("ROAD").location(BRIDGE)
                  .build()).build(),
          Route.builder().code("QIXING_ROAD").name("七星场镇").unit(UnitId.of("qixing"))
              .addSites(Site.of("KTV", "七星歌舞厅", "ENTERTAINMENT_VENUE")).build()))
      .build();

  static Schedule week() {
    return PatrolPlanner.of(POLICY).plan(PlanInput.builder().hierarchy(Weituo.hierarchy())
        .staffing(Weituo.staffing()).calendar(PatrolGens.china()).start(LocalDate.of(2024, 3, 4))
        .endExclusive(LocalDate.of(2024, 3, 11)).build(), 2024).schedule();
  }

  static Instant at(LocalDate date, LocalTime time) {
    return date.atTime(time).atZone(PatrolGens.china().zone()).toInstant();
  }

  static ScheduledPatrol visitTo(Schedule schedule, String household) {
    return schedule.visitsTo(HouseholdId.of(household)).get(0);
  }

  @Test
  void R_PAT_1_anAuditOfAWeekCountsOnTimeLateMissedAndRejectedCheckIns() {
    Schedule schedule = week();
    ScheduledPatrol liwan = schedule.on(LocalDate.of(2024, 3, 4)).stream()
        .filter(p -> p.route().equals(java.util.Optional.of("LIWAN_ROAD"))).findFirst()
        .orElseThrow();
    ScheduledPatrol h1 = visitTo(schedule, "h1");
    ScheduledPatrol h2 = visitTo(schedule, "h2");
    List<CheckIn> checkIns = new ArrayList<>();
    // the route: one volunteer on time at the bridge, one an hour after the end, far away
    checkIns.add(CheckIn.builder().from(CheckIn.route(PersonId.of("red-1"), "LIWAN_ROAD",
        liwan.startInstant().plusSeconds(600))).location(BRIDGE).build());
    checkIns.add(CheckIn.builder().from(CheckIn.route(PersonId.of("red-2"), "LIWAN_ROAD",
        liwan.endInstant().plusSeconds(3600))).location(GeoPoint.of(30.0, 106.3)).build());
    checkIns.add(CheckIn.route(PersonId.of("red-1"), "LIWAN_ROAD",
        liwan.startInstant().plusSeconds(900))); // again: a duplicate
    // visits: h1 on its day, h2 a day late, h3 never; another worker at h1 off the schedule
    checkIns.add(CheckIn.visit(PersonId.of("gw-1"), HouseholdId.of("h1"),
        at(h1.date(), LocalTime.of(16, 45))));
    checkIns.add(CheckIn.visit(PersonId.of("gw-1"), HouseholdId.of("h2"),
        at(h2.date().plusDays(1), LocalTime.of(10, 0))));
    checkIns.add(CheckIn.visit(PersonId.of("gw-3"), HouseholdId.of("h5"),
        at(LocalDate.of(2024, 3, 5), LocalTime.of(10, 0))));
    checkIns.add(CheckIn.visit(PersonId.of("stranger"), HouseholdId.of("h4"),
        at(LocalDate.of(2024, 3, 5), LocalTime.of(9, 0))));

    AuditReport report = PatrolAuditor.of(schedule, Weituo.staffing())
        .audit(checkIns, at(LocalDate.of(2024, 3, 12), LocalTime.NOON));

    assertThat(report.byKind().get(PatrolKind.ROUTE)).isEqualTo(Tally.of(14, 1, 0, 13, 0));
    assertThat(report.byKind().get(PatrolKind.POINT)).isEqualTo(Tally.of(6, 1, 1, 4, 0));
    assertThat(report.total()).isEqualTo(Tally.of(20, 2, 1, 17, 0));
    assertThat(report.total().coverage()).contains(Share.of(3, 20));
    WorkerCoverage red2 = worker(report, "red-2");
    assertThat(red2.tally()).isEqualTo(Tally.of(7, 0, 1, 6, 0));
    assertThat(red2.distant()).isEqualTo(1);
    assertThat(worker(report, "red-1").distant()).isZero();
    assertThat(worker(report, "gw-1").tally()).isEqualTo(Tally.of(3, 1, 1, 1, 0));
    assertThat(worker(report, "gw-1").tally().coverage()).contains(Share.of(2, 3));
    assertThat(report.grids()).extracting(g -> g.unit().value() + " " + g.tally().done() + "/"
        + g.tally().scheduled()).containsExactly("liwan-1 2/3", "liwan-2 0/1", "qixing-1 0/2");
    assertThat(report.distant()).hasSize(1);
    // gw-3's visit to h5 was off the schedule, but h5 was visited all the same
    assertThat(report.overdue()).extracting(o -> o.household().value())
        .containsExactly("h3", "h4", "h6");
    OverdueHousehold h3 = report.overdue().get(0);
    assertThat(h3.dueBy()).isEqualTo(LocalDate.of(2024, 3, 10));
    assertThat(h3.visitedOn()).isEmpty();
    assertThat(h3.reason()).isEqualTo(VisitReason.ROUTINE);
    assertThat(report.rejected()).extracting(RejectedCheckIn::reason).containsExactly(
        RejectionReason.DUPLICATE, RejectionReason.UNKNOWN_STAFF,
        RejectionReason.OUTSIDE_SCHEDULE);
    RejectedCheckIn stranger = report.rejected().get(1);
    assertThat(stranger.message(Locale.ENGLISH)).isEqualTo(
        "Check-in by stranger at 2024-03-05T01:00:00Z (household visit) rejected:"
            + " not a member of the staff");
    assertThat(stranger.message(Locale.CHINA))
        .isEqualTo("stranger于2024-03-05T01:00:00Z的打卡(点上巡(入户走访))无效:非在册工作人员");
  }

  @Test
  void R_PAT_6_pendingPatrolsAreNotMissedAndAHouseholdIsOverdueOnlyOnceItsDueDayHasPassed() {
    Schedule schedule = week();
    Instant wednesdayNoon = at(LocalDate.of(2024, 3, 6), LocalTime.NOON);
    AuditReport report = PatrolAuditor.of(schedule, Weituo.staffing()).audit(List.of(),
        wednesdayNoon);
    // route patrols of Monday are past their tolerance, Tuesday's too; the rest pending
    assertThat(report.byKind().get(PatrolKind.ROUTE)).isEqualTo(Tally.of(14, 0, 0, 4, 10));
    assertThat(report.total().coverage()).contains(Share.of(0, report.total().due()));
    // nobody is overdue before the week's span has passed
    assertThat(report.overdue()).isEmpty();
    // one span later, every household is
    AuditReport later = PatrolAuditor.of(schedule, Weituo.staffing()).audit(List.of(),
        at(LocalDate.of(2024, 4, 1), LocalTime.NOON));
    assertThat(later.overdue()).hasSize(6);
    assertThat(later.total().pending()).isZero();
    assertThat(later.total().coverage()).contains(Share.of(0, 20));
  }

  @Test
  void aLateCheckInAfterMidnightStillCountsForTheNightsPatrol() {
    Schedule schedule = week();
    ScheduledPatrol last = schedule.on(LocalDate.of(2024, 3, 4)).stream()
        .filter(p -> p.kind() == PatrolKind.ROUTE)
        .max(java.util.Comparator.comparing(ScheduledPatrol::to)).orElseThrow();
    LocalDateTime lateAt = last.date().atTime(last.to()).plusMinutes(100);
    AuditReport report = PatrolAuditor.of(schedule, Weituo.staffing()).audit(List.of(
        CheckIn.route(last.team().get(0), last.route().orElseThrow(),
            lateAt.atZone(schedule.zone()).toInstant())), lateAt.atZone(schedule.zone())
        .toInstant());
    assertThat(report.rejected()).isEmpty();
    assertThat(report.total().late()).isEqualTo(1);
  }

  @Test
  void aCheckInMustNameTheTargetItsKindNeeds() {
    assertThatThrownBy(() -> CheckIn.builder().person(PersonId.of("gw-1"))
        .at(Instant.parse("2024-03-05T01:00:00Z")).kind(PatrolKind.POINT).build())
        .hasMessage("A household visit check-in needs its household");
    assertThatThrownBy(() -> CheckIn.route(PersonId.of("red-1"), "liwan road",
        Instant.parse("2024-03-05T01:00:00Z")))
        .hasMessageContaining("'liwan road'");
    assertThatThrownBy(() -> GeoPoint.of(91, 0)).hasMessage("Latitude 91 is not between -90 and 90");
  }

  static WorkerCoverage worker(AuditReport report, String person) {
    return report.workers().stream().filter(w -> w.person().equals(PersonId.of(person)))
        .findFirst().orElseThrow();
  }
}
