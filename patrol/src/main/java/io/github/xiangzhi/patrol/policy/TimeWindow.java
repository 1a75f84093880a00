package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import java.time.LocalTime;
import org.immutables.value.Value;

/**
 * 时段 — a window of the day in whole minutes, {@link #from()} inclusive to {@link #to()}
 * exclusive, within one day: the hours in which a route is patrolled at an unannounced time, the
 * morning of a camera round, a grid worker's visiting hours. A window never crosses midnight and
 * never ends before it starts.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeWindow.class)
@JsonDeserialize(as = ImmutableTimeWindow.class)
public abstract class TimeWindow {

  /** The first minute of the window. */
  public abstract LocalTime from();

  /** The end of the window, exclusive; after {@link #from()}. */
  public abstract LocalTime to();

  /**
   * The window from {@code from} to {@code to}.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException if it ends before it starts or the
   *     times are not whole minutes
   */
  public static TimeWindow of(LocalTime from, LocalTime to) {
    return ImmutableTimeWindow.builder().from(from).to(to).build();
  }

  /** The window from {@code from} to {@code to}, written {@code "08:30"}. */
  public static TimeWindow of(String from, String to) {
    return of(LocalTime.parse(from), LocalTime.parse(to));
  }

  /** The first minute of the window, counted from midnight. */
  public final int fromMinute() {
    return from().getHour() * 60 + from().getMinute();
  }

  /** The minute after the window's last, counted from midnight. */
  public final int toMinute() {
    return to().getHour() * 60 + to().getMinute();
  }

  /** The window's length in minutes. */
  public final int minutes() {
    return toMinute() - fromMinute();
  }

  /** True when a span of {@code minutes} starting at {@code minute} of the day lies inside. */
  public final boolean holds(int minute, int minutes) {
    return minute >= fromMinute() && minute + minutes <= toMinute();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(from().getSecond() == 0 && from().getNano() == 0, "/from",
        "patrol.window.wholeMinutes", from());
    checks.check(to().getSecond() == 0 && to().getNano() == 0, "/to",
        "patrol.window.wholeMinutes", to());
    checks.check(to().isAfter(from()), "/to", "patrol.window.order", from(), to());
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return from() + "-" + to();
  }
}
