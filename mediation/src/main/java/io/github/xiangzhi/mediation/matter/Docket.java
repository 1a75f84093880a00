package io.github.xiangzhi.mediation.matter;

import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.deadline.ClockWentBackwardsException;
import io.github.xiangzhi.mediation.deadline.Deadline;
import io.github.xiangzhi.mediation.deadline.DueItem;
import io.github.xiangzhi.mediation.deliberation.Deliberation;
import io.github.xiangzhi.mediation.deliberation.DeliberationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * 调解台账 — the docket of a county's matters (R-MED-1 to R-MED-6): it opens matters, records each
 * step of the closed loop as an event, picks the entry tier by triage and graded intake, escalates
 * matters up the ladder (on failure, or when the tier's time limit passes), keeps their deadlines
 * on the governance calendar in an {@link io.github.xiangzhi.mediation.deadline.EscalationScheduler},
 * and walks village affairs through their deliberation procedure.
 *
 * <p>Every command takes its instant from the docket's {@link #clock()}, or from an explicit
 * instant; instants never go backwards across the docket (a {@link ClockWentBackwardsException}
 * otherwise). A command is checked completely before anything changes: an unknown matter ({@link
 * UnknownMatterException}), an event the state does not allow ({@link
 * IllegalTransitionException}), a handler without the tier's role ({@link HandlerRoleException}),
 * a step out of order ({@link DeliberationException}) or other bad data ({@link MatterException})
 * leave the docket as it was. Each command returns the event it recorded.
 *
 * <p>Performance notes: the docket keeps each matter's derived state beside its history and
 * applies each event to it, so a transition costs a hash lookup, a table lookup, the event and,
 * when a tier's clock starts or stops, O(log d) in the scheduler (deadlines are shared by matters
 * starting the same day at the same tier). {@link #matter} builds a snapshot in O(history).
 *
 * <p>A docket is mutable and not thread-safe.
 */
public interface Docket {

  /** A builder of a docket for {@code policy} over {@code hierarchy}. */
  static DocketBuilder builder(MediationPolicy policy, Hierarchy hierarchy) {
    return new DocketBuilder(policy, hierarchy);
  }

  /** The mediation policy. */
  MediationPolicy policy();

  /** The hierarchy matters arise in. */
  Hierarchy hierarchy();

  /** The working-day calendar deadlines are counted on. */
  GovernanceCalendar calendar();

  /** The clock commands without an instant use. */
  Clock clock();

  /** The instant of the last event or sweep, if any. */
  Optional<Instant> lastInstant();

  // ---------------------------------------------------------------- commands

  /**
   * Opens a matter: 信息上报.
   *
   * @throws MatterException if the id or the source is taken, or the location is not a unit of
   *     the hierarchy
   */
  MatterEvent open(MatterReport report, Instant at);

  /**
   * Files it (案卷建立): triage and graded intake choose the entry tier — moved up the ladder when
   * the location lies above the tier's level — its unit, route and deadline.
   */
  MatterEvent file(MatterId matter, Instant at);

  /**
   * Hands it to {@code handler} (任务转办), who must hold one of its tier's roles.
   *
   * @throws HandlerRoleException if the handler holds none
   */
  MatterEvent assign(MatterId matter, StaffMember handler, Instant at);

  /** Starts the investigation (调查落实). */
  MatterEvent investigate(MatterId matter, Instant at);

  /**
   * Records deliberation step {@code step} of the matter's procedure (R-MED-6).
   *
   * @throws DeliberationException if the matter has no procedure, the step is not the next one,
   *     or it is held at the meeting and {@code at} is before the meeting's date
   */
  MatterEvent step(MatterId matter, String step, Instant at);

  /** Resolves it with {@code feedback} (处理反馈). */
  MatterEvent resolve(MatterId matter, Feedback feedback, Instant at);

  /** Archives it (结案归档); nothing changes afterwards. */
  MatterEvent archive(MatterId matter, Instant at);

  /**
   * Moves it up one tier (R-MED-1), to the unit at the next tier's level above its location (or
   * the external tier's unit), starting that tier's time limit. Never downward.
   *
   * @throws MatterException if it is at the top tier or the hierarchy has no unit for the tier
   */
  MatterEvent escalate(MatterId matter, EscalationReason reason, Instant at);

  /**
   * Reopens a resolved matter because {@code party} says it is not fixed; its tier's time limit
   * starts again.
   *
   * @throws MatterException if {@code party} is not a party to it
   */
  MatterEvent reopen(MatterId matter, PersonId party, Instant at);

  /**
   * Withdraws it at {@code party}'s request.
   *
   * @throws MatterException if {@code party} is not a party to it
   */
  MatterEvent withdraw(MatterId matter, PersonId party, Instant at);

  /**
   * Marks it a duplicate of {@code original}, linking the two.
   *
   * @throws UnknownMatterException if {@code original} is unknown
   * @throws MatterException if {@code original} is itself or a duplicate
   */
  MatterEvent markDuplicate(MatterId matter, MatterId original, Instant at);

  /** {@link #open(MatterReport, Instant)} now. */
  default MatterEvent open(MatterReport report) {
    return open(report, clock().instant());
  }

  /** {@link #file(MatterId, Instant)} now. */
  default MatterEvent file(MatterId matter) {
    return file(matter, clock().instant());
  }

  /** {@link #assign(MatterId, StaffMember, Instant)} now. */
  default MatterEvent assign(MatterId matter, StaffMember handler) {
    return assign(matter, handler, clock().instant());
  }

  /** {@link #investigate(MatterId, Instant)} now. */
  default MatterEvent investigate(MatterId matter) {
    return investigate(matter, clock().instant());
  }

  /** {@link #step(MatterId, String, Instant)} now. */
  default MatterEvent step(MatterId matter, String step) {
    return step(matter, step, clock().instant());
  }

  /** {@link #resolve(MatterId, Feedback, Instant)} now. */
  default MatterEvent resolve(MatterId matter, Feedback feedback) {
    return resolve(matter, feedback, clock().instant());
  }

  /** {@link #archive(MatterId, Instant)} now. */
  default MatterEvent archive(MatterId matter) {
    return archive(matter, clock().instant());
  }

  /** {@link #escalate(MatterId, EscalationReason, Instant)} now. */
  default MatterEvent escalate(MatterId matter, EscalationReason reason) {
    return escalate(matter, reason, clock().instant());
  }

  /** {@link #reopen(MatterId, PersonId, Instant)} now. */
  default MatterEvent reopen(MatterId matter, PersonId party) {
    return reopen(matter, party, clock().instant());
  }

  /** {@link #withdraw(MatterId, PersonId, Instant)} now. */
  default MatterEvent withdraw(MatterId matter, PersonId party) {
    return withdraw(matter, party, clock().instant());
  }

  /** {@link #markDuplicate(MatterId, MatterId, Instant)} now. */
  default MatterEvent markDuplicate(MatterId matter, MatterId original) {
    return markDuplicate(matter, original, clock().instant());
  }

  // ---------------------------------------------------------------- deadlines

  /**
   * Returns and forgets what fell due at {@code now} (reminders, passed deadlines); each item
   * fires once. Acting on it is the caller's; {@link #sweep} also escalates.
   *
   * @throws ClockWentBackwardsException if {@code now} is before the last event or sweep
   */
  List<DueItem> due(Instant now);

  /**
   * {@link #due} and then, for every matter whose time limit passed, an escalation to the next
   * tier at {@code now} with reason {@link EscalationReason#OVERDUE} (R-MED-1); matters at the
   * top tier are reported instead.
   *
   * @throws ClockWentBackwardsException if {@code now} is before the last event or sweep
   */
  SweepResult sweep(Instant now);

  /** {@link #due(Instant)} now. */
  default List<DueItem> due() {
    return due(clock().instant());
  }

  /** {@link #sweep(Instant)} now. */
  default SweepResult sweep() {
    return sweep(clock().instant());
  }

  // ---------------------------------------------------------------- queries

  /** The number of matters. */
  int size();

  /** The ids of every matter, in the order they were opened. */
  List<MatterId> ids();

  /** True when the docket holds {@code matter}. */
  boolean contains(MatterId matter);

  /**
   * The state of {@code matter}, without building a snapshot.
   *
   * @throws UnknownMatterException if the docket does not hold it
   */
  MatterState state(MatterId matter);

  /**
   * A snapshot of {@code matter}: its report and history.
   *
   * @throws UnknownMatterException if the docket does not hold it
   */
  Matter matter(MatterId matter);

  /** A snapshot of {@code matter}, if the docket holds it. */
  Optional<Matter> find(MatterId matter);

  /** Snapshots of every matter, in the order they were opened. */
  Stream<Matter> matters();

  /** The number of events recorded for {@code matter}. */
  int historySize(MatterId matter);

  /** The time limit in force for {@code matter}: running, or passed at the top tier. */
  Optional<Deadline> deadline(MatterId matter);

  /** The matter opened from {@code source}, if any. */
  Optional<MatterId> bySource(SourceRef source);

  /** The matters marked as duplicates of {@code original}. */
  List<MatterId> duplicatesOf(MatterId original);

  /** The deliberation of {@code matter}, when its route has a procedure. */
  Optional<Deliberation> deliberation(MatterId matter);
}
