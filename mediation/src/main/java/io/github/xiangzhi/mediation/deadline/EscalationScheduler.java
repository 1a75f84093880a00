package io.github.xiangzhi.mediation.deadline;

import io.github.xiangzhi.core.id.MatterId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 到期调度 — the index of matters' deadlines that says, given the clock, what is due (R-MED-1):
 * reminders before a tier's time limit ends and deadlines that have passed, like the timer events
 * of a process engine. Each item fires once: a sweep returns it and forgets it, so the next sweep
 * returns only what has fallen due since. A passed deadline removes the matter from the index;
 * schedule it again with its next tier's deadline after escalating.
 *
 * <p>Sweeps follow the clock: an instant earlier than the last sweep's is refused with a {@link
 * ClockWentBackwardsException} and changes nothing.
 *
 * <p>Performance notes: deadlines and reminders fall at the start of a day in the calendar's zone,
 * so the index keeps one bucket per instant in two sorted maps. {@link #schedule} and {@link
 * #cancel} take O(log d) for d distinct instants pending (never more than the n matters), and a
 * {@linkplain #due(Instant) sweep} takes O(log d) per bucket that fell due plus O(1) per item it
 * returns — never a scan of every matter. The list a sweep returns builds its items when they are
 * read.
 *
 * <p>Implementations are mutable and not thread-safe: a docket owns one and confines it to one
 * thread at a time.
 */
public interface EscalationScheduler {

  /** An empty scheduler. */
  static EscalationScheduler create() {
    return new BucketScheduler();
  }

  /**
   * Schedules {@code deadline} for {@code matter}, replacing whatever was scheduled for it: its
   * reminder and its deadline will each fall due once.
   */
  void schedule(MatterId matter, Deadline deadline);

  /** Forgets {@code matter}'s deadline and reminder; false when nothing was scheduled. */
  boolean cancel(MatterId matter);

  /** The deadline scheduled for {@code matter}, if any. */
  Optional<Deadline> deadline(MatterId matter);

  /** True while {@code matter}'s reminder has not fallen due. */
  boolean reminderPending(MatterId matter);

  /** The number of matters scheduled. */
  int size();

  /** The earliest instant at which something falls due, if anything is scheduled. */
  Optional<Instant> nextDue();

  /** The instant of the last sweep, if there was one. */
  Optional<Instant> lastSweep();

  /**
   * Returns and forgets everything due at {@code now}, in the order it fell due: reminders whose
   * instant is at or before {@code now} (unless the deadline itself has passed too, which is then
   * the only item for that matter), and deadlines that have passed, which also remove their
   * matters from the index.
   *
   * @throws ClockWentBackwardsException if {@code now} is before the last sweep
   */
  List<DueItem> due(Instant now);

  /** {@link #due(Instant)} at {@code clock}'s current instant. */
  default List<DueItem> due(Clock clock) {
    return due(clock.instant());
  }
}
