package io.github.xiangzhi.core.code;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.github.xiangzhi.core.code.InvalidCodeException.Reason;
import io.github.xiangzhi.core.privacy.Disclosure;
import io.github.xiangzhi.core.privacy.Permission;
import io.github.xiangzhi.core.profile.ProfileScalar;
import java.io.IOException;
import java.time.LocalDate;

/**
 * 公民身份号码 — an eighteen-character resident identity number of GB 11643-1999 (R-CORE-2): six
 * digits of address code, eight of birth date, three of sequence (odd for men) and an ISO 7064
 * MOD 11-2 check character ({@code 0}–{@code 9} or {@code X}).
 *
 * <p>It is personal data, so it is masked wherever it is shown: {@link #toString()}, error
 * messages and JSON give {@code 500113********123X} (the address code, eight stars, the last
 * four). JSON carries the full number only when the writer's {@link Disclosure} holds {@link
 * Permission#RESIDENT_ID}; code reads it with the explicit {@link #reveal()}.
 *
 * <p>Performance notes: {@link #isValid} and {@link #parse} make one pass over the characters
 * with integer arithmetic; {@code isValid} allocates nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
@ProfileScalar(pattern = "^[0-9]{17}[0-9Xx]$", description = "a GB 11643 resident identity number")
@JsonSerialize(using = ResidentId.Serializer.class)
@JsonDeserialize(using = ResidentId.Deserializer.class)
public final class ResidentId {

  /** The number of characters. */
  public static final int LENGTH = 18;

  /** ISO 7064 MOD 11-2 weights: 2^(17-i) mod 11. */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private final String value;
  private final LocalDate birthDate;

  private ResidentId(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /**
   * Parses an eighteen-character resident id; a lower-case {@code x} check character is read as
   * {@code X}.
   *
   * @throws InvalidCodeException naming the reason — length, a character at a position, a birth
   *     date that does not exist, or the check character expected and found — with the input
   *     masked
   */
  public static ResidentId parse(CharSequence text) {
    String s = java.util.Objects.requireNonNull(text, "text").toString();
    if (s.length() != LENGTH) {
      throw new InvalidCodeException(
          CodeType.RESIDENT_ID, Reason.LENGTH, mask(s), LENGTH, s.length());
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidCodeException(
            CodeType.RESIDENT_ID, Reason.CHARACTER, mask(s), i + 1, shownCharacter(i, c));
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    char last = s.charAt(LENGTH - 1);
    if (last == 'x') {
      last = 'X';
    }
    if (!((last >= '0' && last <= '9') || last == 'X')) {
      throw new InvalidCodeException(
          CodeType.RESIDENT_ID, Reason.CHARACTER, mask(s), LENGTH, shownCharacter(LENGTH - 1, last));
    }
    int province = (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
    if (!DivisionCode.isAssignedProvince(province)) {
      throw new InvalidCodeException(
          CodeType.RESIDENT_ID, Reason.PROVINCE, mask(s), s.substring(0, 2));
    }
    int year = digits(s, 6, 4);
    int month = digits(s, 10, 2);
    int day = digits(s, 12, 2);
    if (!isDate(year, month, day)) {
      throw new InvalidCodeException(CodeType.RESIDENT_ID, Reason.DATE, mask(s));
    }
    LocalDate birth = LocalDate.of(year, month, day);
    char expected = CHECK[sum % 11];
    if (expected != last) {
      throw new InvalidCodeException(
          CodeType.RESIDENT_ID, Reason.CHECK_CHARACTER, mask(s), String.valueOf(expected),
          String.valueOf(last));
    }
    String canonical = last == s.charAt(LENGTH - 1) ? s : s.substring(0, LENGTH - 1) + 'X';
    return new ResidentId(canonical, birth);
  }

  /** The character at a position as it may be shown: the birth date's digits stay hidden. */
  private static String shownCharacter(int index, char c) {
    return index >= 6 && index < 14 && c >= '0' && c <= '9' ? "*" : String.valueOf(c);
  }

  /**
   * True when {@code text} is a valid resident id: length, digits, province, birth date and
   * check character. Allocates nothing.
   */
  public static boolean isValid(CharSequence text) {
    if (text.length() != LENGTH) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    char last = text.charAt(LENGTH - 1);
    if (last == 'x') {
      last = 'X';
    }
    if (CHECK[sum % 11] != last) {
      return false;
    }
    int province = (text.charAt(0) - '0') * 10 + (text.charAt(1) - '0');
    if (!DivisionCode.isAssignedProvince(province)) {
      return false;
    }
    return isDate(digits(text, 6, 4), digits(text, 10, 2), digits(text, 12, 2));
  }

  /** The earliest birth year accepted: no one registered under GB 11643 was born before it. */
  public static final int EARLIEST_BIRTH_YEAR = 1800;

  /** True for a day that exists, in or after {@link #EARLIEST_BIRTH_YEAR}. */
  private static boolean isDate(int year, int month, int day) {
    return year >= EARLIEST_BIRTH_YEAR && month >= 1 && month <= 12 && day >= 1
        && day <= lengthOfMonth(year, month);
  }

  private static int digits(CharSequence s, int from, int length) {
    int v = 0;
    for (int i = from; i < from + length; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** The check character ISO 7064 MOD 11-2 gives for seventeen digits. */
  public static char checkCharacter(CharSequence firstSeventeen) {
    if (firstSeventeen.length() != LENGTH - 1) {
      throw new IllegalArgumentException(
          "need the first 17 characters, got " + firstSeventeen.length());
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = firstSeventeen.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not a digit at position " + (i + 1));
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** The masked form of any text as long as an id: address code, eight stars, the last four. */
  static String mask(String s) {
    if (s.length() != LENGTH) {
      return "*".repeat(Math.min(s.length(), LENGTH * 2));
    }
    return s.substring(0, 6) + "********" + s.substring(14);
  }

  /** The address code of the registration: the first six digits. */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /** The birth date the number records. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** The sex the sequence number records. */
  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** The masked form, {@code 500113********123X}. */
  public String masked() {
    return mask(value);
  }

  /**
   * The full number. Personal data: call it only where the caller's duty allows, never to log.
   */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResidentId && ((ResidentId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The masked form; never the full number. */
  @Override
  public String toString() {
    return masked();
  }

  /** Writes the masked form unless the writer's {@link Disclosure} allows the full number. */
  static final class Serializer extends StdScalarSerializer<ResidentId> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(ResidentId.class);
    }

    @Override
    public void serialize(ResidentId id, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      boolean reveal = Disclosure.from(provider).allows(Permission.RESIDENT_ID);
      out.writeString(reveal ? id.reveal() : id.masked());
    }
  }

  /** Reads a full number; a masked one is rejected as such. */
  static final class Deserializer extends StdScalarDeserializer<ResidentId> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(ResidentId.class);
    }

    @Override
    public ResidentId deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return (ResidentId) context.handleUnexpectedToken(ResidentId.class, parser);
      }
      return parse(parser.getText());
    }
  }
}
