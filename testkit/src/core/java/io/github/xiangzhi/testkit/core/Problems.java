package io.github.xiangzhi.testkit.core;

import io.github.xiangzhi.core.InvalidValueException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** What a value's checks report, for tests that assert on each refusal's path and message key. */
public final class Problems {
  private Problems() {}

  /** The violations {@code build} reports, as "path key", or an empty list if it builds. */
  public static List<String> problems(Supplier<?> build) {
    try {
      build.get();
      return List.of();
    } catch (InvalidValueException e) {
      return paths(e);
    }
  }

  /**
   * The violations {@code action}'s refusal reports, as "path key"; fails with an {@link
   * AssertionError} when it is not refused.
   */
  public static List<String> violations(Runnable action) {
    return paths(refusal(action));
  }

  /**
   * The paths of the violations {@code action}'s refusal reports, in order; fails with an {@link
   * AssertionError} when it is not refused.
   */
  public static List<String> refusedPaths(Runnable action) {
    return refusal(action).violations().stream().map(InvalidValueException.Violation::path)
        .collect(Collectors.toList());
  }

  /**
   * The exception of {@code type} that {@code action} throws, for assertions on it; fails with an
   * {@link AssertionError} when {@code action} throws nothing, or something else (kept as the
   * cause).
   */
  public static <E extends Throwable> E thrown(Class<E> type, Runnable action) {
    try {
      action.run();
    } catch (Throwable t) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      throw new AssertionError("expected " + type.getSimpleName() + ", but " + t + " was thrown",
          t);
    }
    throw new AssertionError("expected " + type.getSimpleName() + ", but nothing was thrown");
  }

  private static InvalidValueException refusal(Runnable action) {
    return thrown(InvalidValueException.class, action);
  }

  private static List<String> paths(InvalidValueException e) {
    return e.violations().stream().map(v -> v.path() + " " + v.messageKey())
        .collect(Collectors.toList());
  }
}
