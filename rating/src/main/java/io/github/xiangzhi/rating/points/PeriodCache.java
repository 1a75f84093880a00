package io.github.xiangzhi.rating.points;

import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.PeriodKind;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The period of one kind that contains an instant, remembering the last one found: postings
 * arrive close in time, so the hot path compares two instants instead of building dates.
 * Thread-safe: windows are immutable and published through a volatile field.
 */
final class PeriodCache {

  /** A period, its instants in the zone, and the expiry of points earned in it. */
  static final class Window {
    final Instant from;
    final Instant to;
    final GovernancePeriod period;
    final Instant expiry;

    Window(Instant from, Instant to, GovernancePeriod period, Instant expiry) {
      this.from = from;
      this.to = to;
      this.period = period;
      this.expiry = expiry;
    }
  }

  private final PeriodKind kind;
  private final ZoneId zone;
  private final int kept;
  private volatile Window last;

  /** Periods of {@code kind} in {@code zone}; expiry {@code kept} periods on, none if negative. */
  PeriodCache(PeriodKind kind, ZoneId zone, int kept) {
    this.kind = kind;
    this.zone = zone;
    this.kept = kept;
  }

  Window window(Instant at) {
    Window w = last;
    if (w != null && !at.isBefore(w.from) && at.isBefore(w.to)) {
      return w;
    }
    GovernancePeriod period = GovernancePeriod.containing(kind, at, zone);
    Instant expiry = null;
    if (kept >= 0) {
      GovernancePeriod end = period;
      for (int i = 0; i < kept; i++) {
        end = end.next();
      }
      expiry = end.endInstant(zone);
    }
    w = new Window(period.startInstant(zone), period.endInstant(zone), period, expiry);
    last = w;
    return w;
  }
}
