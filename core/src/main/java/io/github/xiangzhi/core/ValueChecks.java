package io.github.xiangzhi.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Collects every broken invariant of a value before failing, for {@code @Value.Check} methods:
 * a list with three duplicate codes is reported with all three paths, not the first alone.
 *
 * <pre>{@code
 * ValueChecks checks = new ValueChecks();
 * checks.unique("/categories", categories(), SpecialGroupCategory::code, "code");
 * checks.check(max() > 0, "/max", "rating.max.positive", max());
 * checks.throwIfAny();
 * }</pre>
 *
 * <p>Not thread-safe: one instance per check.
 */
public final class ValueChecks {
  private final List<InvalidValueException.Violation> violations = new ArrayList<>();

  /** Records a violation at {@code path} when {@code condition} is false; returns the condition. */
  public boolean check(boolean condition, String path, String messageKey, Object... arguments) {
    if (!condition) {
      violations.add(
          new InvalidValueException.Violation(path, messageKey, Arrays.asList(arguments)));
    }
    return condition;
  }

  /**
   * Records a {@code core.duplicate} violation at {@code listPath/i/field} for every element whose
   * key an earlier element already has.
   */
  public <T, K> void unique(
      String listPath, List<T> elements, Function<? super T, K> key, String field) {
    Map<K, Integer> first = new HashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      K k = key.apply(elements.get(i));
      Integer earlier = first.putIfAbsent(k, i);
      if (earlier != null) {
        check(false, listPath + "/" + i + "/" + field, "core.duplicate", field, k, earlier);
      }
    }
  }

  /** The violations recorded so far, in order. */
  public List<InvalidValueException.Violation> violations() {
    return ImmutableList.copyOf(violations);
  }

  /** True when no violation was recorded. */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  /** Throws one {@link InvalidValueException} carrying every violation, if there is any. */
  public void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new InvalidValueException(ImmutableList.copyOf(violations));
    }
  }
}
