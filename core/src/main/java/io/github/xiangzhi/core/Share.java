package io.github.xiangzhi.core;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.google.common.math.LongMath;
import io.github.xiangzhi.core.profile.ProfileScalar;
import java.math.BigDecimal;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Objects;

/**
 * 份额 — an exact share in [0, 1] such as 90%, 0.4 or 3/5, used for village targets and coverage
 * thresholds.
 *
 * <p>Shares are kept as reduced fractions, so "89.7% is not 90%" holds exactly: {@link
 * #isMetBy(long, long)} compares {@code count/total} with the share by cross-multiplication, never
 * in floating point. Equal shares are equal whatever their spelling ({@code 90%}, {@code 0.9},
 * {@code 9/10}).
 *
 * <p>This class is immutable and thread-safe.
 */
@ProfileScalar(types = {"string", "number"}, description = "a share such as \"90%\", 0.9 or \"9/10\"")
@JsonDeserialize(using = Share.Deserializer.class)
public final class Share implements Comparable<Share> {

  /** Nothing: 0. */
  public static final Share ZERO = new Share(0, 1);
  /** Everything: 1. */
  public static final Share ALL = new Share(1, 1);

  private final long numerator;
  private final long denominator;

  private Share(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The share {@code numerator/denominator}, reduced.
   *
   * @throws InvalidValueException if the denominator is not positive or the share lies outside
   *     [0, 1]
   */
  public static Share of(long numerator, long denominator) {
    InvalidValueException.check(denominator > 0, "core.share.denominator", numerator, denominator);
    InvalidValueException.check(
        numerator >= 0 && numerator <= denominator, "core.share.range", numerator + "/" + denominator);
    long gcd = LongMath.gcd(numerator, denominator);
    if (gcd == 0) {
      return ZERO;
    }
    return new Share(numerator / gcd, denominator / gcd);
  }

  /** The share {@code percent}% (0 to 100). */
  public static Share ofPercent(long percent) {
    return of(percent, 100);
  }

  /** The exact share a decimal in [0, 1] such as 0.9 denotes. */
  public static Share of(BigDecimal decimal) {
    BigDecimal stripped = decimal.stripTrailingZeros();
    // at most one digit before the point, so 1e1000000 is refused before it is ever expanded
    InvalidValueException.check(stripped.signum() >= 0 && stripped.precision() - stripped.scale() <= 1,
        "core.share.range", decimal.toString());
    int scale = Math.max(stripped.scale(), 0);
    InvalidValueException.check(scale <= 18, "core.share.format", decimal.toString());
    BigInteger numerator = stripped.movePointRight(scale).toBigIntegerExact();
    BigInteger denominator = BigInteger.TEN.pow(scale);
    InvalidValueException.check(
        numerator.signum() >= 0 && numerator.compareTo(denominator) <= 0,
        "core.share.range",
        decimal.toString());
    return of(numerator.longValueExact(), denominator.longValueExact());
  }

  /**
   * Parses "90%", "89.7%", "0.9" or "9/10".
   *
   * @throws InvalidValueException naming the text when it is none of these or lies outside [0, 1]
   */
  public static Share parse(CharSequence text) {
    String s = java.util.Objects.requireNonNull(text, "text").toString().trim();
    String shown = s.length() > 40 ? s.substring(0, 37) + "..." : s;
    try {
      if (s.endsWith("%")) {
        BigDecimal percent = new BigDecimal(s.substring(0, s.length() - 1).trim());
        return of(percent.scaleByPowerOfTen(-2)); // movePointLeft would expand 1e1000000
      }
      int slash = s.indexOf('/');
      if (slash >= 0) {
        long numerator = Long.parseLong(s.substring(0, slash).trim());
        long denominator = Long.parseLong(s.substring(slash + 1).trim());
        return of(numerator, denominator);
      }
      return of(new BigDecimal(s));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidValueException("core.share.format", shown);
    } catch (InvalidValueException e) {
      if (e.messageKey().equals("core.share.range") || e.messageKey().equals("core.share.format")) {
        throw new InvalidValueException(e.messageKey(), shown);
      }
      throw e;
    }
  }

  /** Reads a share written as a string ("90%", "9/10") or as a number (0.9, 1). */
  static final class Deserializer extends StdScalarDeserializer<Share> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Share.class);
    }

    @Override
    public Share deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        return parse(parser.getText());
      }
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return of(parser.getDecimalValue());
      }
      return (Share) context.handleUnexpectedToken(Share.class, parser);
    }
  }

  /** The numerator of the reduced fraction. */
  public long numerator() {
    return numerator;
  }

  /** The denominator of the reduced fraction, always positive. */
  public long denominator() {
    return denominator;
  }

  /**
   * True when {@code count/total ≥ this share}, in exact integer arithmetic. An empty total meets
   * only the zero share.
   *
   * @throws IllegalArgumentException if {@code count} is negative or exceeds {@code total}
   */
  public boolean isMetBy(long count, long total) {
    checkCount(count, total);
    if (total == 0) {
      return numerator == 0;
    }
    return compare(count, total) >= 0;
  }

  /**
   * The fewest more items that {@code count} of {@code total} needs to meet this share, when the
   * total stays the same: 0 when it is met already.
   */
  public long shortfall(long count, long total) {
    checkCount(count, total);
    // smallest k with k * denominator >= numerator * total, i.e. ceil(numerator * total / denominator)
    BigInteger needed =
        BigInteger.valueOf(numerator)
            .multiply(BigInteger.valueOf(total))
            .add(BigInteger.valueOf(denominator - 1))
            .divide(BigInteger.valueOf(denominator));
    return Math.max(0, needed.longValueExact() - count);
  }

  private static void checkCount(long count, long total) {
    if (count < 0 || total < 0 || count > total) {
      throw new IllegalArgumentException(
          "count must lie in [0, total]: count " + count + ", total " + total);
    }
  }

  private int compare(long count, long total) {
    // count/total vs numerator/denominator  <=>  count*denominator vs numerator*total
    return BigInteger.valueOf(count)
        .multiply(BigInteger.valueOf(denominator))
        .compareTo(BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(total)));
  }

  @Override
  public int compareTo(Share other) {
    return BigInteger.valueOf(numerator)
        .multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  /** This share as a decimal, exact when the denominator divides a power of ten. */
  public BigDecimal toBigDecimal(int scale) {
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), scale, java.math.RoundingMode.HALF_EVEN);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Share && ((Share) o).numerator == numerator
        && ((Share) o).denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Objects.hash(numerator, denominator);
  }

  /**
   * "90%" when the share is a whole or decimal percentage ("89.7%"), otherwise "2/3"; {@link
   * #parse} reads it back to an equal share.
   */
  @JsonValue
  @Override
  public String toString() {
    BigDecimal hundred = BigDecimal.valueOf(numerator * 100L);
    long d = denominator;
    // a terminating decimal has a denominator of the form 2^a 5^b
    while (d % 2 == 0) {
      d /= 2;
    }
    while (d % 5 == 0) {
      d /= 5;
    }
    if (d == 1 && numerator <= Long.MAX_VALUE / 100) {
      BigDecimal percent =
          hundred.divide(BigDecimal.valueOf(denominator)).stripTrailingZeros();
      return percent.toPlainString() + "%";
    }
    return numerator + "/" + denominator;
  }
}
