package io.github.xiangzhi.mediation.deliberation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.mediation.deadline.ClockWentBackwardsException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 议事进程 — one matter's walk through a deliberation procedure (R-MED-6): the steps done so far,
 * in order, none skipped; the next step; and, when the next step is held at the meeting, the
 * date of the monthly meeting (一月一议) it falls on — the first meeting on or after the day the
 * previous step was done (or the walk began).
 *
 * <p>A walk is a value: {@link #complete} returns the walk one step further.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeliberation.class)
@JsonDeserialize(as = ImmutableDeliberation.class)
public abstract class Deliberation {

  /** The matter deliberated. */
  public abstract MatterId matter();

  /** The procedure it follows. */
  public abstract Procedure procedure();

  /** When the walk began. */
  public abstract Instant began();

  /** The steps done, in order. */
  public abstract ImmutableList<CompletedStep> done();

  /** The walk of {@code matter} through {@code procedure}, beginning at {@code at}. */
  public static Deliberation begin(MatterId matter, Procedure procedure, Instant at) {
    return ImmutableDeliberation.builder().matter(matter).procedure(procedure).began(at).build();
  }

  /** The step to do next; empty when every step is done. */
  public Optional<Step> next() {
    int n = done().size();
    return n < procedure().steps().size() ? Optional.of(procedure().steps().get(n))
        : Optional.empty();
  }

  /** True when every step is done. */
  public boolean finished() {
    return done().size() == procedure().steps().size();
  }

  /** When the last step was done, or the walk began. */
  public Instant lastAt() {
    return done().isEmpty() ? began() : done().get(done().size() - 1).at();
  }

  /**
   * The date of the meeting at which the next step is held: the first monthly meeting on or after
   * the day of {@link #lastAt()} in the calendar's zone. Empty when the next step is not held at
   * a meeting, or every step is done.
   */
  public Optional<LocalDate> meetingDate(GovernanceCalendar calendar) {
    Optional<Step> next = next();
    if (next.isEmpty() || !next.get().atMeeting()) {
      return Optional.empty();
    }
    return procedure().meetingOnOrAfter(LocalDate.ofInstant(lastAt(), calendar.zone()), calendar);
  }

  /**
   * This walk with step {@code step} done at {@code at}.
   *
   * @throws DeliberationException if every step is done, {@code step} is not the next one, or it
   *     is held at the meeting and {@code at} falls before the meeting's date
   * @throws ClockWentBackwardsException if {@code at} is before the last step
   */
  public Deliberation complete(String step, Instant at, GovernanceCalendar calendar) {
    checkNotNull(step, "step");
    checkNotNull(at, "at");
    Optional<Step> next = next();
    if (next.isEmpty()) {
      throw new DeliberationException(matter(), "mediation.step.finished", procedure().code(),
          step);
    }
    if (!next.get().code().equals(step)) {
      throw new DeliberationException(matter(), "mediation.step.order", procedure().code(),
          next.get().code(), step);
    }
    if (at.isBefore(lastAt())) {
      throw new ClockWentBackwardsException(lastAt(), at);
    }
    Optional<LocalDate> meeting = meetingDate(calendar);
    if (meeting.isPresent() && LocalDate.ofInstant(at, calendar.zone()).isBefore(meeting.get())) {
      throw new DeliberationException(matter(), "mediation.step.beforeMeeting",
          procedure().code(), step, meeting.get());
    }
    return ImmutableDeliberation.builder().from(this).addDone(CompletedStep.of(step, at)).build();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    int steps = procedure().steps().size();
    checks.check(done().size() <= steps, "/done", "mediation.step.finished", matter(),
        procedure().code(), done().size() > steps ? done().get(steps).step() : "");
    Instant last = began();
    for (int i = 0; i < done().size() && i < procedure().steps().size(); i++) {
      CompletedStep d = done().get(i);
      String expected = procedure().steps().get(i).code();
      checks.check(d.step().equals(expected), "/done/" + i + "/step", "mediation.step.order",
          matter(), procedure().code(), expected, d.step());
      checks.check(!d.at().isBefore(last), "/done/" + i + "/at", "mediation.clock.backwards",
          d.at(), last);
      last = d.at();
    }
    checks.throwIfAny();
  }
}
