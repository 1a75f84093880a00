package io.github.xiangzhi.core;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A value that breaks its type's invariant: an {@link IllegalArgumentException}, as Guava's
 * {@code checkArgument} throws, whose message comes from the bundles so the profile loader can
 * show it in the caller's language.
 *
 * <p>One exception can carry several {@link Violation}s, each with a path relative to the value
 * that was being built ({@code /categories/3/code}), so that a whole list's duplicates are
 * reported at once; {@link #getMessage()} is the first violation's.
 */
public class InvalidValueException extends IllegalArgumentException implements LocalizedMessage {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Violation> violations;

  /** Creates the exception for {@code messageKey} with the values it names. */
  public InvalidValueException(String messageKey, Object... arguments) {
    this(ImmutableList.of(new Violation("", messageKey, Arrays.asList(arguments))));
  }

  /** Creates the exception for one or more violations. */
  public InvalidValueException(List<Violation> violations) {
    super(violations.isEmpty() ? "no violation" : violations.get(0).messageKey());
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidValueException needs a violation");
    }
    this.violations = ImmutableList.copyOf(violations);
  }

  /**
   * Throws an {@code InvalidValueException} when {@code condition} is false: the localised
   * counterpart of Guava's {@code checkArgument} for invariants a user's data can break.
   */
  public static void check(boolean condition, String messageKey, Object... arguments) {
    if (!condition) {
      throw new InvalidValueException(messageKey, arguments);
    }
  }

  /** Every violation, in the order found. */
  public List<Violation> violations() {
    return violations;
  }

  @Override
  public String messageKey() {
    return violations.get(0).messageKey();
  }

  @Override
  public List<Object> messageArguments() {
    return violations.get(0).messageArguments();
  }

  /** The first violation's message in English. */
  @Override
  public String getMessage() {
    return message(Locale.ENGLISH);
  }

  /**
   * One broken invariant: where it is inside the value (a JSON pointer, empty for the value
   * itself), its message key and arguments.
   */
  public static final class Violation implements LocalizedMessage {
    private final String path;
    private final String messageKey;
    private final ImmutableList<Object> arguments;

    /** A violation at {@code path} (a JSON pointer relative to the value, or empty). */
    public Violation(String path, String messageKey, List<Object> arguments) {
      this.path = path;
      this.messageKey = messageKey;
      this.arguments = LocalizedValues.arguments(arguments);
    }

    /** The JSON pointer of the offending field relative to the value, or empty. */
    public String path() {
      return path;
    }

    /** This violation with {@code prefix} before its path: the value seen from its container. */
    public Violation under(String prefix) {
      return prefix.isEmpty() ? this : new Violation(prefix + path, messageKey, arguments);
    }

    @Override
    public String messageKey() {
      return messageKey;
    }

    @Override
    public List<Object> messageArguments() {
      return arguments;
    }

    @Override
    public String toString() {
      return (path.isEmpty() ? "" : path + ": ") + message(Locale.ENGLISH);
    }
  }
}
