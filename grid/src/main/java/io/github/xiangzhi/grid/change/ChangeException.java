package io.github.xiangzhi.grid.change;

import io.github.xiangzhi.core.InvalidValueException;
import java.util.List;

/**
 * A change set that cannot be applied, with every reason: a change naming a unit or household
 * that does not exist (or one that exists already), a removal that would orphan units or
 * households, a move that would create a cycle, a result that breaks the scheme. Each violation's
 * path names the change by its index ({@code /changes/3}) and its message says why. The
 * hierarchy the set was applied to is untouched; no partial result exists.
 */
public final class ChangeException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  ChangeException(List<Violation> violations) {
    super(violations);
  }
}
