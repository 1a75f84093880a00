package io.github.xiangzhi.mediation.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.staff.Role;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.deadline.Deadline;
import io.github.xiangzhi.mediation.deadline.DueItem;
import io.github.xiangzhi.mediation.deadline.DueKind;
import io.github.xiangzhi.mediation.deliberation.DeliberationException;
import io.github.xiangzhi.mediation.ladder.Ladder;
import io.github.xiangzhi.mediation.ladder.Tier;
import io.github.xiangzhi.testkit.core.Examples;
import io.github.xiangzhi.testkit.mediation.Fixtures;
import io.github.xiangzhi.testkit.mediation.MatterGens;
import io.github.xiangzhi.testkit.mediation.MatterGens.Command;
import io.github.xiangzhi.testkit.mediation.TestDockets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random command sequences against a real docket and a simple model of the closed loop (R-MED-4)
 * and of deadlines (R-MED-1), compared after every step: the state, the history's length, what a
 * sweep finds due; and at the end, every history keeps the loop's order and escalates only up.
 */
class DocketPropertyTest {

  static final int MATTERS = 4;
  static final PersonId STRANGER = PersonId.of("p-stranger");
  static final String[] WEITUO_PLACES =
      {"liwan-1-a", "liwan-1-b", "liwan-2", "qixing-1", "liwan", "weituo"};
  static final String[] ANLAN_PLACES = {"v-g1-c", "v-g1", "v-g2", "v-b", "v"};

  /** The loop as the specification writes it, independently of {@link Transitions}. */
  static final Map<String, String> LOOP = new HashMap<>();

  static {
    String[] rules = {
        "REPORTED FILE FILED", "REPORTED WITHDRAW WITHDRAWN", "REPORTED MARK_DUPLICATE DUPLICATE",
        "FILED ASSIGN ASSIGNED", "FILED ESCALATE ESCALATED", "FILED WITHDRAW WITHDRAWN",
        "FILED MARK_DUPLICATE DUPLICATE",
        "ASSIGNED ASSIGN ASSIGNED", "ASSIGNED INVESTIGATE INVESTIGATING", "ASSIGNED STEP ASSIGNED",
        "ASSIGNED ESCALATE ESCALATED", "ASSIGNED WITHDRAW WITHDRAWN",
        "INVESTIGATING STEP INVESTIGATING", "INVESTIGATING RESOLVE RESOLVED",
        "INVESTIGATING ESCALATE ESCALATED", "INVESTIGATING WITHDRAW WITHDRAWN",
        "ESCALATED ASSIGN ASSIGNED", "ESCALATED ESCALATE ESCALATED", "ESCALATED WITHDRAW WITHDRAWN",
        "REOPENED ASSIGN ASSIGNED", "REOPENED ESCALATE ESCALATED", "REOPENED WITHDRAW WITHDRAWN",
        "RESOLVED ARCHIVE ARCHIVED", "RESOLVED REOPEN REOPENED",
        "WITHDRAWN ARCHIVE ARCHIVED", "DUPLICATE ARCHIVE ARCHIVED"};
    for (String rule : rules) {
      String[] p = rule.split(" ");
      LOOP.put(p[0] + " " + p[1], p[2]);
    }
  }

  /** The model of one matter. */
  static final class Model {
    String state; // null until opened
    String tier;
    UnitId unit;
    Deadline deadline;
    boolean reminderFired;
    boolean overdueFired;

    boolean active() {
      return state != null && (state.equals("FILED") || state.equals("ASSIGNED")
          || state.equals("INVESTIGATING") || state.equals("ESCALATED")
          || state.equals("REOPENED"));
    }
  }

  /** One run: the docket, the model, the staff. */
  static final class Run {
    final MediationPolicy policy;
    final Hierarchy hierarchy;
    final Docket docket;
    final String[] places;
    final List<StaffMember> staff = new ArrayList<>();
    final Model[] models = new Model[MATTERS];
    Instant now = Fixtures.at("2024-01-29"); // a week before the 2024 Spring Festival

    Run(MediationPolicy policy, Hierarchy hierarchy, String[] places) {
      this.policy = policy;
      this.hierarchy = hierarchy;
      this.places = places;
      this.docket = TestDockets.docket(policy, hierarchy, now);
      for (Role role : policy.roles()) {
        staff.add(StaffMember.of("s-" + role.code().toLowerCase(java.util.Locale.ROOT),
            role.name(), role.code()));
      }
      staff.add(StaffMember.of("s-none", "无关人员", "BYSTANDER"));
      for (int i = 0; i < MATTERS; i++) {
        models[i] = new Model();
      }
    }

    MatterId id(int i) {
      return MatterId.of("m" + i);
    }
  }

  @Test
  void R_MED_4_randomCommandsNeverBreakTheLoopInWeituo() {
    qt().withExamples(Examples.of(200)).forAll(MatterGens.sequences(MATTERS, 60)).checkAssert(commands ->
        run(new Run(Fixtures.preset("WEITUO"), Fixtures.weituo(), WEITUO_PLACES), commands));
  }

  @Test
  void R_MED_1_randomCommandsNeverEscalateDownwardInAnlan() {
    qt().withExamples(Examples.of(200)).forAll(MatterGens.sequences(MATTERS, 60)).checkAssert(commands ->
        run(new Run(Fixtures.preset("ANLAN"), Fixtures.anlan(), ANLAN_PLACES), commands));
  }

  static void run(Run run, List<Command> commands) {
    for (Command c : commands) {
      run.now = run.now.plus(Duration.ofMinutes(c.minutes));
      step(run, c);
      for (int i = 0; i < MATTERS; i++) {
        Model m = run.models[i];
        if (m.state == null) {
          assertThat(run.docket.contains(run.id(i))).isFalse();
        } else {
          assertThat(run.docket.state(run.id(i)).name()).as("m%d after %s", i, c)
              .isEqualTo(m.state);
        }
      }
    }
    for (MatterId id : run.docket.ids()) {
      Matter matter = run.docket.matter(id); // rebuilding it replays and checks the history
      assertThat(matter.state()).isEqualTo(run.docket.state(id));
      keepsTheLoopsOrder(matter);
      escalatesOnlyUp(run, matter);
    }
  }

  /** Applies {@code c} to the docket and the model, checking the outcome against the model. */
  static void step(Run run, Command c) {
    Model m = run.models[c.matter];
    MatterId id = run.id(c.matter);
    Docket d = run.docket;
    Instant at = run.now;
    if (c.op == MatterGens.Op.SWEEP) {
      sweep(run);
      return;
    }
    if (c.op == MatterGens.Op.OPEN) {
      MatterReport report = TestDockets.report(id.value(),
          io.github.xiangzhi.mediation.matter.MatterKind.values()[c.arg
              % io.github.xiangzhi.mediation.matter.MatterKind.values().length],
          Severity.values()[c.other % Severity.values().length],
          run.places[c.arg % run.places.length]);
      expect(run, c, m.state == null ? null : MatterException.class, () -> d.open(report, at));
      if (m.state == null) {
        m.state = "REPORTED";
      }
      return;
    }
    EventType type = type(c.op);
    if (m.state == null) {
      expect(run, c, UnknownMatterException.class, () -> apply(run, c, id, at));
      return;
    }
    String next = LOOP.get(m.state + " " + type);
    if (next == null) {
      expect(run, c, IllegalTransitionException.class, () -> apply(run, c, id, at));
      return;
    }
    Class<? extends Throwable> refused = refusal(run, c, m, type);
    MatterEvent e = expect(run, c, refused, () -> apply(run, c, id, at));
    if (e == null) {
      return;
    }
    assertThat(e.type()).isEqualTo(type);
    assertThat(e.at()).isEqualTo(at);
    Ladder ladder = run.policy.ladder();
    switch (type) {
      case FILE:
        m.tier = e.tier().get();
        m.unit = e.unit().get();
        restart(run, m, e);
        break;
      case ESCALATE:
        assertThat(ladder.rank(e.tier().get())).as("escalation rises").isGreaterThan(
            ladder.rank(m.tier));
        m.tier = e.tier().get();
        m.unit = e.unit().get();
        restart(run, m, e);
        break;
      case REOPEN:
        restart(run, m, e);
        break;
      default:
        break;
    }
    m.state = next;
  }

  /** The exception a command the state allows must fail with, or null when it must succeed. */
  static Class<? extends Throwable> refusal(Run run, Command c, Model m, EventType type) {
    Ladder ladder = run.policy.ladder();
    switch (type) {
      case ASSIGN:
        Tier tier = ladder.tier(m.tier).get();
        return tier.acceptsAnyOf(handler(run, c).roles()) ? null : HandlerRoleException.class;
      case ESCALATE:
        return ladder.above(m.tier).isPresent() ? null : MatterException.class;
      case REOPEN:
      case WITHDRAW:
        return c.arg % 3 == 0 ? MatterException.class : null; // the stranger is no party
      case MARK_DUPLICATE:
        Model original = run.models[c.other % MATTERS];
        if (original.state == null) {
          return UnknownMatterException.class;
        }
        if (c.other % MATTERS == c.matter || original.state.equals("DUPLICATE")) {
          return MatterException.class;
        }
        return null;
      case STEP:
        return STEP_MAY_FAIL;
      default:
        return null;
    }
  }

  /** Marks a step whose outcome depends on the procedure: success or a DeliberationException. */
  static final Class<? extends Throwable> STEP_MAY_FAIL = DeliberationException.class;

  static StaffMember handler(Run run, Command c) {
    return run.staff.get(c.other % run.staff.size());
  }

  static MatterEvent apply(Run run, Command c, MatterId id, Instant at) {
    Docket d = run.docket;
    PersonId party = c.arg % 3 == 0 ? STRANGER
        : c.arg % 3 == 1 ? TestDockets.APPLICANT : TestDockets.RESPONDENT;
    switch (c.op) {
      case FILE:
        return d.file(id, at);
      case ASSIGN:
        return d.assign(id, handler(run, c), at);
      case INVESTIGATE:
        return d.investigate(id, at);
      case STEP:
        // usually the next step, else one that is not
        String step = c.arg % 4 != 0 ? d.deliberation(id).flatMap(w -> w.next())
            .map(s -> s.code()).orElse("PROPOSE") : "NOT_A_STEP";
        return d.step(id, step, at);
      case RESOLVE:
        Satisfaction[] answers = Satisfaction.values();
        return d.resolve(id, Feedback.of(Outcome.SETTLED, answers[c.arg % answers.length]), at);
      case ARCHIVE:
        return d.archive(id, at);
      case ESCALATE:
        return d.escalate(id, c.arg % 2 == 0 ? EscalationReason.FAILED
            : EscalationReason.OVERDUE, at);
      case WITHDRAW:
        return d.withdraw(id, party, at);
      case REOPEN:
        return d.reopen(id, party, at);
      case DUPLICATE:
        return d.markDuplicate(id, run.id(c.other % MATTERS), at);
      default:
        throw new AssertionError(c.op);
    }
  }

  static EventType type(MatterGens.Op op) {
    return op == MatterGens.Op.DUPLICATE ? EventType.MARK_DUPLICATE : EventType.valueOf(op.name());
  }

  interface Action {
    MatterEvent run();
  }

  /**
   * Runs {@code action}: it must succeed when {@code refused} is null, else throw {@code refused}
   * and change nothing. A step may also succeed or fail, as its procedure says.
   */
  static MatterEvent expect(Run run, Command c, Class<? extends Throwable> refused, Action action) {
    MatterId id = run.id(c.matter);
    boolean existed = run.docket.contains(id);
    int before = existed ? run.docket.historySize(id) : 0;
    MatterState state = run.docket.contains(id) ? run.docket.state(id) : null;
    try {
      MatterEvent e = action.run();
      assertThat(refused == null || refused == STEP_MAY_FAIL && c.op == MatterGens.Op.STEP)
          .as("%s in %s should have been refused with %s", c, state, refused).isTrue();
      assertThat(run.docket.historySize(id)).isEqualTo(before + 1);
      return e;
    } catch (AssertionError e) {
      throw e;
    } catch (RuntimeException e) {
      assertThat(e).as("%s in %s", c, state).isInstanceOf(
          refused == null ? NoException.class : refused);
      if (existed) {
        assertThat(run.docket.historySize(id)).as("nothing changed").isEqualTo(before);
        assertThat(run.docket.state(id)).isEqualTo(state);
      }
      return null;
    }
  }

  /** Never thrown: the expected type when nothing may be thrown. */
  static final class NoException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** A tier's clock (re)starts: the model takes the event's deadline and checks its start. */
  static void restart(Run run, Model m, MatterEvent e) {
    Deadline deadline = e.deadline().get();
    assertThat(deadline.start())
        .isEqualTo(LocalDate.ofInstant(e.at(), run.docket.calendar().zone()));
    assertThat(deadline.tier()).isEqualTo(m.tier);
    m.deadline = deadline;
    m.reminderFired = false;
    m.overdueFired = false;
  }

  /** A sweep returns exactly what a naive scan of the model finds due, and escalates overdue. */
  static void sweep(Run run) {
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < MATTERS; i++) {
      Model m = run.models[i];
      if (!m.active()) {
        continue;
      }
      if (!m.overdueFired && !run.now.isBefore(m.deadline.dueAt())) {
        expected.add("m" + i + " OVERDUE");
      } else if (!m.reminderFired && !m.overdueFired && !run.now.isBefore(m.deadline.remindAt())) {
        expected.add("m" + i + " REMINDER");
      }
    }
    SweepResult result = run.docket.sweep(run.now);
    Set<String> found = new HashSet<>();
    Instant previous = Instant.MIN;
    for (DueItem item : result.due()) {
      found.add(item.matter().value() + " " + item.kind());
      assertThat(item.at()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(run.now);
      previous = item.at();
    }
    assertThat(found).isEqualTo(expected);
    for (DueItem item : result.due()) {
      Model m = run.models[Integer.parseInt(item.matter().value().substring(1))];
      if (item.kind() == DueKind.REMINDER) {
        m.reminderFired = true;
      } else {
        m.overdueFired = true;
        m.reminderFired = true;
      }
    }
    Ladder ladder = run.policy.ladder();
    for (MatterEvent e : result.escalations()) {
      Model m = run.models[Integer.parseInt(e.matter().value().substring(1))];
      assertThat(e.reason()).contains(EscalationReason.OVERDUE);
      assertThat(ladder.rank(e.tier().get())).isGreaterThan(ladder.rank(m.tier));
      m.tier = e.tier().get();
      m.unit = e.unit().get();
      m.state = "ESCALATED";
      restart(run, m, e);
    }
    for (DueItem item : result.atTop()) {
      Model m = run.models[Integer.parseInt(item.matter().value().substring(1))];
      assertThat(ladder.above(m.tier)).isEmpty();
    }
    assertThat(result.escalations().size() + result.atTop().size())
        .isEqualTo((int) expected.stream().filter(s -> s.endsWith("OVERDUE")).count());
  }

  /** No step of the closed loop is skipped: each main step follows the one before it. */
  static void keepsTheLoopsOrder(Matter matter) {
    List<MatterEvent> h = matter.history();
    assertThat(h.get(0).type()).isEqualTo(EventType.REPORT);
    EventType lastMain = EventType.REPORT;
    for (int i = 1; i < h.size(); i++) {
      MatterEvent e = h.get(i);
      assertThat(e.at()).isAfterOrEqualTo(h.get(i - 1).at());
      switch (e.type()) {
        case FILE:
          assertThat(lastMain).isEqualTo(EventType.REPORT);
          break;
        case INVESTIGATE:
          assertThat(lastMain).isEqualTo(EventType.ASSIGN);
          break;
        case RESOLVE:
          assertThat(lastMain).isEqualTo(EventType.INVESTIGATE);
          break;
        case ASSIGN:
          assertThat(lastMain).isIn(EventType.FILE, EventType.ASSIGN, EventType.ESCALATE,
              EventType.REOPEN);
          break;
        case ARCHIVE:
          assertThat(lastMain).isIn(EventType.RESOLVE, EventType.WITHDRAW,
              EventType.MARK_DUPLICATE);
          break;
        default:
          break;
      }
      if (e.type() != EventType.STEP) {
        lastMain = e.type();
      }
      if (i < h.size() - 1) {
        assertThat(e.type()).as("nothing follows archiving").isNotEqualTo(EventType.ARCHIVE);
      }
    }
  }

  /** Every escalation goes up the ladder, to a unit above the last (or outside the hierarchy). */
  static void escalatesOnlyUp(Run run, Matter matter) {
    Ladder ladder = run.policy.ladder();
    String tier = null;
    UnitId unit = null;
    for (MatterEvent e : matter.history()) {
      if (e.type() == EventType.FILE) {
        tier = e.tier().get();
        unit = e.unit().get();
        assertThat(run.hierarchy.contains(unit)
            && run.hierarchy.isWithin(matter.report().location(), unit)
            || ladder.tier(tier).get().external()).isTrue();
      } else if (e.type() == EventType.ESCALATE) {
        assertThat(ladder.rank(e.tier().get())).isGreaterThan(ladder.rank(tier));
        UnitId next = e.unit().get();
        boolean outside = !run.hierarchy.contains(next);
        assertThat(outside || run.hierarchy.contains(unit) && run.hierarchy.isAncestor(next, unit))
            .as("%s escalated from %s to %s", matter.id(), unit, next).isTrue();
        if (outside) {
          assertThat(ladder.tier(e.tier().get()).get().external()).isTrue();
        }
        tier = e.tier().get();
        unit = next;
      }
    }
  }
}
