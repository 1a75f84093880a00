package io.github.xiangzhi.grid.hierarchy;

import io.github.xiangzhi.core.InvalidValueException;
import java.util.List;

/**
 * A hierarchy that cannot be built, with every problem found: duplicate ids, unknown levels or
 * parents, cycles, levels out of the scheme's order, households in two units or in none that
 * exists. Each {@link InvalidValueException.Violation} names the ids, with a path such as {@code
 * /units/v-01/parent} or {@code /households/h-7}. No partial hierarchy is ever returned.
 */
public final class HierarchyException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  HierarchyException(List<Violation> violations) {
    super(violations);
  }
}
