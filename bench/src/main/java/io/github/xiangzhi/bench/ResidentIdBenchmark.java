package io.github.xiangzhi.bench;

import io.github.xiangzhi.core.code.ResidentId;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Resident-id validation (R-CORE-2): {@link ResidentId#isValid} against the usual
 * regex-plus-BigInteger check, on the same ids in the same run. Each invocation validates the
 * whole batch; the score is per batch.
 *
 * <pre>
 * ./mvnw -B -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar ResidentIdBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ResidentIdBenchmark {

  @Param({"1024"})
  int batch;

  String[] ids;

  /** The baseline as commonly written: a regex, a date parse, then BigInteger arithmetic. */
  static final class RegexBigIntegerBaseline {
    private static final Pattern SHAPE = Pattern.compile("^[1-9]\\d{5}(\\d{8})\\d{3}[\\dXx]$");
    private static final DateTimeFormatter DATE =
        DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final BigInteger ELEVEN = BigInteger.valueOf(11);
    private static final String CHECK = "10X98765432";

    static boolean isValid(String id) {
      var m = SHAPE.matcher(id);
      if (!m.matches()) {
        return false;
      }
      try {
        LocalDate.parse(m.group(1), DATE);
      } catch (DateTimeParseException e) {
        return false;
      }
      BigInteger sum = BigInteger.ZERO;
      for (int i = 0; i < 17; i++) {
        BigInteger weight = BigInteger.TWO.pow(17 - i).mod(ELEVEN);
        sum = sum.add(weight.multiply(BigInteger.valueOf(id.charAt(i) - '0')));
      }
      char expected = CHECK.charAt(sum.mod(ELEVEN).intValue());
      return Character.toUpperCase(id.charAt(17)) == expected;
    }
  }

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261122L);
    ids = new String[batch];
    for (int i = 0; i < batch; i++) {
      LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 90));
      String body = String.format(Locale.ROOT, "5001%02d%04d%02d%02d%03d", random.nextInt(1, 40),
          birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), random.nextInt(1000));
      String id = body + ResidentId.checkCharacter(body);
      if (random.nextInt(10) == 0) { // one in ten mistyped
        char wrong = (char) ('0' + (id.charAt(10) - '0' + 1) % 10);
        id = id.substring(0, 10) + wrong + id.substring(11);
      }
      ids[i] = id;
    }
    int agree = 0;
    for (String id : ids) {
      if (ResidentId.isValid(id) == RegexBigIntegerBaseline.isValid(id)) {
        agree++;
      }
    }
    if (agree != batch) {
      throw new IllegalStateException("the two validators disagree on " + (batch - agree) + " ids");
    }
  }

  /** Xiangzhi: one pass, integer arithmetic, no allocation. */
  @Benchmark
  public int xiangzhi() {
    int valid = 0;
    for (String id : ids) {
      if (ResidentId.isValid(id)) {
        valid++;
      }
    }
    return valid;
  }

  /** Xiangzhi's parse, which also builds the value and its birth date. */
  @Benchmark
  public int xiangzhiParse() {
    int hash = 0;
    for (String id : ids) {
      try {
        hash += ResidentId.parse(id).birthDate().getDayOfMonth();
      } catch (IllegalArgumentException e) {
        hash--;
      }
    }
    return hash;
  }

  /** The regex-plus-BigInteger baseline. */
  @Benchmark
  public int baseline() {
    int valid = 0;
    for (String id : ids) {
      if (RegexBigIntegerBaseline.isValid(id)) {
        valid++;
      }
    }
    return valid;
  }
}
