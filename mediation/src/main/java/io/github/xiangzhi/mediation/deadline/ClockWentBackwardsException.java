package io.github.xiangzhi.mediation.deadline;

import io.github.xiangzhi.mediation.MediationException;
import java.time.Instant;

/**
 * An instant earlier than the last one recorded: an event or a sweep whose clock went backwards.
 * Events are appended in time order (instants may repeat), so a late instant is refused rather
 * than reordering history. Nothing has changed.
 */
public final class ClockWentBackwardsException extends MediationException {
  private static final long serialVersionUID = 1L;

  private final Instant last;
  private final Instant given;

  /** {@code given} came after {@code last} had been recorded. */
  public ClockWentBackwardsException(Instant last, Instant given) {
    super("mediation.clock.backwards", given, last);
    this.last = last;
    this.given = given;
  }

  /** The last instant recorded. */
  public Instant last() {
    return last;
  }

  /** The earlier instant given. */
  public Instant given() {
    return given;
  }
}
