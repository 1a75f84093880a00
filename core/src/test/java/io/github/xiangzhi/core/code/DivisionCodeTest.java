package io.github.xiangzhi.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.xiangzhi.core.code.InvalidCodeException.Reason;
import io.github.xiangzhi.testkit.core.CoreGens;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DivisionCodeTest {

  @Test
  void R_CORE_1_bananDistrictIsACountyOfChongqing() {
    DivisionCode banan = DivisionCode.parse("500113");
    assertThat(banan.level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(banan.parent()).contains(DivisionCode.parse("500100"));
    assertThat(banan.parent().get().level()).isEqualTo(DivisionLevel.PREFECTURE);
    assertThat(banan.ancestorAt(DivisionLevel.PROVINCE)).isEqualTo(DivisionCode.parse("500000"));
    assertThat(banan.ancestorAt(DivisionLevel.PROVINCE).parent()).isEmpty();
    assertThat(banan.toSixDigits()).isEqualTo("500113");
    assertThat(banan.toTwelveDigits()).isEqualTo("500113000000");
  }

  @Test
  void R_CORE_1_aVillageCodeLiesInsideItsCountysCode() {
    DivisionCode village = DivisionCode.parse("500113009201");
    DivisionCode town = DivisionCode.parse("500113009000");
    DivisionCode banan = DivisionCode.parse("500113");
    assertThat(village.level()).isEqualTo(DivisionLevel.VILLAGE);
    assertThat(town.level()).isEqualTo(DivisionLevel.TOWNSHIP);
    assertThat(village.parent()).contains(town);
    assertThat(town.parent()).contains(banan);
    assertThat(banan.contains(village)).isTrue();
    assertThat(town.contains(village)).isTrue();
    assertThat(village.contains(village)).isTrue();
    assertThat(village.contains(town)).isFalse();
    assertThat(DivisionCode.parse("500112").contains(village)).isFalse();
  }

  @Test
  void R_CORE_1_sixAndTwelveDigitSpellingsOfACountyAreOneCode() {
    assertThat(DivisionCode.parse("500113000000")).isEqualTo(DivisionCode.parse("500113"));
    assertThat(DivisionCode.parse("500113000000")).hasToString("500113");
    assertThatThrownBy(() -> DivisionCode.parse("500113009000").toSixDigits())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void R_CORE_1_invalidCodesNameTheirReason() {
    assertReason("50011", Reason.LENGTH);
    assertReason("5001130", Reason.LENGTH);
    assertReason("5001a3", Reason.CHARACTER);
    assertReason("990113", Reason.PROVINCE);
    assertReason("000000", Reason.PROVINCE);
    assertReason("500013", Reason.STRUCTURE); // a county under a zero prefecture
    assertReason("500100001000", Reason.STRUCTURE); // a township under a zero county
    assertReason("500113000001", Reason.STRUCTURE); // a village under a zero township
    assertThatThrownBy(() -> DivisionCode.parse("5001a3"))
        .hasMessage("Invalid division code '5001a3': character 5 ('a') is not allowed there");
    assertThat(catchCode("990113").message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("行政区划代码“990113”无效:99 不是 GB/T 2260 规定的省级代码");
  }

  @Test
  void R_CORE_1_parseOfToStringRoundTrips() {
    qt().forAll(CoreGens.divisionCodes()).checkAssert(code -> {
      assertThat(DivisionCode.parse(code.toString())).isEqualTo(code);
      assertThat(DivisionCode.parse(code.toTwelveDigits())).isEqualTo(code);
      assertThat(DivisionCode.isValid(code.toString())).isTrue();
    });
  }

  @Test
  void R_CORE_1_everyAncestorContainsTheCodeAndParentsClimbOneLevel() {
    qt().forAll(CoreGens.divisionCodes()).checkAssert(code -> {
      DivisionCode c = code;
      while (c.parent().isPresent()) {
        DivisionCode parent = c.parent().get();
        assertThat(parent.level().ordinal()).isEqualTo(c.level().ordinal() - 1);
        assertThat(parent.contains(code)).isTrue();
        assertThat(code.contains(parent)).isEqualTo(parent.equals(code));
        c = parent;
      }
      assertThat(c.level()).isEqualTo(DivisionLevel.PROVINCE);
    });
  }

  private static void assertReason(String text, Reason reason) {
    assertThat(catchCode(text).reason()).as(text).isEqualTo(reason);
  }

  private static InvalidCodeException catchCode(String text) {
    try {
      DivisionCode.parse(text);
    } catch (InvalidCodeException e) {
      assertThat(e.codeType()).isEqualTo(CodeType.DIVISION_CODE);
      return e;
    }
    throw new AssertionError(text + " was accepted");
  }
}
