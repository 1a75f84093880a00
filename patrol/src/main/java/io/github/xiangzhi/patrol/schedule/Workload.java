package io.github.xiangzhi.patrol.schedule;

import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.id.PersonId;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * 工作量 — how a schedule spreads the work: household visits per grid worker who serves
 * households, and patrol minutes per person over every kind. The balance of the visits is {@link
 * #maxMinRatio()}: the most visits any grid worker makes over the fewest.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Workload {

  /** Household visits per grid worker who is given at least one household. */
  public abstract ImmutableMap<PersonId, Integer> visits();

  /** Minutes on patrol per person with any patrol, every kind together. */
  public abstract ImmutableMap<PersonId, Long> minutes();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a workload. */
  public static final class Builder extends ImmutableWorkload.Builder {}

  /** The fewest visits a grid worker makes; 0 when there is none. */
  public final int minVisits() {
    return visits().values().stream().mapToInt(Integer::intValue).min().orElse(0);
  }

  /** The most visits a grid worker makes; 0 when there is none. */
  public final int maxVisits() {
    return visits().values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /**
   * The most visits over the fewest, 1 for a perfect balance; empty when no grid worker serves
   * households or one of them makes no visit.
   */
  public final OptionalDouble maxMinRatio() {
    int min = minVisits();
    return min == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) maxVisits() / min);
  }

  @Override
  public String toString() {
    return "Workload{workers=" + visits().size() + ", visits " + minVisits() + ".." + maxVisits()
        + "}";
  }
}
