package io.github.xiangzhi.mediation.matter;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.deadline.ClockWentBackwardsException;
import io.github.xiangzhi.mediation.deadline.Deadline;
import io.github.xiangzhi.mediation.deadline.DueItem;
import io.github.xiangzhi.mediation.deadline.DueKind;
import io.github.xiangzhi.mediation.deadline.EscalationScheduler;
import io.github.xiangzhi.mediation.deliberation.Deliberation;
import io.github.xiangzhi.mediation.deliberation.DeliberationException;
import io.github.xiangzhi.mediation.ladder.Ladder;
import io.github.xiangzhi.mediation.ladder.Tier;
import io.github.xiangzhi.mediation.triage.Route;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@link Docket}: a record per matter holding its report, its history and the fold of that
 * history, a scheduler of running deadlines, and indexes by source and by original. Every
 * command checks first and changes afterwards.
 */
final class DocketImpl implements Docket {

  /** One matter: report, append-only history, derived state and deliberation. */
  private static final class Record {
    final MatterReport report;
    final ArrayList<MatterEvent> events = new ArrayList<>(8);
    final MatterFold fold = new MatterFold();
    Deliberation deliberation;

    Record(MatterReport report) {
      this.report = report;
    }
  }

  /** Deadlines are shared by matters whose clocks start the same day with the same limit. */
  private static final class DeadlineKey {
    final String tier;
    final long day;
    final int limit;
    final int remind;

    DeadlineKey(String tier, long day, int limit, int remind) {
      this.tier = tier;
      this.day = day;
      this.limit = limit;
      this.remind = remind;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof DeadlineKey)) {
        return false;
      }
      DeadlineKey k = (DeadlineKey) o;
      return k.day == day && k.limit == limit && k.remind == remind && k.tier.equals(tier);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tier, day, limit, remind);
    }
  }

  /** Where an escalation goes. */
  private static final class Target {
    final Tier tier;
    final UnitId unit;

    Target(Tier tier, UnitId unit) {
      this.tier = tier;
      this.unit = unit;
    }
  }

  private final MediationPolicy policy;
  private final Ladder ladder;
  private final Hierarchy hierarchy;
  private final GovernanceCalendar calendar;
  private final Clock clock;
  private final Map<MatterId, Record> records = new HashMap<>();
  private final List<MatterId> order = new ArrayList<>();
  private final Map<SourceRef, MatterId> sources = new HashMap<>();
  private final Map<MatterId, List<MatterId>> duplicates = new HashMap<>();
  private final EscalationScheduler scheduler = EscalationScheduler.create();
  private final Map<DeadlineKey, Deadline> deadlines = new HashMap<>();
  /** The route of each severity and kind, filled on first use: routing is pure. */
  private final Route[][] routes = new Route[Severity.values().length][MatterKind.values().length];
  private Instant last;

  DocketImpl(MediationPolicy policy, Hierarchy hierarchy, GovernanceCalendar calendar,
      Clock clock) {
    this.policy = policy;
    this.ladder = policy.ladder();
    this.hierarchy = hierarchy;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public MediationPolicy policy() {
    return policy;
  }

  @Override
  public Hierarchy hierarchy() {
    return hierarchy;
  }

  @Override
  public GovernanceCalendar calendar() {
    return calendar;
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public Optional<Instant> lastInstant() {
    return Optional.ofNullable(last);
  }

  // ---------------------------------------------------------------- commands

  @Override
  public MatterEvent open(MatterReport report, Instant at) {
    checkNotNull(report, "report");
    checkTime(at);
    MatterId id = report.id();
    if (records.containsKey(id)) {
      throw new MatterException(id, "mediation.matter.exists");
    }
    if (!hierarchy.contains(report.location())) {
      throw new MatterException(id, "mediation.unit.unknown", report.location());
    }
    if (report.source().isPresent() && sources.containsKey(report.source().get())) {
      throw new MatterException(id, "mediation.source.used", report.source().get(),
          sources.get(report.source().get()));
    }
    Record r = new Record(report);
    MatterEvent e = event(id, EventType.REPORT, at).build();
    records.put(id, r);
    order.add(id);
    report.source().ifPresent(s -> sources.put(s, id));
    return append(r, e);
  }

  @Override
  public MatterEvent file(MatterId id, Instant at) {
    Record r = begin(id, EventType.FILE, at);
    Route route = route(r.report);
    Tier tier = ladder.tier(route.tier()).orElseThrow();
    UnitId unit = unitFor(tier, r.report.location());
    while (unit == null) {
      Optional<Tier> up = ladder.above(tier.code());
      if (up.isEmpty()) {
        throw new MatterException(id, "mediation.tier.noUnit", route.tier(),
            r.report.location());
      }
      tier = up.get();
      unit = unitFor(tier, r.report.location());
    }
    if (!tier.code().equals(route.tier())) {
      route = route.startingAt(tier.code(), tier.limitDays());
    }
    Deadline deadline = deadline(tier, route.limitDays(), at);
    Deliberation deliberation = null;
    if (route.procedure().isPresent()) {
      deliberation = Deliberation.begin(id, policy.procedure(route.procedure().get())
          .orElseThrow(), at);
    }
    MatterEvent e = event(id, EventType.FILE, at).tier(tier.code()).unit(unit)
        .deadline(deadline).route(route).build();
    append(r, e);
    r.deliberation = deliberation;
    scheduler.schedule(id, deadline);
    return e;
  }

  @Override
  public MatterEvent assign(MatterId id, StaffMember handler, Instant at) {
    checkNotNull(handler, "handler");
    Record r = begin(id, EventType.ASSIGN, at);
    Tier tier = ladder.tier(r.fold.tier).orElseThrow();
    String role = null;
    for (String candidate : tier.roles()) {
      if (handler.holds(candidate)) {
        role = candidate;
        break;
      }
    }
    if (role == null) {
      throw new HandlerRoleException(id, handler.id(), tier.code(), tier.roles());
    }
    return append(r, event(id, EventType.ASSIGN, at).handler(handler.id()).role(role).build());
  }

  @Override
  public MatterEvent investigate(MatterId id, Instant at) {
    Record r = begin(id, EventType.INVESTIGATE, at);
    return append(r, event(id, EventType.INVESTIGATE, at).build());
  }

  @Override
  public MatterEvent step(MatterId id, String step, Instant at) {
    checkNotNull(step, "step");
    Record r = begin(id, EventType.STEP, at);
    if (r.deliberation == null) {
      throw new DeliberationException(id, "mediation.step.noProcedure", step);
    }
    Deliberation next = r.deliberation.complete(step, at, calendar);
    MatterEvent e = append(r, event(id, EventType.STEP, at).step(step).build());
    r.deliberation = next;
    return e;
  }

  @Override
  public MatterEvent resolve(MatterId id, Feedback feedback, Instant at) {
    checkNotNull(feedback, "feedback");
    Record r = begin(id, EventType.RESOLVE, at);
    MatterEvent e = append(r, event(id, EventType.RESOLVE, at).feedback(feedback).build());
    scheduler.cancel(id);
    return e;
  }

  @Override
  public MatterEvent archive(MatterId id, Instant at) {
    Record r = begin(id, EventType.ARCHIVE, at);
    return append(r, event(id, EventType.ARCHIVE, at).build());
  }

  @Override
  public MatterEvent escalate(MatterId id, EscalationReason reason, Instant at) {
    checkNotNull(reason, "reason");
    Record r = begin(id, EventType.ESCALATE, at);
    Target target = target(r);
    if (target == null) {
      if (ladder.above(r.fold.tier).isEmpty()) {
        throw new MatterException(id, "mediation.escalate.top", r.fold.tier);
      }
      throw new MatterException(id, "mediation.tier.noUnit", ladder.above(r.fold.tier).get()
          .code(), r.report.location());
    }
    return escalate(r, target, reason, at);
  }

  private MatterEvent escalate(Record r, Target target, EscalationReason reason, Instant at) {
    Deadline deadline = deadline(target.tier, target.tier.limitDays(), at);
    MatterId id = r.report.id();
    MatterEvent e = append(r, event(id, EventType.ESCALATE, at).tier(target.tier.code())
        .unit(target.unit).deadline(deadline).reason(reason).build());
    scheduler.schedule(id, deadline);
    return e;
  }

  @Override
  public MatterEvent reopen(MatterId id, PersonId party, Instant at) {
    checkNotNull(party, "party");
    Record r = begin(id, EventType.REOPEN, at);
    if (!r.report.hasParty(party)) {
      throw new MatterException(id, "mediation.party.unknown", party);
    }
    Tier tier = ladder.tier(r.fold.tier).orElseThrow();
    int limit = r.fold.route.tier().equals(tier.code()) ? r.fold.route.limitDays()
        : tier.limitDays();
    Deadline deadline = deadline(tier, limit, at);
    MatterEvent e = append(r, event(id, EventType.REOPEN, at).party(party).deadline(deadline)
        .build());
    scheduler.schedule(id, deadline);
    return e;
  }

  @Override
  public MatterEvent withdraw(MatterId id, PersonId party, Instant at) {
    checkNotNull(party, "party");
    Record r = begin(id, EventType.WITHDRAW, at);
    if (!r.report.hasParty(party)) {
      throw new MatterException(id, "mediation.party.unknown", party);
    }
    MatterEvent e = append(r, event(id, EventType.WITHDRAW, at).party(party).build());
    scheduler.cancel(id);
    return e;
  }

  @Override
  public MatterEvent markDuplicate(MatterId id, MatterId original, Instant at) {
    checkNotNull(original, "original");
    Record r = begin(id, EventType.MARK_DUPLICATE, at);
    Record o = records.get(original);
    if (o == null) {
      throw new UnknownMatterException(original);
    }
    if (original.equals(id)) {
      throw new MatterException(id, "mediation.duplicate.self");
    }
    if (o.fold.state == MatterState.DUPLICATE) {
      throw new MatterException(id, "mediation.duplicate.chain", original, o.fold.duplicateOf);
    }
    MatterEvent e = append(r, event(id, EventType.MARK_DUPLICATE, at).original(original)
        .build());
    scheduler.cancel(id);
    duplicates.computeIfAbsent(original, k -> new ArrayList<>(2)).add(id);
    return e;
  }

  // ---------------------------------------------------------------- deadlines

  @Override
  public List<DueItem> due(Instant now) {
    checkTime(now);
    List<DueItem> items = scheduler.due(now);
    last = now;
    return items;
  }

  @Override
  public SweepResult sweep(Instant now) {
    checkTime(now);
    List<DueItem> items = scheduler.due(now);
    last = now;
    SweepResult.Builder result = SweepResult.builder().addAllDue(items);
    for (DueItem item : items) {
      if (item.kind() != DueKind.OVERDUE) {
        continue;
      }
      Record r = records.get(item.matter());
      Target target = Transitions.allows(r.fold.state, EventType.ESCALATE) ? target(r) : null;
      if (target == null) {
        result.addAtTop(item);
      } else {
        result.addEscalations(escalate(r, target, EscalationReason.OVERDUE, now));
      }
    }
    return result.build();
  }

  // ---------------------------------------------------------------- queries

  @Override
  public int size() {
    return records.size();
  }

  @Override
  public List<MatterId> ids() {
    return Collections.unmodifiableList(order);
  }

  @Override
  public boolean contains(MatterId matter) {
    return records.containsKey(matter);
  }

  @Override
  public MatterState state(MatterId matter) {
    return require(matter).fold.state;
  }

  @Override
  public Matter matter(MatterId matter) {
    Record r = require(matter);
    return Matter.of(r.report, r.events);
  }

  @Override
  public Optional<Matter> find(MatterId matter) {
    return records.containsKey(matter) ? Optional.of(matter(matter)) : Optional.empty();
  }

  @Override
  public Stream<Matter> matters() {
    return order.stream().map(this::matter);
  }

  @Override
  public int historySize(MatterId matter) {
    return require(matter).events.size();
  }

  @Override
  public Optional<Deadline> deadline(MatterId matter) {
    MatterFold fold = require(matter).fold;
    return fold.state.active() ? Optional.of(fold.deadline) : Optional.empty();
  }

  @Override
  public Optional<MatterId> bySource(SourceRef source) {
    return Optional.ofNullable(sources.get(source));
  }

  @Override
  public List<MatterId> duplicatesOf(MatterId original) {
    return ImmutableList.copyOf(duplicates.getOrDefault(original, List.of()));
  }

  @Override
  public Optional<Deliberation> deliberation(MatterId matter) {
    return Optional.ofNullable(require(matter).deliberation);
  }

  // ---------------------------------------------------------------- internals

  private Record require(MatterId id) {
    checkNotNull(id, "matter");
    Record r = records.get(id);
    if (r == null) {
      throw new UnknownMatterException(id);
    }
    return r;
  }

  private void checkTime(Instant at) {
    checkNotNull(at, "at");
    if (last != null && at.isBefore(last)) {
      throw new ClockWentBackwardsException(last, at);
    }
  }

  /** The matter, after checking that it exists, the clock and that its state allows {@code type}. */
  private Record begin(MatterId id, EventType type, Instant at) {
    Record r = require(id);
    checkTime(at);
    if (Transitions.nextOrNull(r.fold.state, type) == null) {
      throw new IllegalTransitionException(id, r.fold.state, type);
    }
    return r;
  }

  private static MatterEvent.Builder event(MatterId id, EventType type, Instant at) {
    return MatterEvent.builder().matter(id).type(type).at(at);
  }

  private MatterEvent append(Record r, MatterEvent e) {
    r.events.add(e);
    r.fold.apply(e);
    last = e.at();
    return e;
  }

  private Route route(MatterReport report) {
    Route[] bySeverity = routes[report.severity().ordinal()];
    Route route = bySeverity[report.kind().ordinal()];
    if (route == null) {
      route = policy.route(report);
      bySeverity[report.kind().ordinal()] = route;
    }
    return route;
  }

  /** The unit handling a matter located at {@code location} at {@code tier}, or null. */
  private UnitId unitFor(Tier tier, UnitId location) {
    if (tier.external()) {
      return tier.unit().orElseThrow();
    }
    return hierarchy.ancestorAt(location, tier.level().orElseThrow()).orElse(null);
  }

  /**
   * Where the matter escalates: the next tier up with a unit for its location, which lies above
   * the current unit (or outside the hierarchy); null at the top or when no tier above has a unit.
   */
  private Target target(Record r) {
    UnitId current = r.fold.unit;
    for (Optional<Tier> next = ladder.above(r.fold.tier); next.isPresent();
        next = ladder.above(next.get().code())) {
      UnitId unit = unitFor(next.get(), r.report.location());
      if (unit == null) {
        continue;
      }
      boolean upward = next.get().external() || !hierarchy.contains(current)
          || hierarchy.isAncestor(unit, current);
      if (!upward) { // the docket's builder checked that levels rise, so this cannot happen
        throw new IllegalStateException("escalation would not move " + r.report.id() + " up: "
            + current + " -> " + unit);
      }
      return new Target(next.get(), unit);
    }
    return null;
  }

  /** The deadline of {@code tier} with {@code limit} working days starting at {@code at}. */
  private Deadline deadline(Tier tier, int limit, Instant at) {
    int remind = Math.min(tier.remindDaysBefore(), limit - 1);
    LocalDate day = LocalDate.ofInstant(at, calendar.zone());
    DeadlineKey key = new DeadlineKey(tier.code(), day.toEpochDay(), limit, remind);
    Deadline d = deadlines.get(key);
    if (d == null) {
      d = Deadline.compute(tier.code(), day, limit, remind, calendar);
      deadlines.put(key, d);
    }
    return d;
  }
}
