package io.github.xiangzhi.grid.body;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.profile.ProfileScalar;
import java.util.Objects;
import java.util.Optional;

/**
 * 机构引用 — a reference to a body, or to one desk of it: {@code PEACE_OFFICE} (平安办), {@code
 * PARTY_MASS_OFFICE/ORGANISATION} (党群办(组织)). Work lists name their lead and partner bodies so;
 * the grid section checks that the body, and the desk, exist.
 *
 * <p>This class is immutable and thread-safe.
 */
@ProfileScalar(
    pattern = "^[A-Z][A-Z0-9_]{0,63}(/[A-Z][A-Z0-9_]{0,63})?$",
    description = "a body's code, or BODY/DESK for one of its desks: PARTY_MASS_OFFICE/PUBLICITY")
public final class BodyRef implements Comparable<BodyRef> {

  private final String body;
  private final String desk; // null for the whole body

  private BodyRef(String body, String desk) {
    this.body = body;
    this.desk = desk;
  }

  /**
   * The whole body {@code body}.
   *
   * @throws InvalidValueException if {@code body} is not a code
   */
  public static BodyRef of(String body) {
    InvalidValueException.check(body != null && Codes.isCode(body), "core.code.syntax", body);
    return new BodyRef(body, null);
  }

  /**
   * The desk {@code desk} of {@code body}.
   *
   * @throws InvalidValueException if either is not a code
   */
  public static BodyRef of(String body, String desk) {
    InvalidValueException.check(body != null && Codes.isCode(body), "core.code.syntax", body);
    InvalidValueException.check(desk != null && Codes.isCode(desk), "core.code.syntax", desk);
    return new BodyRef(body, desk);
  }

  /**
   * Reads {@code BODY} or {@code BODY/DESK}.
   *
   * @throws InvalidValueException naming the text when it is neither
   */
  @JsonCreator
  public static BodyRef parse(String text) {
    InvalidValueException.check(text != null, "grid.body.ref.syntax", "null");
    int slash = text.indexOf('/');
    if (slash < 0) {
      InvalidValueException.check(Codes.isCode(text), "grid.body.ref.syntax", text);
      return new BodyRef(text, null);
    }
    String body = text.substring(0, slash);
    String desk = text.substring(slash + 1);
    InvalidValueException.check(Codes.isCode(body) && Codes.isCode(desk),
        "grid.body.ref.syntax", text);
    return new BodyRef(body, desk);
  }

  /** The body's code. */
  public String body() {
    return body;
  }

  /** The desk's code, when the reference names one desk. */
  public Optional<String> desk() {
    return Optional.ofNullable(desk);
  }

  /** The reference to the whole body this one lies in: itself when it names no desk. */
  public BodyRef wholeBody() {
    return desk == null ? this : new BodyRef(body, null);
  }

  /**
   * True when the two references share work: the same body, and the same desk or at least one of
   * them the whole body. 党群办 overlaps 党群办(宣传); 党群办(组织) does not overlap 党群办(宣传).
   */
  public boolean overlaps(BodyRef other) {
    return body.equals(other.body)
        && (desk == null || other.desk == null || desk.equals(other.desk));
  }

  @Override
  public int compareTo(BodyRef other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BodyRef && ((BodyRef) o).body.equals(body)
        && Objects.equals(((BodyRef) o).desk, desk);
  }

  @Override
  public int hashCode() {
    return body.hashCode() * 31 + Objects.hashCode(desk);
  }

  /** {@code BODY} or {@code BODY/DESK}. */
  @JsonValue
  @Override
  public String toString() {
    return desk == null ? body : body + "/" + desk;
  }
}
