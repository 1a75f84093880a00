package io.github.xiangzhi.bench;

import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.deadline.Deadline;
import io.github.xiangzhi.mediation.deliberation.Deliberation;
import io.github.xiangzhi.mediation.ladder.Tier;
import io.github.xiangzhi.mediation.matter.Docket;
import io.github.xiangzhi.mediation.matter.EventType;
import io.github.xiangzhi.mediation.matter.Feedback;
import io.github.xiangzhi.mediation.matter.Matter;
import io.github.xiangzhi.mediation.matter.MatterEvent;
import io.github.xiangzhi.mediation.matter.MatterReport;
import io.github.xiangzhi.mediation.matter.MatterState;
import io.github.xiangzhi.mediation.matter.Outcome;
import io.github.xiangzhi.mediation.matter.Satisfaction;
import io.github.xiangzhi.mediation.matter.Transitions;
import io.github.xiangzhi.mediation.triage.Route;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * State transitions of the closed loop (R-MED-4): 10,000 neighbour disputes in Weituo each walk
 * report → file → assign → investigate → resolve → archive, 60,000 transitions an invocation, in
 * a fresh docket. Xiangzhi's {@link Docket}, which keeps each matter's derived state beside its
 * history, against the event-sourcing baseline that derives the state by replaying the history
 * before every event (here through {@link Matter#of}, which checks the whole history), recording
 * the same events. The setup asserts that both record identical histories. The score is
 * transitions per second.
 *
 * <pre>
 * ./mvnw -B -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar MatterTransitionBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MatterTransitionBenchmark {

  static final int MATTERS = 10_000;
  static final int TRANSITIONS = MATTERS * 6;

  MediationPolicy policy;
  Hierarchy town;
  GovernanceCalendar calendar;
  MatterReport[] reports;
  StaffMember gridWorker;
  Instant start;
  Docket docket;
  ReplayingDocket baseline;

  /**
   * The baseline: histories only, the state derived by replaying the history before each event;
   * the events recorded are the docket's own (same route, tier, unit, deadline).
   */
  static final class ReplayingDocket {
    final MediationPolicy policy;
    final Hierarchy hierarchy;
    final GovernanceCalendar calendar;
    final Map<MatterId, MatterReport> reports = new HashMap<>();
    final Map<MatterId, List<MatterEvent>> histories = new HashMap<>();

    ReplayingDocket(MediationPolicy policy, Hierarchy hierarchy, GovernanceCalendar calendar) {
      this.policy = policy;
      this.hierarchy = hierarchy;
      this.calendar = calendar;
    }

    void open(MatterReport report, Instant at) {
      if (reports.putIfAbsent(report.id(), report) != null) {
        throw new IllegalStateException("exists: " + report.id());
      }
      List<MatterEvent> history = new ArrayList<>(8);
      history.add(MatterEvent.builder().matter(report.id()).type(EventType.REPORT).at(at)
          .build());
      histories.put(report.id(), history);
    }

    /** Replays the history to find the state, checks the event, appends it. */
    void record(MatterId id, EventType type, Instant at, MatterEvent.Builder event) {
      List<MatterEvent> history = histories.get(id);
      Matter replayed = Matter.of(reports.get(id), history);
      MatterState state = replayed.state();
      if (!Transitions.allows(state, type)) {
        throw new IllegalStateException(id + " is " + state + ", not ready for " + type);
      }
      history.add(event.matter(id).type(type).at(at).build());
    }

    void file(MatterId id, Instant at) {
      MatterReport report = reports.get(id);
      Route route = policy.route(report);
      Tier tier = policy.ladder().tier(route.tier()).orElseThrow();
      UnitId unit = hierarchy.ancestorAt(report.location(), tier.level().orElseThrow())
          .orElseThrow();
      Deadline deadline = Deadline.compute(tier.code(), at, route.limitDays(),
          Math.min(tier.remindDaysBefore(), route.limitDays() - 1), calendar);
      route.procedure().ifPresent(p -> Deliberation.begin(id, policy.procedure(p).orElseThrow(),
          at));
      record(id, EventType.FILE, at, MatterEvent.builder().tier(tier.code()).unit(unit)
          .deadline(deadline).route(route));
    }

    void assign(MatterId id, StaffMember handler, Instant at) {
      MatterReport report = reports.get(id);
      Tier tier = policy.ladder().tier(policy.route(report).tier()).orElseThrow();
      String role = tier.roles().stream().filter(handler::holds).findFirst().orElseThrow();
      record(id, EventType.ASSIGN, at, MatterEvent.builder().handler(handler.id()).role(role));
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    policy = MediationFixture.weituoPolicy();
    town = MediationFixture.town();
    calendar = MediationFixture.officialCalendar();
    reports = MediationFixture.reports(MATTERS, 20261122L);
    gridWorker = StaffMember.of("gw-1", "网格员", "GRID_WORKER");
    start = LocalDate.of(2024, 3, 4).atTime(9, 0).atZone(calendar.zone()).toInstant();
    fresh();
    closedLoop();
    replayEachEvent();
    for (MatterReport report : reports) {
      if (!docket.matter(report.id()).history().equals(baseline.histories.get(report.id()))) {
        throw new IllegalStateException("the docket and the baseline disagree on "
            + report.id());
      }
    }
  }

  /** A fresh, empty docket and baseline for every invocation. */
  @Setup(Level.Invocation)
  public void fresh() {
    docket = Docket.builder(policy, town).calendar(calendar)
        .clock(Clock.fixed(start, ZoneOffset.UTC)).build();
    baseline = new ReplayingDocket(policy, town, calendar);
  }

  /** Xiangzhi's docket: the derived state is kept beside the history. */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public Docket closedLoop() {
    Feedback feedback = Feedback.of(Outcome.SETTLED, Satisfaction.SATISFIED);
    for (int i = 0; i < MATTERS; i++) {
      MatterReport report = reports[i];
      MatterId id = report.id();
      Instant at = start.plusMillis(i);
      docket.open(report, at);
      docket.file(id, at);
      docket.assign(id, gridWorker, at);
      docket.investigate(id, at);
      docket.resolve(id, feedback, at);
      docket.archive(id, at);
    }
    return docket;
  }

  /** Baseline: the state replayed from the history before every event. */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public ReplayingDocket replayEachEvent() {
    Feedback feedback = Feedback.of(Outcome.SETTLED, Satisfaction.SATISFIED);
    for (int i = 0; i < MATTERS; i++) {
      MatterReport report = reports[i];
      MatterId id = report.id();
      Instant at = start.plusMillis(i);
      baseline.open(report, at);
      baseline.file(id, at);
      baseline.assign(id, gridWorker, at);
      baseline.record(id, EventType.INVESTIGATE, at, MatterEvent.builder());
      baseline.record(id, EventType.RESOLVE, at, MatterEvent.builder().feedback(feedback));
      baseline.record(id, EventType.ARCHIVE, at, MatterEvent.builder());
    }
    return baseline;
  }
}
