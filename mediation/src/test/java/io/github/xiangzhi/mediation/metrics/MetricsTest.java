package io.github.xiangzhi.mediation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.hierarchy.UnknownUnitException;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.deadline.Deadline;
import io.github.xiangzhi.mediation.ladder.Ladder;
import io.github.xiangzhi.mediation.matter.Docket;
import io.github.xiangzhi.mediation.matter.EscalationReason;
import io.github.xiangzhi.mediation.matter.EventType;
import io.github.xiangzhi.mediation.matter.Feedback;
import io.github.xiangzhi.mediation.matter.Matter;
import io.github.xiangzhi.mediation.matter.MatterEvent;
import io.github.xiangzhi.mediation.matter.MatterException;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.MatterReport;
import io.github.xiangzhi.mediation.matter.Outcome;
import io.github.xiangzhi.mediation.matter.Satisfaction;
import io.github.xiangzhi.mediation.matter.Severity;
import io.github.xiangzhi.testkit.core.Examples;
import io.github.xiangzhi.testkit.mediation.Fixtures;
import io.github.xiangzhi.testkit.mediation.TestDockets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MetricsTest {

  static final GovernancePeriod MARCH_2024 = GovernancePeriod.parse("2024-03");
  static final Feedback SATISFIED = Feedback.of(Outcome.SETTLED, Satisfaction.SATISFIED);

  static MatterId id(String id) {
    return MatterId.of(id);
  }

  /** Weituo in March 2024 and March 2023; see the test for what happens to each matter. */
  static Docket weituoMarch() {
    Docket d = TestDockets.weituo(Fixtures.at("2023-03-01"));
    StaffMember all = TestDockets.everyone(d.policy());
    String[] lastYear = {"liwan-1-a", "liwan-2", "liwan-1-b", "qixing-1"};
    for (int i = 0; i < lastYear.length; i++) {
      d.open(TestDockets.report("y" + i, MatterKind.NEIGHBOUR, Severity.ORDINARY, lastYear[i]),
          Fixtures.at("2023-03-06"));
      d.file(id("y" + i), Fixtures.at("2023-03-06"));
    }
    Instant monday = Fixtures.at("2024-03-04");
    d.open(TestDockets.report("m1", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"), monday);
    d.open(TestDockets.report("m2", MatterKind.LAND, Severity.ORDINARY, "liwan-2"), monday);
    d.open(TestDockets.report("m3", MatterKind.NEIGHBOUR, Severity.ORDINARY, "qixing-1"), monday);
    d.open(TestDockets.report("m4", MatterKind.FAMILY, Severity.ORDINARY, "liwan-1-b"), monday);
    d.open(TestDockets.report("m5", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"), monday);
    d.open(TestDockets.report("m6", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"), monday);
    d.open(TestDockets.report("m7", MatterKind.LABOUR, Severity.ORDINARY, "liwan-2"), monday);
    for (String m : new String[] {"m1", "m2", "m3", "m4", "m5", "m6", "m7"}) {
      d.file(id(m), monday);
    }
    d.markDuplicate(id("m6"), id("m1"), monday);
    for (String m : new String[] {"m1", "m2", "m3", "m5", "m7"}) {
      d.assign(id(m), all, monday);
    }
    d.escalate(id("m3"), EscalationReason.FAILED, Fixtures.at("2024-03-05"));
    d.withdraw(id("m4"), TestDockets.APPLICANT, Fixtures.at("2024-03-05"));
    d.assign(id("m3"), all, Fixtures.at("2024-03-05"));
    for (String m : new String[] {"m1", "m2", "m3", "m7"}) {
      d.investigate(id(m), Fixtures.at("2024-03-05"));
    }
    d.resolve(id("m1"), SATISFIED, Fixtures.at("2024-03-06"));
    d.resolve(id("m2"), Feedback.builder().outcome(Outcome.AGREEMENT).agreement("调解协议书第17号")
        .satisfaction(Satisfaction.BASICALLY_SATISFIED).build(), Fixtures.at("2024-03-11"));
    d.resolve(id("m3"), Feedback.of(Outcome.SETTLED, Satisfaction.DISSATISFIED),
        Fixtures.at("2024-03-15"));
    d.resolve(id("m7"), Feedback.builder().outcome(Outcome.ANSWERED).build(),
        Fixtures.at("2024-03-25"));
    return d;
  }

  static MediationMetrics metrics(Docket d, GovernancePeriod period) {
    return MediationMetrics.compute(d.policy().ladder(), d.hierarchy(), d.calendar(), period,
        d.matters().collect(Collectors.toList()));
  }

  @Test
  void R_MED_7_aVillageAndItsTownInMarch2024() {
    MediationMetrics metrics = metrics(weituoMarch(), MARCH_2024);
    assertThat(metrics.period()).isEqualTo(MARCH_2024);
    assertThat(metrics.tiers()).containsExactly("GRID", "VILLAGE", "TOWN");

    UnitOutcome liwan = metrics.outcome(UnitId.of("liwan"));
    // m1 m2 m4 m5 m7 (m6 is a duplicate); m4 withdrawn
    assertThat(liwan.cases()).isEqualTo(5);
    assertThat(liwan.previousCases()).isEqualTo(3);
    assertThat(liwan.yearOnYearPercent()).contains(new BigDecimal("66.7"));
    assertThat(liwan.withdrawn()).isEqualTo(1);
    assertThat(liwan.resolved()).isEqualTo(3); // m1 in 2 working days, m2 in 5, m7 in 15
    assertThat(liwan.medianDays()).contains(5L);
    assertThat(liwan.p90Days()).contains(15L);
    assertThat(liwan.onTime()).isEqualTo(2); // m7 passed the 10 days of 限时承办
    assertThat(liwan.deadlineCompliance()).contains(Share.of(2, 3));
    assertThat(liwan.satisfactionRate()).contains(Share.ALL); // m7 was not asked
    TierOutcome grid = liwan.tier("GRID").orElseThrow();
    // 微事不出网格: m1 and m2 of m1, m2, m5 resolved at the grid
    assertThat(grid.started()).isEqualTo(3);
    assertThat(grid.resolvedHere()).isEqualTo(2);
    assertThat(grid.resolutionRate()).contains(Share.of(2, 3));
    assertThat(liwan.tier("VILLAGE").orElseThrow().resolutionRate()).isEmpty();
    assertThat(liwan.tier("VILLAGE").orElseThrow().containment()).contains(Share.of(2, 3));
    assertThat(liwan.tier("TOWN").orElseThrow().resolutionRate()).contains(Share.ALL);
    assertThat(liwan.tier("TOWN").orElseThrow().containment()).contains(Share.of(3, 4));
    assertThat(liwan.casesByKind()).containsEntry(MatterKind.LABOUR, 1L)
        .containsEntry(MatterKind.NEIGHBOUR, 2L);

    UnitOutcome town = metrics.outcome(UnitId.of("weituo"));
    assertThat(town.cases()).isEqualTo(6);
    assertThat(town.previousCases()).isEqualTo(4);
    assertThat(town.yearOnYearPercent()).contains(new BigDecimal("50.0"));
    assertThat(town.resolved()).isEqualTo(4); // m3 in 9 working days at the village
    assertThat(town.medianDays()).contains(5L);
    assertThat(town.p90Days()).contains(15L);
    assertThat(town.onTime()).isEqualTo(3);
    assertThat(town.satisfactionRate()).contains(Share.of(2, 3));
    TierOutcome townGrid = town.tier("GRID").orElseThrow();
    assertThat(townGrid.started()).isEqualTo(4);
    assertThat(townGrid.resolutionRate()).contains(Share.of(1, 2));
    TierOutcome townVillage = town.tier("VILLAGE").orElseThrow();
    assertThat(townVillage.reached()).isEqualTo(1);
    assertThat(townVillage.resolvedAt()).isEqualTo(1);
    assertThat(townVillage.containment()).contains(Share.of(3, 4)); // 小事不出村

    UnitOutcome courtyard = metrics.outcome(UnitId.of("liwan-1-b"));
    assertThat(courtyard.cases()).isEqualTo(1);
    assertThat(courtyard.medianDays()).isEmpty();
    assertThatThrownBy(() -> metrics.outcome(UnitId.of("atlantis")))
        .isInstanceOf(UnknownUnitException.class);
  }

  @Test
  void R_MED_7_yearOnYearChangeAs002ReportsIt() {
    // 002: "诉讼案件同比上年下降28.5%" — 143 cases after 200
    UnitOutcome outcome = UnitOutcome.builder().unit(UnitId.of("shangba")).period(
        GovernancePeriod.ofYear(2022)).cases(143).previousCases(200).withdrawn(0).resolved(0)
        .onTime(0).answered(0).satisfied(0).putCasesByKind(MatterKind.LAND, 10L)
        .build();
    assertThat(outcome.yearOnYearPercent()).contains(new BigDecimal("-28.5"));
    assertThat(outcome.yearOnYearPercent(MatterKind.LAND)).isEmpty(); // none a year earlier
    // by kind likewise: 10 land disputes after 8
    assertThat(UnitOutcome.builder().from(outcome).putPreviousCasesByKind(MatterKind.LAND, 8L)
        .build().yearOnYearPercent(MatterKind.LAND)).contains(new BigDecimal("25.0"));
    assertThat(outcome.deadlineCompliance()).isEmpty();
    // 003: 98% reply satisfaction
    assertThat(Share.parse("98%").isMetBy(4588, 4681)).isTrue();
  }

  @Test
  void R_MED_7_matterFromAnotherHierarchyIsRefused() {
    Docket d = weituoMarch();
    Hierarchy elsewhere = Hierarchy.builder(d.hierarchy().scheme())
        .addUnit(Unit.root("elsewhere", "TOWN", "别处")).build();
    assertThatThrownBy(() -> MediationMetrics.compute(d.policy().ladder(), elsewhere,
        d.calendar(), MARCH_2024, d.matters().collect(Collectors.toList())))
        .isInstanceOf(MatterException.class).hasMessageContaining("'liwan-1-a'");
  }

  // ---------------------------------------------------------------- against a naive recount

  /** One timed command of a random plan. */
  static final class Planned {
    final Instant at;
    final int order;
    final java.util.function.Consumer<Instant> command;

    Planned(Instant at, int order, java.util.function.Consumer<Instant> command) {
      this.at = at;
      this.order = order;
      this.command = command;
    }
  }

  /**
   * Random matters over two years in Weituo: for each, a plan of timed commands (opened; then
   * never filed, a duplicate, withdrawn, or escalated up to twice, handled and perhaps resolved,
   * sometimes reopened and resolved again), all plans merged in time order and run.
   */
  static Docket randomWeituo(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Instant base = Fixtures.at("2023-01-02");
    Docket d = TestDockets.weituo(base);
    StaffMember all = TestDockets.everyone(d.policy());
    String[] places = {"liwan-1-a", "liwan-1-b", "liwan-2", "qixing-1", "liwan", "qixing",
        "weituo"};
    List<Planned> plan = new ArrayList<>();
    int n = random.nextInt(5, 40);
    for (int i = 0; i < n; i++) {
      MatterId id = id("m" + i);
      MatterReport report = TestDockets.report(id.value(),
          MatterKind.values()[random.nextInt(MatterKind.values().length)],
          Severity.values()[random.nextInt(Severity.values().length)],
          places[random.nextInt(places.length)]);
      List<java.util.function.Consumer<Instant>> steps = new ArrayList<>();
      steps.add(at -> d.open(report, at));
      int path = random.nextInt(10);
      if (path > 0) {
        steps.add(at -> d.file(id, at));
      }
      if (path == 1 && i > 0) {
        steps.add(at -> d.markDuplicate(id, id("m0"), at));
      } else if (path == 2) {
        steps.add(at -> d.withdraw(id, TestDockets.APPLICANT, at));
      } else if (path > 2) {
        for (int e = random.nextInt(3); e > 0; e--) {
          steps.add(at -> {
            if (d.policy().ladder().above(d.matter(id).tier().get()).isPresent()) {
              d.escalate(id, EscalationReason.FAILED, at);
            }
          });
        }
        steps.add(at -> d.assign(id, all, at));
        steps.add(at -> d.investigate(id, at));
        int rounds = random.nextInt(10) == 0 ? 2 : 1;
        for (int r = 0; r < rounds && random.nextInt(10) < 7; r++) {
          Satisfaction[] answers = Satisfaction.values();
          Feedback feedback = random.nextBoolean()
              ? Feedback.of(Outcome.SETTLED, answers[random.nextInt(answers.length)])
              : Feedback.builder().outcome(Outcome.ANSWERED).build();
          steps.add(at -> d.resolve(id, feedback, at));
          if (r + 1 < rounds) {
            steps.add(at -> d.reopen(id, TestDockets.APPLICANT, at));
            steps.add(at -> d.assign(id, all, at));
            steps.add(at -> d.investigate(id, at));
          }
        }
      }
      Instant t = i == 0 ? base : base.plus(Duration.ofHours(random.nextInt(24 * 720)));
      for (int s = 0; s < steps.size(); s++) {
        plan.add(new Planned(t, i * 1000 + s, steps.get(s)));
        long minutes = random.nextInt(4) == 0 ? random.nextInt(60 * 24 * 30) : random.nextInt(600);
        t = t.plus(Duration.ofMinutes(minutes));
      }
    }
    plan.sort(Comparator.<Planned, Instant>comparing(p -> p.at).thenComparingInt(p -> p.order));
    for (Planned p : plan) {
      p.command.accept(p.at);
    }
    return d;
  }

  @Test
  void R_MED_7_metricsAgreeWithANaiveRecount() {
    GovernancePeriod[] periods = {GovernancePeriod.ofYear(2024), GovernancePeriod.parse("2024-Q2"),
        GovernancePeriod.parse("2024-11"), GovernancePeriod.ofYear(2023)};
    qt().withExamples(Examples.of(60)).forAll(longs().all()).checkAssert(seed -> {
      Docket d = randomWeituo(seed);
      List<Matter> matters = d.matters().collect(Collectors.toList());
      GovernancePeriod period = periods[(int) Math.floorMod(seed, (long) periods.length)];
      MediationMetrics metrics = MediationMetrics.compute(d.policy().ladder(), d.hierarchy(),
          d.calendar(), period, matters);
      for (Unit unit : d.hierarchy().units()) {
        assertThat(metrics.outcome(unit.id()))
            .as("%s in %s", unit.id(), period)
            .isEqualTo(naive(d.policy(), d.hierarchy(), d.calendar(), period, matters,
                unit.id()));
      }
    });
  }

  /** Counts straight from the histories, day by day. */
  static UnitOutcome naive(MediationPolicy policy, Hierarchy hierarchy,
      GovernanceCalendar calendar, GovernancePeriod period, List<Matter> matters, UnitId unit) {
    Ladder ladder = policy.ladder();
    List<String> tiers = ladder.chain().stream().map(t -> t.code()).collect(Collectors.toList());
    long cases = 0;
    long previous = 0;
    long withdrawn = 0;
    long resolved = 0;
    long onTime = 0;
    long answered = 0;
    long satisfied = 0;
    Map<MatterKind, Long> byKind = new EnumMap<>(MatterKind.class);
    Map<MatterKind, Long> byKindBefore = new EnumMap<>(MatterKind.class);
    long[][] tier = new long[tiers.size()][6];
    List<Long> days = new ArrayList<>();
    for (Matter m : matters) {
      if (!hierarchy.isWithin(m.report().location(), unit)) {
        continue;
      }
      List<MatterEvent> h = m.history();
      Optional<MatterEvent> file = h.stream().filter(e -> e.type() == EventType.FILE)
          .findFirst();
      if (file.isEmpty() || h.stream().anyMatch(e -> e.type() == EventType.MARK_DUPLICATE)) {
        continue;
      }
      LocalDate filed = LocalDate.ofInstant(file.get().at(), calendar.zone());
      MatterKind kind = m.report().kind();
      if (period.yearEarlier().contains(filed)) {
        previous++;
        byKindBefore.merge(kind, 1L, Long::sum);
        continue;
      }
      if (!period.contains(filed)) {
        continue;
      }
      cases++;
      byKind.merge(kind, 1L, Long::sum);
      if (h.stream().anyMatch(e -> e.type() == EventType.WITHDRAW)) {
        withdrawn++;
        continue;
      }
      int lastResolve = -1;
      int lastReopen = -1;
      for (int i = 0; i < h.size(); i++) {
        if (h.get(i).type() == EventType.RESOLVE) {
          lastResolve = i;
        }
        if (h.get(i).type() == EventType.REOPEN) {
          lastReopen = i;
        }
      }
      boolean isResolved = lastResolve > lastReopen;
      String entry = file.get().tier().get();
      String current = null;
      String resolvedTier = null;
      Set<String> visited = new HashSet<>();
      Deadline deadline = null;
      boolean missed = false;
      for (int i = 0; i < h.size(); i++) {
        MatterEvent e = h.get(i);
        if ((e.type() == EventType.ESCALATE || e.type() == EventType.RESOLVE) && deadline != null
            && !e.at().isBefore(deadline.dueAt())) {
          missed = true;
        }
        if (e.type() == EventType.FILE || e.type() == EventType.ESCALATE) {
          current = e.tier().get();
          visited.add(current);
        }
        if (e.deadline().isPresent()) {
          deadline = e.deadline().get();
        }
        if (i == lastResolve) {
          resolvedTier = current;
        }
      }
      int entryRank = tiers.indexOf(entry);
      int resolvedRank = isResolved ? tiers.indexOf(resolvedTier) : -1;
      for (int t = 0; t < tiers.size(); t++) {
        if (entryRank == t) {
          tier[t][0]++;
          if (resolvedRank == t) {
            tier[t][1]++;
          }
        }
        if (visited.contains(tiers.get(t))) {
          tier[t][2]++;
        }
        if (resolvedRank == t) {
          tier[t][3]++;
        }
        if (entryRank <= t) {
          tier[t][4]++;
          if (isResolved && resolvedRank <= t) {
            tier[t][5]++;
          }
        }
      }
      if (isResolved) {
        resolved++;
        if (!missed) {
          onTime++;
        }
        Feedback feedback = h.get(lastResolve).feedback().get();
        if (feedback.satisfaction().isPresent()) {
          answered++;
          if (feedback.satisfaction().get() != Satisfaction.DISSATISFIED) {
            satisfied++;
          }
        }
        long working = 0;
        LocalDate end = LocalDate.ofInstant(h.get(lastResolve).at(), calendar.zone());
        for (LocalDate day = filed; day.isBefore(end); day = day.plusDays(1)) {
          if (calendar.isWorkingDay(day)) {
            working++;
          }
        }
        days.add(working);
      }
    }
    UnitOutcome.Builder out = UnitOutcome.builder().unit(unit).period(period).cases(cases)
        .previousCases(previous).withdrawn(withdrawn).resolved(resolved).onTime(onTime)
        .answered(answered).satisfied(satisfied).putAllCasesByKind(byKind)
        .putAllPreviousCasesByKind(byKindBefore);
    for (int t = 0; t < tiers.size(); t++) {
      out.addTiers(TierOutcome.builder().tier(tiers.get(t)).started(tier[t][0])
          .resolvedHere(tier[t][1]).reached(tier[t][2]).resolvedAt(tier[t][3])
          .startedAtOrBelow(tier[t][4]).resolvedAtOrBelow(tier[t][5]).build());
    }
    if (!days.isEmpty()) {
      days.sort(Long::compare);
      out.medianDays(percentile(days, 50)).p90Days(percentile(days, 90));
    }
    return out.build();
  }

  /** The smallest value with at least {@code p}% of the values at or below it. */
  static long percentile(List<Long> sorted, int p) {
    for (int k = 1; ; k++) {
      if (k * 100 >= p * sorted.size()) {
        return sorted.get(k - 1);
      }
    }
  }
}
