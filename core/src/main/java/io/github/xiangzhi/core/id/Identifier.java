package io.github.xiangzhi.core.id;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;

/**
 * The base of Xiangzhi's typed identifiers: a short code (1 to 64 letters, digits and {@code . _
 * : / -}, starting with a letter or digit) wrapped in a type, so a household id is never passed
 * where a unit id is expected. Chinese letters are allowed, since vendors' own ids sometimes are.
 *
 * <p>Subclasses are final, immutable and thread-safe; they compare by type and value.
 *
 * @param <T> the concrete identifier type
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T> {

  /** The longest identifier accepted. */
  public static final int MAX_LENGTH = 64;

  private final String value;

  /**
   * Checks {@code value} and wraps it.
   *
   * @throws InvalidValueException naming the kind and the value when it is not a valid identifier
   */
  protected Identifier(String kind, String value) {
    if (value == null) {
      throw new InvalidValueException("core.id.missing", kindText(kind));
    }
    if (!isValid(value)) { // the message's parts are built only for a bad id
      throw new InvalidValueException("core.id.invalid", kindText(kind), value);
    }
    this.value = value;
  }

  /** The kind of id in the reader's language, where the bundles name it, else as written. */
  private static LocalizedText kindText(String kind) {
    String key = "core.idKind." + kind;
    return locale -> Messages.has(key) ? Messages.format(locale, key) : kind;
  }

  /** True when {@code text} is a valid identifier. */
  public static boolean isValid(CharSequence text) {
    int n = text.length();
    if (n == 0 || n > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || (c >= 'A' && c <= 'Z') || (c >= 0x80 && Character.isLetterOrDigit(c));
      if (i == 0 ? !letterOrDigit : !(letterOrDigit || c == '.' || c == '_' || c == ':'
          || c == '/' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** The identifier as written. */
  @JsonValue
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((Identifier<?>) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The identifier as written. */
  @Override
  public final String toString() {
    return value;
  }
}
