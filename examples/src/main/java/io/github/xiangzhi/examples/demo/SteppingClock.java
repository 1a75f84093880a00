package io.github.xiangzhi.examples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock the demo moves forward as its simulated year unfolds, handed to the modules as their
 * injected {@link Clock}. It only goes forward. Not thread-safe: the demo runs on one thread.
 */
final class SteppingClock extends Clock {
  private final ZoneId zone;
  private Instant now;

  SteppingClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  /** Moves to {@code at}, or stays when {@code at} is earlier. */
  SteppingClock moveTo(Instant at) {
    if (at.isAfter(now)) {
      now = at;
    }
    return this;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new SteppingClock(now, other);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
