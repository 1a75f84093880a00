package io.github.xiangzhi.core.code;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.github.xiangzhi.core.code.InvalidCodeException.Reason;
import io.github.xiangzhi.core.profile.ProfileScalar;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * 行政区划代码 — a Chinese administrative division code (R-CORE-1): the six-digit county codes of
 * GB/T 2260 (Banan district is {@code 500113}) and the twelve-digit statistical division codes of
 * the National Bureau of Statistics, whose digits are 2 province, 2 prefecture, 2 county, 3
 * township and 3 village.
 *
 * <p>A code denotes one division at one {@link DivisionLevel}; the six-digit and the twelve-digit
 * spelling of a county ({@code 500113}, {@code 500113000000}) are the same code, written by {@link
 * #toString()} in its shortest form. Levels must nest: a non-zero part under a zero part (a
 * township under no county) is rejected.
 *
 * <p>This class is immutable and thread-safe.
 */
@ProfileScalar(types = {"string", "integer"}, pattern = "^([0-9]{6}|[0-9]{12})$",
    description = "a GB/T 2260 or statistical division code",
    patternProblem = "core.division.form")
@JsonDeserialize(using = DivisionCode.Deserializer.class)
public final class DivisionCode implements Comparable<DivisionCode> {

  private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
      10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L,
      1_000_000_000_000L};

  private final long value; // always twelve digits
  private final DivisionLevel level;

  private DivisionCode(long value, DivisionLevel level) {
    this.value = value;
    this.level = level;
  }

  /**
   * Parses a six-digit or twelve-digit division code.
   *
   * @throws InvalidCodeException naming the reason: length, a non-digit, an unassigned province,
   *     or levels that do not nest
   */
  public static DivisionCode parse(CharSequence text) {
    String s = java.util.Objects.requireNonNull(text, "text").toString();
    int n = s.length();
    if (n != 6 && n != 12) {
      throw new InvalidCodeException(CodeType.DIVISION_CODE, Reason.LENGTH, s, "6 / 12", n);
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidCodeException(
            CodeType.DIVISION_CODE, Reason.CHARACTER, s, i + 1, String.valueOf(c));
      }
      v = v * 10 + (c - '0');
    }
    if (n == 6) {
      v *= 1_000_000L;
    }
    return of(v, s);
  }

  /** Reads a code written as a string or, in YAML, as a bare number such as 500113. */
  static final class Deserializer extends StdScalarDeserializer<DivisionCode> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(DivisionCode.class);
    }

    @Override
    public DivisionCode deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT) {
        return parse(parser.getText());
      }
      return (DivisionCode) context.handleUnexpectedToken(DivisionCode.class, parser);
    }
  }

  /** True when {@code text} is a valid division code. */
  public static boolean isValid(CharSequence text) {
    try {
      parse(text);
      return true;
    } catch (InvalidCodeException e) {
      return false;
    }
  }

  private static DivisionCode of(long twelveDigits, String shown) {
    int province = (int) (twelveDigits / 10_000_000_000L);
    if (!isAssignedProvince(province)) {
      throw new InvalidCodeException(
          CodeType.DIVISION_CODE, Reason.PROVINCE, shown, String.format(Locale.ROOT, "%02d", province));
    }
    int prefecture = part(twelveDigits, 2, 2);
    int county = part(twelveDigits, 4, 2);
    int township = part(twelveDigits, 6, 3);
    int village = part(twelveDigits, 9, 3);
    DivisionLevel level;
    if (village != 0) {
      level = DivisionLevel.VILLAGE;
    } else if (township != 0) {
      level = DivisionLevel.TOWNSHIP;
    } else if (county != 0) {
      level = DivisionLevel.COUNTY;
    } else if (prefecture != 0) {
      level = DivisionLevel.PREFECTURE;
    } else {
      level = DivisionLevel.PROVINCE;
    }
    // every part above the level must be set: no township under a zero county
    if ((village != 0 && township == 0)
        || (township != 0 && county == 0)
        || (county != 0 && prefecture == 0)) {
      throw new InvalidCodeException(CodeType.DIVISION_CODE, Reason.STRUCTURE, shown);
    }
    return new DivisionCode(twelveDigits, level);
  }

  private static int part(long twelveDigits, int from, int length) {
    return (int) (twelveDigits / POWERS[12 - from - length] % POWERS[length]);
  }

  /**
   * True for the province codes GB/T 2260 assigns: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71,
   * 81 and 82.
   */
  static boolean isAssignedProvince(int p) {
    return (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37)
        || (p >= 41 && p <= 46) || (p >= 50 && p <= 54) || (p >= 61 && p <= 65)
        || p == 71 || p == 81 || p == 82;
  }

  /** The level this code denotes. */
  public DivisionLevel level() {
    return level;
  }

  /** The division one level up, or empty for a province. */
  public Optional<DivisionCode> parent() {
    if (level == DivisionLevel.PROVINCE) {
      return Optional.empty();
    }
    return Optional.of(truncate(DivisionLevel.values()[level.ordinal() - 1]));
  }

  /**
   * The division at {@code higher} that contains this one (this code itself at its own level).
   *
   * @throws IllegalArgumentException if {@code higher} lies below this code's level
   */
  public DivisionCode ancestorAt(DivisionLevel higher) {
    if (higher.compareTo(level) > 0) {
      throw new IllegalArgumentException(
          "level " + higher + " lies below " + this + "'s level " + level);
    }
    return truncate(higher);
  }

  private DivisionCode truncate(DivisionLevel target) {
    long unit = POWERS[12 - target.significantDigits()];
    return new DivisionCode(value / unit * unit, target);
  }

  /**
   * True when {@code other} lies inside this division or is this division: a village code lies
   * inside its county's code.
   */
  public boolean contains(DivisionCode other) {
    if (other.level.compareTo(level) < 0) {
      return false;
    }
    long unit = POWERS[12 - level.significantDigits()];
    return other.value / unit == value / unit;
  }

  /** The six-digit GB/T 2260 form; only for codes at county level or above. */
  public String toSixDigits() {
    if (level.compareTo(DivisionLevel.COUNTY) > 0) {
      throw new IllegalStateException(this + " is a " + level + " code and has no six-digit form");
    }
    return String.format(Locale.ROOT, "%06d", value / 1_000_000L);
  }

  /** The twelve-digit statistical form. */
  public String toTwelveDigits() {
    return String.format(Locale.ROOT, "%012d", value);
  }

  /** The twelve digits as a number. */
  public long toLong() {
    return value;
  }

  @Override
  public int compareTo(DivisionCode other) {
    return Long.compare(value, other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DivisionCode && ((DivisionCode) o).value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /** The shortest form: six digits down to county level, twelve below. */
  @JsonValue
  @Override
  public String toString() {
    return level.compareTo(DivisionLevel.COUNTY) <= 0 ? toSixDigits() : toTwelveDigits();
  }
}
