package io.github.xiangzhi.mediation.deadline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.id.MatterId;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * 到期事项 — something a sweep found due: a matter's reminder, or its deadline passed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDueItem.class)
@JsonDeserialize(as = ImmutableDueItem.class)
public abstract class DueItem {

  /** The matter. */
  @Value.Parameter
  public abstract MatterId matter();

  /** A reminder or the deadline passed. */
  @Value.Parameter
  public abstract DueKind kind();

  /** The deadline it belongs to. */
  @Value.Parameter
  public abstract Deadline deadline();

  /** The item for {@code matter}. */
  public static DueItem of(MatterId matter, DueKind kind, Deadline deadline) {
    return ImmutableDueItem.of(matter, kind, deadline);
  }

  /** When it fell due: the reminder instant or the deadline. */
  public Instant at() {
    return kind() == DueKind.REMINDER ? deadline().remindAt() : deadline().dueAt();
  }
}
