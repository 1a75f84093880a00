package io.github.xiangzhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.testkit.core.CoreGens;
import java.math.BigInteger;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ShareTest {

  @Test
  void spellingsOfOneShareAreEqual() {
    assertThat(Share.parse("90%")).isEqualTo(Share.parse("0.9")).isEqualTo(Share.parse("9/10"))
        .isEqualTo(Share.of(90, 100)).isEqualTo(Share.ofPercent(90));
    assertThat(Share.parse("89.7%")).isEqualTo(Share.of(897, 1000));
    assertThat(Share.parse("2/3")).hasToString("2/3");
    assertThat(Share.parse("0.40")).hasToString("40%");
    assertThat(Share.parse("89.7%")).hasToString("89.7%");
  }

  @Test
  void eightyNinePointSevenPercentIsNotNinety() {
    Share ninety = Share.parse("90%");
    assertThat(ninety.isMetBy(897, 1000)).isFalse();
    assertThat(ninety.isMetBy(26, 29)).isFalse(); // 89.66%
    assertThat(ninety.isMetBy(9, 10)).isTrue();
    assertThat(ninety.shortfall(26, 29)).isEqualTo(1); // 27/29 = 93.1%
    assertThat(ninety.shortfall(27, 29)).isZero();
    assertThat(Share.ZERO.isMetBy(0, 0)).isTrue();
    assertThat(ninety.isMetBy(0, 0)).isFalse();
  }

  @Test
  void invalidSharesAreRejectedNamingTheText() {
    assertThatThrownBy(() -> Share.parse("110%"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid share '110%': a share lies between 0 and 1 (0% and 100%)");
    assertThatThrownBy(() -> Share.parse("ninety")).hasMessageContaining("'ninety'");
    assertThatThrownBy(() -> Share.of(1, 0)).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) catchThrowable(() -> Share.parse("x"));
    assertThat(e.message(Locale.CHINA)).isEqualTo("比例“x”无效:请写作 90%、0.9 或 9/10");
  }

  @Test
  void hugeExponentsAreRefusedQuicklyAndNeverEchoedWhole() {
    // found by fuzzing: BigDecimal.movePointLeft and toPlainString expand 1e1000000 in full
    for (String text : new String[] {"1e1000000%", "1e-1000000", "1e-1000000%", "0." + "0".repeat(500) + "1"}) {
      InvalidValueException e = (InvalidValueException) catchThrowable(() -> Share.parse(text));
      assertThat(e.getMessage()).as(text).hasSizeLessThan(200);
    }
    assertThatThrownBy(() -> io.github.xiangzhi.core.code.DivisionCode.parse("9".repeat(100_000)))
        .satisfies(t -> assertThat(t.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void isMetByAgreesWithABigIntegerReference() {
    qt().forAll(CoreGens.shares(), integers().between(0, 100_000)
            .flatMap(total -> integers().between(0, total).map(count -> new long[] {count, total})))
        .checkAssert((share, pair) -> {
          long count = pair[0];
          long total = pair[1];
          boolean expected = total == 0 ? share.numerator() == 0
              : BigInteger.valueOf(count).multiply(BigInteger.valueOf(share.denominator()))
                  .compareTo(BigInteger.valueOf(share.numerator())
                      .multiply(BigInteger.valueOf(total))) >= 0;
          assertThat(share.isMetBy(count, total)).isEqualTo(expected);
          long shortfall = share.shortfall(count, total);
          if (total > 0) {
            assertThat(shortfall == 0).isEqualTo(expected);
          }
          if (!expected && total > 0) {
            assertThat(share.isMetBy(count + shortfall, total)).isTrue();
            assertThat(share.isMetBy(count + shortfall - 1, total)).isFalse();
          }
        });
  }

  @Test
  void sharesRoundTripThroughTextAndJson() throws Exception {
    ObjectMapper json = XiangzhiJson.newMapper();
    ObjectMapper yaml = XiangzhiJson.newYamlMapper();
    qt().forAll(CoreGens.shares()).checkAssert(share -> {
      assertThat(Share.parse(share.toString())).isEqualTo(share);
      try {
        assertThat(json.readValue(json.writeValueAsString(share), Share.class)).isEqualTo(share);
        assertThat(yaml.readValue(yaml.writeValueAsString(share), Share.class)).isEqualTo(share);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    assertThat(json.readValue("0.9", Share.class)).isEqualTo(Share.parse("90%"));
    assertThat(json.readValue("1", Share.class)).isEqualTo(Share.ALL);
  }

  private static Throwable catchThrowable(Runnable r) {
    try {
      r.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("nothing thrown");
  }
}
