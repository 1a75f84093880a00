package io.github.xiangzhi.grid.hierarchy;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.InvalidValueException;
import java.util.List;

/**
 * A hierarchy that cannot be built, with every problem found: duplicate ids, unknown levels or
 * parents, cycles, levels out of the scheme's order, unknown or clashing groups, households in
 * two units or in none that exists. Each {@link InvalidValueException.Violation} names the ids,
 * with a path such as {@code /units/v-01/parent} or {@code /households/h-7}; {@link #problems()}
 * gives the same problems typed, with the units and households involved. No partial hierarchy
 * is ever returned.
 */
public final class HierarchyException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<HierarchyProblem> problems;

  HierarchyException(List<HierarchyProblem> problems) {
    super(HierarchyBuilder.violations(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem, typed, in the order found. */
  public List<HierarchyProblem> problems() {
    return problems;
  }
}
