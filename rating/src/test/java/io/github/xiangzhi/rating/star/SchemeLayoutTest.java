package io.github.xiangzhi.rating.star;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.testkit.rating.StarGens;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The engine's compiled scheme, as others read it (the simulator scores with it). */
class SchemeLayoutTest {

  @Test
  void R_STAR_2_theLayoutNumbersTheChangzhiSchemeAsTheEngineScoresIt() {
    StarScheme scheme = StarGens.changzhi().scheme();
    SchemeLayout layout = SchemeLayout.of(scheme);
    assertThat(layout.categoryCount()).isEqualTo(10);
    assertThat(layout.maxStars()).isEqualTo(10);
    assertThat(layout.inputCodes()).containsExactlyElementsOf(scheme.inputs().keySet());
    int[] start = layout.categoryStart();
    assertThat(start).hasSize(11);
    int indicators = scheme.categories().stream().mapToInt(c -> c.indicators().size()).sum();
    assertThat(start[10]).isEqualTo(indicators);
    for (int c = 0; c < 10; c++) {
      assertThat(start[c + 1] - start[c]).isEqualTo(scheme.categories().get(c).indicators().size());
      assertThat(layout.passMarks()[c]).isEqualTo(scheme.categories().get(c).passMark());
    }
    // the criminal-conviction veto withholds every star, the black list two categories
    assertThat(layout.vetoMask()).containsExactly((1L << 10) - 1,
        (1L << scheme.categories().indexOf(scheme.categories().stream()
            .filter(c -> c.code().equals("CIVILIZED_CUSTOMS")).findFirst().orElseThrow()))
            | (1L << scheme.categories().indexOf(scheme.categories().stream()
            .filter(c -> c.code().equals("LAW_ABIDING")).findFirst().orElseThrow())));
    // arrays are copies: a caller's change does not reach the engine
    layout.passMarks()[0] = -1;
    assertThat(SchemeLayout.of(scheme).passMarks()[0]).isEqualTo(60);
  }

  /**
   * Two categories: A (required) with a flag and a per-unit count, B with a count at least 1.5,
   * a number at most 1.255 and an indicator reading the number fact F_NUM at least 0.5; a bonus on
   * F_FLAG for both, one on A_FLAG for B; vetoes on F_FLAG (every star), F_NUM ≥ 2.5 (B) and
   * B_LEAST (A).
   */
  static StarScheme twoCategories() {
    StarCategory a = StarCategory.builder().code("A").name("甲").required(true).passMark(20)
        .addIndicators(Indicator.flag("A_FLAG", "旗", 10), Indicator.perUnit("A_UNIT", "次", 5, 3))
        .build();
    StarCategory b = StarCategory.builder().code("B").name("乙").passMark(7)
        .addIndicators(Indicator.builder().code("B_LEAST").name("至少").type(ValueType.COUNT)
            .weight(7).atLeast(new BigDecimal("1.5")).build())
        .addIndicators(Indicator.builder().code("B_MOST").name("至多").type(ValueType.NUMBER)
            .weight(3).atMost(new BigDecimal("1.255")).build())
        .addIndicators(Indicator.builder().code("B_READ").name("读").type(ValueType.NUMBER)
            .fact("F_NUM").weight(6).atLeast(new BigDecimal("0.5")).build())
        .build();
    return StarScheme.builder().code("TWO").name("两类").maxStars(2)
        .addFacts(Fact.of("F_FLAG", "事实旗", ValueType.BOOLEAN),
            Fact.of("F_NUM", "事实数", ValueType.NUMBER))
        .addCategories(a, b)
        .addBonuses(Bonus.builder().code("VET").name("加分").trigger("F_FLAG").points(4)
            .addCategories("B", "A").build())
        .addBonuses(Bonus.builder().code("B2").name("加分二").trigger("A_FLAG").points(2)
            .addCategories("B").build())
        .addVetoes(Veto.builder().code("V1").name("否决一").trigger("F_FLAG").everyStar(true)
            .build())
        .addVetoes(Veto.builder().code("V2").name("否决二").trigger("F_NUM")
            .atLeast(new BigDecimal("2.5")).addCategories("B").build())
        .addVetoes(Veto.builder().code("V3").name("否决三").trigger("B_LEAST").addCategories("A")
            .build())
        .build();
  }

  @Test
  void R_STAR_2_theLayoutNumbersInputsIndicatorsBonusesAndVetoesInSchemeOrder() {
    SchemeLayout layout = SchemeLayout.of(twoCategories());
    assertThat(layout.categoryCount()).isEqualTo(2);
    assertThat(layout.maxStars()).isEqualTo(2);
    assertThat(layout.requiredMask()).isEqualTo(0b01L);
    assertThat(layout.passMarks()).containsExactly(20, 7);
    assertThat(layout.numberScale()).isEqualTo(2);
    // facts first, then the indicators with values of their own; B_READ reads F_NUM
    assertThat(layout.inputCodes()).containsExactly("F_FLAG", "F_NUM", "A_FLAG", "A_UNIT",
        "B_LEAST", "B_MOST");
    assertThat(layout.inputTypes()).containsExactly(ValueType.BOOLEAN, ValueType.NUMBER,
        ValueType.BOOLEAN, ValueType.COUNT, ValueType.COUNT, ValueType.NUMBER);
    assertThat(layout.categoryStart()).containsExactly(0, 2, 5);
    assertThat(layout.indicatorCategory()).containsExactly(0, 0, 1, 1, 1);
    assertThat(layout.indicatorInput()).containsExactly(2, 3, 4, 5, 1);
    assertThat(layout.indicatorRule()).containsExactly(SchemeLayout.FLAG, SchemeLayout.PER_UNIT,
        SchemeLayout.AT_LEAST, SchemeLayout.AT_MOST, SchemeLayout.AT_LEAST);
    assertThat(layout.indicatorWeight()).containsExactly(10, 5, 7, 3, 6);
    assertThat(layout.indicatorCap()).containsExactly(0, 3, 0, 0, 0);
    // a count reaches 1.5 from 2; 1.255 in hundredths is at most 125, 0.5 is 50
    assertThat(layout.indicatorThreshold()).containsExactly(0L, 0L, 2L, 125L, 50L);
    // A's bonus slot is VET; B's are VET then B2, in the scheme's order of bonuses
    assertThat(layout.bonusStart()).containsExactly(0, 1, 3);
    assertThat(layout.bonusInput()).containsExactly(0, 0, 2);
    assertThat(layout.bonusPoints()).containsExactly(4, 4, 2);
    assertThat(layout.vetoInput()).containsExactly(0, 1, 4);
    assertThat(layout.vetoThreshold()).containsExactly(1L, 250L, 1L);
    assertThat(layout.vetoMask()).containsExactly(0b11L, 0b10L, 0b01L);
  }

  @Test
  void R_STAR_2_thresholdsBeyondTheValuesAreClampedJustPastThem() {
    StarScheme scheme = StarScheme.builder().code("FAR").name("极值")
        .addCategories(StarCategory.builder().code("C").name("类别").passMark(1)
            .addIndicators(number("HIGH_LEAST", true, "1E+30"), number("LOW_LEAST", true, "-1E+30"),
                number("HIGH_MOST", false, "1E+30"), number("LOW_MOST", false, "-1E+30"),
                number("EDGE_LEAST", true, "21474836.48"),
                number("EDGE_MOST", false, "-21474836.47"))
            .build())
        .build();
    assertThat(SchemeLayout.of(scheme).indicatorThreshold()).containsExactly(
        Integer.MAX_VALUE + 1L, Integer.MIN_VALUE + 1L, Integer.MAX_VALUE + 1L,
        (long) Integer.MIN_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE + 1L);
  }

  static Indicator number(String code, boolean atLeast, String threshold) {
    Indicator.Builder b = Indicator.builder().code(code).name(code).type(ValueType.NUMBER)
        .weight(1);
    return (atLeast ? b.atLeast(new BigDecimal(threshold))
        : b.atMost(new BigDecimal(threshold))).build();
  }
}
