package io.github.xiangzhi.examples.demo;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.deliberation.Deliberation;
import io.github.xiangzhi.mediation.deliberation.Step;
import io.github.xiangzhi.mediation.ladder.Tier;
import io.github.xiangzhi.mediation.matter.Channel;
import io.github.xiangzhi.mediation.matter.Docket;
import io.github.xiangzhi.mediation.matter.EscalationReason;
import io.github.xiangzhi.mediation.matter.Feedback;
import io.github.xiangzhi.mediation.matter.Matter;
import io.github.xiangzhi.mediation.matter.MatterEvent;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.MatterReport;
import io.github.xiangzhi.mediation.matter.MatterState;
import io.github.xiangzhi.mediation.matter.Party;
import io.github.xiangzhi.mediation.matter.Satisfaction;
import io.github.xiangzhi.mediation.matter.Severity;
import io.github.xiangzhi.mediation.matter.Side;
import io.github.xiangzhi.mediation.metrics.MediationMetrics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The town's disputes over the year before and the year itself (R-MED-1..7), as a small
 * discrete-event simulation on the docket: matters are reported across the year, filed, assigned
 * to a handler holding the tier's role, investigated, walked through their procedure's steps, and
 * resolved, escalated on failure, or left until the nightly sweep escalates them for a missed time
 * limit. Metrics compare the year with the one before.
 */
final class MediationYear {

  /** What the year's mediation came to. */
  static final class Outcome {
    final MediationMetrics metrics;
    final int opened;
    final int escalatedOverdue;
    final int escalatedFailed;
    final List<Matter> matters;

    Outcome(MediationMetrics metrics, int opened, int escalatedOverdue, int escalatedFailed,
        List<Matter> matters) {
      this.metrics = metrics;
      this.opened = opened;
      this.escalatedOverdue = escalatedOverdue;
      this.escalatedFailed = escalatedFailed;
      this.matters = matters;
    }
  }

  /** How likely a matter is settled at a tier, by the tier's rank from the bottom. */
  private static final double[] SETTLES = {0.62, 0.74, 0.88, 0.97, 0.99};

  private final MediationPolicy policy;
  private final SyntheticTown town;
  private final GovernanceCalendar calendar;
  private final ZoneId zone;
  private final SplittableRandom random;
  private final SteppingClock clock;
  private final Docket docket;
  private final PriorityQueue<Action> queue = new PriorityQueue<>();
  private final List<UnitId> leaves = new ArrayList<>();
  private final Map<MatterId, Integer> attempts = new HashMap<>();
  private long sequence;
  private int escalatedOverdue;
  private int escalatedFailed;

  private MediationYear(MediationPolicy policy, SyntheticTown town, GovernanceCalendar calendar,
      GovernancePeriod year, SplittableRandom random) {
    this.policy = policy;
    this.town = town;
    this.calendar = calendar;
    this.zone = calendar.zone();
    this.random = random;
    this.clock = new SteppingClock(year.previous().startInstant(zone), zone);
    this.docket = Docket.builder(policy, town.hierarchy()).calendar(calendar).clock(clock).build();
    Hierarchy h = town.hierarchy();
    for (int u = 0; u < h.unitCount(); u++) {
      if (h.subtreeEnd(u) == u + 1) {
        leaves.add(h.unitAt(u));
      }
    }
  }

  static Outcome run(MediationPolicy policy, SyntheticTown town, GovernanceCalendar calendar,
      GovernancePeriod year, SplittableRandom random) {
    MediationYear sim = new MediationYear(policy, town, calendar, year, random);
    int households = town.hierarchy().householdCount();
    // last year a little more than this year: the change a year on is what 002 reports
    int opened = sim.report(year.previous(), Math.max(3, households * 9 / 100), "y0")
        + sim.report(year, Math.max(3, households * 7 / 100), "y1");
    for (LocalDate d = year.previous().start(); d.isBefore(year.endExclusive()); d = d.plusDays(1)) {
      sim.at(d.atTime(LocalTime.of(0, 30)).atZone(sim.zone).toInstant(), sim::sweep);
    }
    sim.drain(year.endInstant(sim.zone));
    List<Matter> matters = sim.docket.matters().collect(Collectors.toList());
    MediationMetrics metrics = MediationMetrics.compute(policy.ladder(), town.hierarchy(),
        calendar, year, matters);
    return new Outcome(metrics, opened, sim.escalatedOverdue, sim.escalatedFailed, matters);
  }

  /** Schedules {@code n} reports spread over {@code period}. */
  private int report(GovernancePeriod period, int n, String prefix) {
    long days = period.lengthInDays();
    for (int i = 0; i < n; i++) {
      LocalDate day = period.start().plusDays(random.nextInt((int) days));
      Instant at = day.atTime(8 + random.nextInt(9), random.nextInt(60)).atZone(zone).toInstant();
      MatterReport report = reportAt(MatterId.of(prefix + "-" + (i + 1)));
      at(at, now -> open(report, now));
    }
    return n;
  }

  private MatterReport reportAt(MatterId id) {
    UnitId location = leaves.get(random.nextInt(leaves.size()));
    List<HouseholdId> nearby = town.hierarchy().households(location);
    MatterKind kind = pick(new MatterKind[] {MatterKind.NEIGHBOUR, MatterKind.NEIGHBOUR,
        MatterKind.NEIGHBOUR, MatterKind.LAND, MatterKind.LAND, MatterKind.FAMILY,
        MatterKind.FAMILY, MatterKind.LABOUR, MatterKind.PETITION, MatterKind.PUBLIC_SERVICE});
    Severity severity = random.nextInt(10) == 0 ? Severity.MAJOR
        : random.nextInt(4) == 0 ? Severity.MINOR : Severity.ORDINARY;
    Channel channel = pick(new Channel[] {Channel.PATROL, Channel.PATROL, Channel.HOTLINE,
        Channel.WALK_IN, Channel.VISIT, Channel.ONLINE});
    String applicant = nearby.isEmpty() ? "resident-" + id : nearby.get(0).value() + "-head";
    String respondent = nearby.size() < 2 ? "resident-" + id + "-b"
        : nearby.get(1 + random.nextInt(nearby.size() - 1)).value() + "-head";
    return MatterReport.builder().id(id).kind(kind).severity(severity).location(location)
        .reporter(reporter(location)).channel(channel)
        .addParties(Party.of(PersonId.of(applicant), Side.APPLICANT),
            Party.of(PersonId.of(respondent), Side.RESPONDENT))
        .build();
  }

  private PersonId reporter(UnitId location) {
    for (UnitId at : town.hierarchy().path(location)) {
      if (!town.staffing().assignmentsTo(at).isEmpty()) {
        return town.staffing().assignmentsTo(at).get(0).person();
      }
    }
    return town.staffing().members().get(0).id();
  }

  private void open(MatterReport report, Instant now) {
    docket.open(report, now);
    Instant filed = now.plusSeconds(600 + random.nextInt(3600));
    at(filed, t -> {
      docket.file(report.id(), t);
      if (random.nextInt(40) == 0) {
        at(t.plusSeconds(3600), u -> withdraw(report.id(), u));
      } else {
        handle(report.id(), t);
      }
    });
  }

  private void withdraw(MatterId id, Instant now) {
    Matter m = docket.matter(id);
    if (m.state().active()) {
      docket.withdraw(id, m.report().parties().get(0).person(), now);
    }
  }

  /** The matter has reached a tier (filed or escalated): plan its handling there. */
  private void handle(MatterId id, Instant from) {
    Matter matter = docket.matter(id);
    Optional<String> tierCode = matter.tier();
    if (tierCode.isEmpty() || !matter.state().active()) {
      return;
    }
    Tier tier = policy.ladder().tiers().stream().filter(t -> t.code().equals(tierCode.get()))
        .findFirst().orElseThrow();
    Optional<StaffMember> handler = handler(tier, matter.unit().orElse(matter.report().location()));
    if (handler.isEmpty()) {
      return; // nobody holds the tier's role: the sweep escalates it when the time limit passes
    }
    Instant assignAt = workingMorning(from, 1);
    int attempt = attempts.merge(id, 1, Integer::sum);
    at(assignAt, t -> {
      if (!sameTier(id, tier)) {
        return;
      }
      docket.assign(id, handler.get(), t);
      docket.investigate(id, t);
      nextStep(id, tier, attempt, t);
    });
  }

  /**
   * Takes the next step of the matter's procedure (一月一议 and its steps) if triage gave it one,
   * each as its own event; then decides how the tier ends.
   */
  private void nextStep(MatterId id, Tier tier, int attempt, Instant now) {
    Optional<Deliberation> walk = docket.deliberation(id);
    if (walk.isPresent() && walk.get().next().isPresent()) {
      Step step = walk.get().next().get();
      Optional<LocalDate> meeting = walk.get().meetingDate(calendar);
      Instant when = meeting.isPresent()
          ? max(workingMorning(now, 0), meeting.get().atTime(LocalTime.of(9, 30)).atZone(zone)
              .toInstant())
          // a step without a meeting often follows the last the same day
          : random.nextInt(10) < 7 ? now.plusSeconds(90 * 60) : workingMorning(now, 1);
      at(when, u -> {
        if (sameTier(id, tier) && docket.matter(id).state().active()) {
          docket.step(id, step.code(), u);
          nextStep(id, tier, attempt, u);
        }
      });
      return;
    }
    int rank = policy.ladder().chain().indexOf(tier);
    double settles = SETTLES[Math.min(rank, SETTLES.length - 1)] / attempt;
    double draw = random.nextDouble();
    int limit = tier.limitDays();
    if (draw < settles) {
      // most within the limit, some a little after it (then the sweep gets there first)
      int day = 1 + random.nextInt(Math.max(1, limit + limit / 4));
      at(workingMorning(now, day), u -> resolve(id, tier, u));
    } else if (draw < settles + 0.6 * (1 - settles) && rank + 1 < policy.ladder().chain().size()) {
      int day = 1 + random.nextInt(Math.max(1, limit - 1));
      at(workingMorning(now, day), u -> fail(id, tier, u));
    }
    // otherwise nothing happens here: the nightly sweep escalates it once overdue
  }

  private void resolve(MatterId id, Tier tier, Instant now) {
    if (!sameTier(id, tier) || docket.state(id) != MatterState.INVESTIGATING) {
      return;
    }
    double s = random.nextDouble();
    Satisfaction satisfaction = s < 0.82 ? Satisfaction.SATISFIED
        : s < 0.95 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.DISSATISFIED;
    io.github.xiangzhi.mediation.matter.Outcome outcome = random.nextBoolean()
        ? io.github.xiangzhi.mediation.matter.Outcome.SETTLED
        : io.github.xiangzhi.mediation.matter.Outcome.AGREEMENT;
    Feedback feedback = outcome == io.github.xiangzhi.mediation.matter.Outcome.AGREEMENT
        ? Feedback.builder().outcome(outcome).agreement("调解协议书 " + id.value())
            .satisfaction(satisfaction).build()
        : Feedback.of(outcome, satisfaction);
    docket.resolve(id, feedback, now);
    if (satisfaction == Satisfaction.DISSATISFIED && random.nextInt(3) == 0) {
      // "not fixed": the party reopens it, and it is handled again where it stands
      at(workingMorning(now, 2), u -> {
        if (docket.state(id) == MatterState.RESOLVED) {
          docket.reopen(id, docket.matter(id).report().parties().get(0).person(), u);
          handle(id, u);
        }
      });
    } else {
      at(workingMorning(now, 3), u -> {
        if (docket.state(id) == MatterState.RESOLVED) {
          docket.archive(id, u);
        }
      });
    }
  }

  private void fail(MatterId id, Tier tier, Instant now) {
    if (!sameTier(id, tier) || !docket.matter(id).state().active()) {
      return;
    }
    docket.escalate(id, EscalationReason.FAILED, now);
    escalatedFailed++;
    handle(id, now);
  }

  private void sweep(Instant now) {
    for (MatterEvent e : docket.sweep(now).escalations()) {
      escalatedOverdue++;
      handle(e.matter(), now);
    }
  }

  private boolean sameTier(MatterId id, Tier tier) {
    return docket.matter(id).tier().map(t -> t.equals(tier.code())).orElse(false);
  }

  /** A member holding one of the tier's roles, nearest to the matter's unit. */
  private Optional<StaffMember> handler(Tier tier, UnitId unit) {
    Hierarchy h = town.hierarchy();
    List<UnitId> path = h.contains(unit) ? h.path(unit) : List.of();
    StaffMember best = null;
    int bestDepth = -1;
    for (StaffMember m : town.staffing().members()) {
      if (tier.roles().stream().noneMatch(m::holds)) {
        continue;
      }
      int depth = 0;
      for (var a : town.staffing().assignmentsOf(m.id())) {
        int i = path.indexOf(a.unit());
        depth = Math.max(depth, i + 1);
      }
      if (depth > bestDepth) {
        best = m;
        bestDepth = depth;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Nine in the morning, {@code workingDays} working days after {@code from}'s day. */
  private Instant workingMorning(Instant from, int workingDays) {
    LocalDate day = calendar.plusWorkingDays(LocalDate.ofInstant(from, zone), workingDays);
    return day.atTime(9, 0).plusMinutes(random.nextInt(120)).atZone(zone).toInstant();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private <T> T pick(T[] options) {
    return options[random.nextInt(options.length)];
  }

  // ---------------------------------------------------------------- the event queue

  private interface Act {
    void run(Instant now);
  }

  private final class Action implements Comparable<Action> {
    final Instant at;
    final long order = sequence++;
    final Act act;

    Action(Instant at, Act act) {
      this.at = at;
      this.act = act;
    }

    @Override
    public int compareTo(Action other) {
      int c = at.compareTo(other.at);
      return c != 0 ? c : Long.compare(order, other.order);
    }
  }

  private void at(Instant when, Act act) {
    queue.add(new Action(when, act));
  }

  /** Runs every action before {@code end}, in time order, moving the clock along. */
  private void drain(Instant end) {
    while (!queue.isEmpty() && queue.peek().at.isBefore(end)) {
      Action next = queue.poll();
      Instant now = max(next.at, docket.lastInstant().orElse(next.at));
      clock.moveTo(now);
      next.act.run(now);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MediationYear{%d matters}", docket.size());
  }
}
