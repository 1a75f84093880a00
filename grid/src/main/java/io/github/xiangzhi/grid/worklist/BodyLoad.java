package io.github.xiangzhi.grid.worklist;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * 牵头负荷 — a body and the tasks of a work list it leads, itself or through its desks.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBodyLoad.class)
@JsonDeserialize(as = ImmutableBodyLoad.class)
public abstract class BodyLoad {

  /** The body's code. */
  @Value.Parameter
  public abstract String body();

  /** The numbers of the tasks it leads, in list order. */
  @Value.Parameter
  public abstract ImmutableList<Integer> tasks();

  /** {@code body} leading {@code tasks}. */
  public static BodyLoad of(String body, Iterable<Integer> tasks) {
    return ImmutableBodyLoad.of(body, tasks);
  }
}
