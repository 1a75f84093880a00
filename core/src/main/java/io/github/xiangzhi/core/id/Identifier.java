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

  // ASCII characters allowed, as bit c of a pair of masks for c < 64 and 64 <= c < 128
  private static final long LOW_LETTER_OR_DIGIT = 0x03FF_0000_0000_0000L; // '0'..'9'
  private static final long HIGH_LETTER_OR_DIGIT = 0x07FF_FFFE_07FF_FFFEL; // 'A'..'Z', 'a'..'z'
  private static final long LOW_PUNCTUATION = 1L << '.' | 1L << ':' | 1L << '/' | 1L << '-';
  private static final long HIGH_PUNCTUATION = 1L << ('_' - 64);

  /**
   * True when {@code text} is a valid identifier.
   *
   * <p>Performance notes: every posting, event and id parsed passes here; ASCII is looked up in
   * two bit masks without a branch per character class, other characters ask {@link
   * Character#isLetterOrDigit(char)}.
   */
  public static boolean isValid(CharSequence text) {
    int n = text.length();
    if (n == 0 || n > MAX_LENGTH) {
      return false;
    }
    long low = LOW_LETTER_OR_DIGIT;
    long high = HIGH_LETTER_OR_DIGIT;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        if (((c < 64 ? low : high) >>> c & 1) == 0) { // a shift by c uses c mod 64
          return false;
        }
      } else if (!Character.isLetterOrDigit(c)) {
        return false;
      }
      low = LOW_LETTER_OR_DIGIT | LOW_PUNCTUATION; // after the first character
      high = HIGH_LETTER_OR_DIGIT | HIGH_PUNCTUATION;
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
