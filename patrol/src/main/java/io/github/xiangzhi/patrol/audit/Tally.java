package io.github.xiangzhi.patrol.audit;

import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.ValueChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 完成情况 — how many scheduled patrols were done on time, done late, missed, and are still
 * pending (their time, with its tolerance, has not yet passed). {@link #coverage()} is the share
 * done of those due, exact.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Tally {

  /** Patrols scheduled. */
  public abstract int scheduled();

  /** Done on time. */
  public abstract int onTime();

  /** Done late, within the tolerance. */
  public abstract int late();

  /** Not done, and the tolerance has passed. */
  public abstract int missed();

  /** Not done yet, and still within time. */
  public abstract int pending();

  /** The counts. */
  public static Tally of(int scheduled, int onTime, int late, int missed, int pending) {
    return ImmutableTally.builder().scheduled(scheduled).onTime(onTime).late(late).missed(missed)
        .pending(pending).build();
  }

  /** Done, on time or late. */
  public final int done() {
    return onTime() + late();
  }

  /** Due by now: done or missed. */
  public final int due() {
    return scheduled() - pending();
  }

  /** The share of due patrols done; empty when none is due yet. */
  public final Optional<Share> coverage() {
    return due() == 0 ? Optional.empty() : Optional.of(Share.of(done(), due()));
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(onTime() >= 0 && late() >= 0 && missed() >= 0 && pending() >= 0
        && onTime() + late() + missed() + pending() == scheduled(), "", "patrol.tally.sum",
        scheduled(), onTime(), late(), missed(), pending());
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "Tally{scheduled=" + scheduled() + ", onTime=" + onTime() + ", late=" + late()
        + ", missed=" + missed() + ", pending=" + pending() + "}";
  }
}
