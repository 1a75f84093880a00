package io.github.xiangzhi.mediation.transparency;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * 应晒未晒 — an item a village had to post for a period by a day, and has not.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDuePosting.class)
@JsonDeserialize(as = ImmutableDuePosting.class)
public abstract class DuePosting {

  @Value.Parameter
  public abstract UnitId unit();

  @Value.Parameter
  public abstract String item();

  @Value.Parameter
  public abstract GovernancePeriod period();

  /** The last day it could be posted on time. */
  @Value.Parameter
  public abstract LocalDate dueBy();

  /** A due posting. */
  public static DuePosting of(UnitId unit, String item, GovernancePeriod period, LocalDate dueBy) {
    return ImmutableDuePosting.of(unit, item, period, dueBy);
  }
}
