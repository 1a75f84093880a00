package io.github.xiangzhi.core.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.xiangzhi.core.code.InvalidCodeException.Reason;
import io.github.xiangzhi.core.profile.ProfileScalar;

/**
 * 统一社会信用代码 — an eighteen-character unified social credit code of GB 32100-2015
 * (R-CORE-3), carried by village committees and party organisations: the registration
 * authority, the organisation type, the six-digit division code of the registering authority,
 * the nine-character organisation code of GB 11714 and a check character, all from a 31-character
 * alphabet (digits and capitals without I, O, Z, S and V) with a MOD 31 check.
 *
 * <p>This class is immutable and thread-safe.
 */
@ProfileScalar(
    pattern = "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$",
    description = "a GB 32100 unified social credit code")
public final class CreditCode {

  /** The number of characters. */
  public static final int LENGTH = 18;

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  /** Weights 3^i mod 31 for the first seventeen positions. */
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10,
      30, 28};
  /** GB 11714 organisation code weights for its first eight characters. */
  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
  private static final int[] VALUES = new int[128];

  static {
    java.util.Arrays.fill(VALUES, -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUES[ALPHABET.charAt(i)] = i;
    }
  }

  private final String value;

  private CreditCode(String value) {
    this.value = value;
  }

  /**
   * Parses a credit code.
   *
   * @throws InvalidCodeException naming the reason: length, a character outside the alphabet at
   *     a position, a registering division that is not digits, or the check character expected
   *     and found
   */
  @JsonCreator
  public static CreditCode parse(CharSequence text) {
    String s = java.util.Objects.requireNonNull(text, "text").toString();
    if (s.length() != LENGTH) {
      throw new InvalidCodeException(CodeType.CREDIT_CODE, Reason.LENGTH, s, LENGTH, s.length());
    }
    int sum = 0;
    for (int i = 0; i < LENGTH; i++) {
      char c = s.charAt(i);
      int v = c < 128 ? VALUES[c] : -1;
      boolean digitRequired = i >= 2 && i < 8;
      if (v < 0 || (digitRequired && v > 9)) {
        throw new InvalidCodeException(
            CodeType.CREDIT_CODE, Reason.CHARACTER, s, i + 1, String.valueOf(c));
      }
      if (i < LENGTH - 1) {
        sum += v * WEIGHTS[i];
      }
    }
    char expected = ALPHABET.charAt((31 - sum % 31) % 31);
    char found = s.charAt(LENGTH - 1);
    if (expected != found) {
      throw new InvalidCodeException(
          CodeType.CREDIT_CODE, Reason.CHECK_CHARACTER, s, String.valueOf(expected),
          String.valueOf(found));
    }
    return new CreditCode(s);
  }

  /** True when {@code text} is a valid credit code. */
  public static boolean isValid(CharSequence text) {
    try {
      parse(text);
      return true;
    } catch (InvalidCodeException e) {
      return false;
    }
  }

  /** The MOD 31 check character for the first seventeen characters. */
  public static char checkCharacter(CharSequence firstSeventeen) {
    if (firstSeventeen.length() != LENGTH - 1) {
      throw new IllegalArgumentException(
          "need the first 17 characters, got " + firstSeventeen.length());
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = firstSeventeen.charAt(i);
      int v = c < 128 ? VALUES[c] : -1;
      if (v < 0) {
        throw new IllegalArgumentException(
            "'" + c + "' at position " + (i + 1) + " is not in the credit-code alphabet");
      }
      sum += v * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** 登记管理部门码 — the registration authority, such as {@code 1} for 机构编制. */
  public char registrationAuthority() {
    return value.charAt(0);
  }

  /** 机构类别码 — the organisation type within the authority. */
  public char organisationType() {
    return value.charAt(1);
  }

  /** The six-digit division code of the registering authority, as written. */
  public String divisionDigits() {
    return value.substring(2, 8);
  }

  /** 组织机构代码 — the nine-character GB 11714 organisation code inside the credit code. */
  public String organisationCode() {
    return value.substring(8, 17);
  }

  /**
   * True when the embedded organisation code carries a valid GB 11714 check character. GB 32100
   * does not require it, so {@link #parse} does not reject codes that fail it.
   */
  public boolean hasValidOrganisationCode() {
    String code = organisationCode();
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = code.charAt(i);
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        v = c - 'A' + 10;
      } else {
        return false;
      }
      sum += v * ORGANISATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    return code.charAt(8) == expected;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CreditCode && ((CreditCode) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The code as written. */
  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
