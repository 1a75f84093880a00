package io.github.xiangzhi.grid.worklist;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.grid.body.BodyRef;
import org.immutables.value.Value;

/**
 * 职责清单 — what a body leads and partners in a work list ("我牵头什么、配合什么"): the tasks whose
 * lead is the body (or a desk of it), and those it partners, named one by one or as one of every
 * village's bodies ("各村").
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDuties.class)
@JsonDeserialize(as = ImmutableDuties.class)
public abstract class Duties {

  /** The body, or desk, asked about. */
  @Value.Parameter
  public abstract BodyRef body();

  /** The numbers of the tasks it leads, in list order. */
  @Value.Parameter
  public abstract ImmutableList<Integer> leading();

  /** The numbers of the tasks it partners, in list order. */
  @Value.Parameter
  public abstract ImmutableList<Integer> partnering();

  /** {@code body}'s duties. */
  public static Duties of(BodyRef body, Iterable<Integer> leading, Iterable<Integer> partnering) {
    return ImmutableDuties.of(body, leading, partnering);
  }

  /** True when the body neither leads nor partners any task. */
  public boolean isEmpty() {
    return leading().isEmpty() && partnering().isEmpty();
  }
}
