package io.github.xiangzhi.rating.star;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xiangzhi.core.id.HouseholdId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Evidence values at the edges of what the engine stores (R-STAR-2): counts from 0 to the largest
 * int, numbers whose scaled units fit an int, a whole decimal given for a count and a count for a
 * number; anything else is an {@link EvidenceException} naming the household, the code and the
 * value.
 */
class EvidenceValuesTest {
  static final HouseholdId H = HouseholdId.of("h-1");

  static StarResult evaluate(Evidence evidence) {
    return StarEngine.create().evaluate(SchemeLayoutTest.twoCategories(), H, evidence);
  }

  static int scoreOfA(Evidence evidence) {
    return evaluate(evidence).outcome("A").orElseThrow().score();
  }

  @Test
  void R_STAR_2_aCountRunsFromZeroToTheLargestInt() {
    assertThat(scoreOfA(Evidence.builder().set("A_UNIT", 0).build())).isZero();
    assertThat(scoreOfA(Evidence.builder().set("A_UNIT", Integer.MAX_VALUE).build()))
        .isEqualTo(15);
    assertThatThrownBy(() -> evaluate(Evidence.builder().set("A_UNIT", Integer.MAX_VALUE + 1L)
        .build())).isInstanceOf(EvidenceException.class)
        .hasMessage("Household h-1: A_UNIT = 2147483648 is out of range");
    assertThatThrownBy(() -> EvidenceTable.builder(SchemeLayoutTest.twoCategories(), 1)
        .set(0, "A_UNIT", -1)).isInstanceOf(EvidenceException.class)
        .hasMessage("Household #0: A_UNIT = -1 is out of range");
  }

  @Test
  void R_STAR_2_aWholeDecimalGivenForACountIsThatCount() {
    assertThat(scoreOfA(Evidence.builder().set("A_UNIT", new BigDecimal("2")).build()))
        .isEqualTo(10);
    EvidenceTable table = EvidenceTable.builder(SchemeLayoutTest.twoCategories(), 1)
        .set(0, "A_UNIT", new BigDecimal("2.00")).build();
    assertThat(table.evidence(0)).isEqualTo(Evidence.builder().set("A_UNIT", 2).build());
    assertThatThrownBy(() -> evaluate(Evidence.builder().set("A_UNIT", new BigDecimal("2.5"))
        .build())).isInstanceOf(EvidenceException.class)
        .hasMessage("Household h-1: A_UNIT takes a count value, not a number");
    // a count too large (or small) for a long is out of range, not wrapped round
    assertThatThrownBy(() -> evaluate(Evidence.builder().set("A_UNIT", new BigDecimal("1E+40"))
        .build())).isInstanceOf(EvidenceException.class)
        .hasMessageStartingWith("Household h-1: A_UNIT = ").hasMessageEndingWith("out of range");
    assertThatThrownBy(() -> evaluate(Evidence.builder().set("A_UNIT", new BigDecimal("-1E+40"))
        .build())).isInstanceOf(EvidenceException.class)
        .hasMessageStartingWith("Household h-1: A_UNIT = ").hasMessageEndingWith("out of range");
  }

  @Test
  void R_STAR_2_aNumbersScaledUnitsMustFitAnInt() {
    // B_MOST scores 3 at or below 1.255
    assertThat(evaluate(Evidence.builder().set("B_MOST", new BigDecimal("-21474836.47")).build())
        .outcome("B").orElseThrow().score()).isEqualTo(3);
    assertThat(evaluate(Evidence.builder().set("B_MOST", new BigDecimal("21474836.47")).build())
        .outcome("B").orElseThrow().score()).isZero();
    assertThatThrownBy(() -> evaluate(Evidence.builder()
        .set("B_MOST", new BigDecimal("21474836.48")).build()))
        .isInstanceOf(EvidenceException.class)
        .hasMessage("Household h-1: B_MOST = 21474836.48 is out of range");
    assertThatThrownBy(() -> evaluate(Evidence.builder()
        .set("B_MOST", new BigDecimal("-21474836.48")).build()))
        .isInstanceOf(EvidenceException.class)
        .hasMessage("Household h-1: B_MOST = -21474836.48 is out of range");
    // a whole count given for a number is that number
    assertThat(evaluate(Evidence.builder().set("B_MOST", 1).build()).outcome("B").orElseThrow()
        .score()).isEqualTo(3);
  }

  @Test
  void aYesOrNoTakesNeitherACountNorANumber() {
    assertThatThrownBy(() -> evaluate(Evidence.builder().set("A_FLAG", 1).build()))
        .isInstanceOf(EvidenceException.class)
        .hasMessage("Household h-1: A_FLAG takes a yes-or-no value, not a count");
    assertThatThrownBy(() -> evaluate(Evidence.builder().set("A_FLAG", BigDecimal.ONE).build()))
        .isInstanceOf(EvidenceException.class)
        .hasMessage("Household h-1: A_FLAG takes a yes-or-no value, not a number");
    assertThatThrownBy(() -> EvidenceTable.builder(SchemeLayoutTest.twoCategories(), 1)
        .set(0, "A_UNIT", true)).isInstanceOf(EvidenceException.class)
        .hasMessage("Household #0: A_UNIT takes a count value, not a yes-or-no");
  }
}
