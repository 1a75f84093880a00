package io.github.xiangzhi.rating.star;

import static io.github.xiangzhi.testkit.core.Problems.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xiangzhi.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The parts of a star scheme — categories, indicators, bonuses, vetoes, facts, evidence — at the
 * edges of what they accept (R-STAR-2, 7): a value on a limit builds, one past it is refused with
 * its path and a message naming the value.
 */
class StarPartsChecksTest {

  static String message(Supplier<?> build) {
    return catchThrowableOfType(InvalidValueException.class, build::get).getMessage();
  }

  static List<Indicator> flags(int count) {
    List<Indicator> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(Indicator.flag("I" + i, "指标", 1));
    }
    return out;
  }

  static StarCategory.Builder category(List<Indicator> indicators, int passMark) {
    return StarCategory.builder().code("C").name("类别").passMark(passMark)
        .indicators(indicators);
  }

  @Test
  void R_STAR_2_aCategoryHasOneToOneHundredIndicatorsEachCodeOnce() {
    assertThat(category(flags(100), 1).build().indicators()).hasSize(100);
    assertThat(problems(() -> category(flags(101), 1).build()))
        .containsExactly("/indicators rating.star.category.tooManyIndicators");
    assertThat(problems(() -> category(flags(0), 1).build()))
        .containsExactly("/indicators rating.star.category.noIndicators");
    List<Indicator> twice = new ArrayList<>(flags(2));
    twice.add(Indicator.flag("I0", "又一指标", 3));
    assertThat(problems(() -> category(twice, 1).build()))
        .containsExactly("/indicators/2/code core.duplicate");
    assertThat(message(() -> category(twice, 1).build()))
        .isEqualTo("Duplicate code 'I0': item 0 already has it");
  }

  @Test
  void R_STAR_2_aPassMarkIsAtLeastOneAndNoMoreThanTheIndicatorsCanGive() {
    List<Indicator> indicators = List.of(Indicator.flag("FLAG", "指标", 30),
        Indicator.perUnit("UNITS", "次数", 10, 4));
    assertThat(category(indicators, 70).build().attainable()).isEqualTo(70);
    assertThat(problems(() -> category(indicators, 1).build())).isEmpty();
    assertThat(problems(() -> category(indicators, 71).build()))
        .containsExactly("/passMark rating.star.category.passMark.unattainable");
    assertThat(message(() -> category(indicators, 71).build()))
        .isEqualTo("Category C has pass mark 71, above the 70 points its indicators can give");
    assertThat(problems(() -> category(indicators, 0).build()))
        .containsExactly("/passMark rating.star.category.passMark.positive");
    // at the most indicators allowed the pass mark is still checked
    assertThat(problems(() -> category(flags(100), 101).build()))
        .containsExactly("/passMark rating.star.category.passMark.unattainable");
  }

  @Test
  void R_STAR_2_anIndicatorIsWorthOneToAMillionPoints() {
    assertThat(Indicator.flag("F", "指标", 1).maxPoints()).isEqualTo(1);
    assertThat(Indicator.flag("F", "指标", Indicator.MAX_POINTS).maxPoints())
        .isEqualTo(1_000_000);
    assertThat(problems(() -> Indicator.flag("F", "指标", 0)))
        .containsExactly("/weight rating.star.indicator.weight");
    assertThat(problems(() -> Indicator.flag("F", "指标", 1_000_001)))
        .containsExactly("/weight rating.star.indicator.weight");
    assertThat(message(() -> Indicator.flag("F", "指标", 1_000_001)))
        .isEqualTo("Indicator F has weight 1000001: give 1 to 1000000");
  }

  @Test
  void R_STAR_2_aPerUnitIndicatorCountsAtLeastOneUnitAndAtMostAMillionPointsInAll() {
    assertThat(Indicator.perUnit("U", "次数", 10, 1).maxPoints()).isEqualTo(10);
    assertThat(Indicator.perUnit("U", "次数", 1000, 1000).maxPoints()).isEqualTo(1_000_000);
    assertThat(problems(() -> Indicator.perUnit("U", "次数", 1000, 1001)))
        .containsExactly("/cap rating.star.indicator.cap");
    assertThat(problems(() -> Indicator.perUnit("U", "次数", 10, 0)))
        .containsExactly("/cap rating.star.indicator.cap");
    // weight × cap beyond an int is still too many points, not a wrapped-around small number
    assertThat(problems(() -> Indicator.perUnit("U", "次数", 2, Integer.MAX_VALUE)))
        .containsExactly("/cap rating.star.indicator.cap");
    assertThat(message(() -> Indicator.perUnit("U", "次数", 1000, 1001)))
        .isEqualTo("Indicator U has cap 1001: give at least 1, for at most 1000000 points in all");
  }

  @Test
  void R_STAR_2_eachTypeTakesItsOwnRule() {
    Indicator.Builder count = Indicator.builder().code("N").name("次数").type(ValueType.COUNT)
        .weight(5);
    assertThat(problems(count::build)).containsExactly(" rating.star.indicator.rule.count");
    assertThat(problems(() -> Indicator.builder().code("N").name("次数").type(ValueType.COUNT)
        .weight(5).atLeast(BigDecimal.ONE).cap(3).build()))
        .containsExactly(" rating.star.indicator.rule.count");
    assertThat(problems(() -> Indicator.builder().code("B").name("是否").type(ValueType.BOOLEAN)
        .weight(5).atMost(BigDecimal.ONE).build()))
        .containsExactly(" rating.star.indicator.rule.boolean");
    assertThat(problems(() -> Indicator.builder().code("X").name("数值").type(ValueType.NUMBER)
        .weight(5).cap(3).build())).containsExactly(" rating.star.indicator.rule.number");
    assertThat(message(() -> Indicator.builder().code("X").name("数值").type(ValueType.NUMBER)
        .weight(5).cap(3).build()))
        .isEqualTo("Number indicator X needs exactly one of atLeast and atMost, and no cap");
  }

  @Test
  void R_STAR_8_anIndicatorReadingAFactNamesItByCode() {
    Indicator reads = Indicator.builder().code("POINTS_REACHED").name("积分达标")
        .type(ValueType.NUMBER).fact("POINTS_BALANCE").atLeast(new BigDecimal("100")).weight(30)
        .build();
    assertThat(reads.input()).isEqualTo("POINTS_BALANCE");
    assertThat(Indicator.flag("OWN", "自有", 1).input()).isEqualTo("OWN");
    assertThat(problems(() -> Indicator.builder().code("POINTS_REACHED").name("积分达标")
        .type(ValueType.NUMBER).fact("points balance").atLeast(BigDecimal.TEN).weight(30)
        .build())).containsExactly("/fact core.code.syntax");
    assertThat(problems(() -> Indicator.builder().code("x").name("积分达标")
        .type(ValueType.NUMBER).fact("points").atLeast(BigDecimal.TEN).weight(30).build()))
        .containsExactly("/code core.code.syntax", "/fact core.code.syntax");
  }

  @Test
  void thresholdsAreKeptInOneFormSoEqualRulesAreEqual() {
    Indicator.Builder b = Indicator.builder().code("SCORE").name("评议得分")
        .type(ValueType.NUMBER).weight(30);
    Indicator written = b.atLeast(new BigDecimal("80.00")).build();
    assertThat(written.atLeast()).contains(new BigDecimal("80"));
    assertThat(written).isEqualTo(b.atLeast(new BigDecimal("8E+1")).build());
    Veto veto = Veto.builder().code("V").name("否决").trigger("FINES").everyStar(true)
        .atLeast(new BigDecimal("2.50")).build();
    assertThat(veto.atLeast()).contains(new BigDecimal("2.5"));
    Evidence evidence = Evidence.builder().set("BALANCE", new BigDecimal("120.50")).build();
    assertThat(evidence.numbers()).containsEntry("BALANCE", new BigDecimal("120.5"));
    assertThat(evidence).isEqualTo(Evidence.builder().set("BALANCE", new BigDecimal("120.5"))
        .set("OTHER", false).build());
  }

  @Test
  void R_STAR_7_aBonusGivesOneToAMillionPointsToCategoriesNamedOnce() {
    Bonus.Builder bonus = Bonus.builder().code("VETERAN").name("退役军人户").trigger("VETERAN_HH")
        .addCategories("A");
    assertThat(bonus.points(1).build().points()).isEqualTo(1);
    assertThat(bonus.points(Indicator.MAX_POINTS).build().points()).isEqualTo(1_000_000);
    assertThat(problems(() -> bonus.points(0).build()))
        .containsExactly("/points rating.star.bonus.points");
    assertThat(problems(() -> bonus.points(1_000_001).build()))
        .containsExactly("/points rating.star.bonus.points");
    assertThat(problems(() -> Bonus.builder().code("VETERAN").name("退役军人户")
        .trigger("VETERAN_HH").points(5).addCategories("A", "B", "A").build()))
        .containsExactly("/categories/2/category core.duplicate");
    assertThat(problems(() -> Bonus.builder().code("VETERAN").name("退役军人户")
        .trigger("veteran").points(5).build()))
        .containsExactly("/trigger core.code.syntax", "/categories rating.star.bonus.noCategories");
  }

  @Test
  void R_STAR_7_aVetoWithholdsEveryStarOrTheCategoriesItNamesOnce() {
    assertThat(problems(() -> Veto.builder().code("V").name("否决").trigger("T")
        .addCategories("A", "A").build()))
        .containsExactly("/categories/1/category core.duplicate");
    assertThat(problems(() -> Veto.builder().code("V").name("否决").trigger("T").build()))
        .containsExactly("/categories rating.star.veto.scope");
    assertThat(problems(() -> Veto.builder().code("V").name("否决").trigger("T").everyStar(true)
        .addCategories("A").build())).containsExactly("/categories rating.star.veto.scope");
  }

  @Test
  void aFactHasACodeAndAName() {
    assertThat(problems(() -> Fact.of("balance", "积分余额", ValueType.NUMBER)))
        .containsExactly("/code core.code.syntax");
    assertThat(problems(() -> Fact.of("BALANCE", "", ValueType.NUMBER)))
        .containsExactly("/name core.blank");
  }
}
