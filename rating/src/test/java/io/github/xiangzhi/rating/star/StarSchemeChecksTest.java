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
 * A star scheme's own checks (R-STAR-1, 2, 7, 8): a value on a limit builds, one past it is
 * refused with the path of the offending field and a message naming it; a reference to a fact,
 * trigger or category the scheme does not have is refused where it is made.
 */
class StarSchemeChecksTest {

  static StarCategory category(String code, boolean required) {
    return StarCategory.builder().code(code).name(code).required(required).passMark(1)
        .addIndicators(Indicator.flag(code + "_X", "指标", 1)).build();
  }

  static StarScheme.Builder scheme() {
    return StarScheme.builder().code("T").name("测试").addCategories(category("A", false));
  }

  static String message(Supplier<?> build) {
    return catchThrowableOfType(InvalidValueException.class, build::get).getMessage();
  }

  @Test
  void theMostStarsRunFromOneToSixtyFour() {
    assertThat(problems(() -> scheme().maxStars(1).build())).isEmpty();
    assertThat(problems(() -> scheme().maxStars(StarScheme.MAX_CATEGORIES).build())).isEmpty();
    assertThat(problems(() -> scheme().maxStars(0).build()))
        .containsExactly("/maxStars rating.star.scheme.maxStars");
    assertThat(problems(() -> scheme().maxStars(65).build()))
        .containsExactly("/maxStars rating.star.scheme.maxStars");
    assertThat(message(() -> scheme().maxStars(65).build()))
        .isEqualTo("At most 65 stars: give 1 to 64");
  }

  @Test
  void numbersCarryZeroToSixDecimalPlaces() {
    assertThat(problems(() -> scheme().numberScale(0).build())).isEmpty();
    assertThat(problems(() -> scheme().numberScale(StarScheme.MAX_SCALE).build())).isEmpty();
    assertThat(problems(() -> scheme().numberScale(-1).build()))
        .containsExactly("/numberScale rating.star.scheme.numberScale");
    assertThat(problems(() -> scheme().numberScale(7).build()))
        .containsExactly("/numberScale rating.star.scheme.numberScale");
    assertThat(message(() -> scheme().numberScale(7).build()))
        .isEqualTo("Number scale 7: give 0 to 6 decimal places");
  }

  @Test
  void R_STAR_1_aSchemeHasOneToSixtyFourCategoriesEachCodeOnce() {
    assertThat(problems(() -> StarScheme.builder().code("T").name("测试").build()))
        .containsExactly("/categories rating.star.scheme.noCategories");
    List<StarCategory> many = new ArrayList<>();
    for (int c = 0; c < StarScheme.MAX_CATEGORIES; c++) {
      many.add(category("C" + c, false));
    }
    StarScheme full = StarScheme.builder().code("T").name("测试").categories(many).build();
    assertThat(full.categories()).hasSize(64);
    many.add(category("C64", false));
    assertThat(problems(() -> StarScheme.builder().code("T").name("测试").categories(many).build()))
        .containsExactly("/categories rating.star.scheme.tooManyCategories");
    assertThat(problems(() -> scheme().addCategories(category("B", false), category("A", false))
        .build())).containsExactly("/categories/2/code core.duplicate");
    assertThat(message(() -> scheme().addCategories(category("A", false)).build()))
        .isEqualTo("Duplicate code 'A': item 0 already has it");
  }

  @Test
  void R_STAR_1_theRequiredCategoriesMustFitUnderTheMostStars() {
    StarScheme.Builder two = StarScheme.builder().code("T").name("测试")
        .addCategories(category("A", true), category("B", true), category("C", false));
    assertThat(problems(() -> two.maxStars(2).build())).isEmpty();
    assertThat(problems(() -> two.maxStars(1).build()))
        .containsExactly("/maxStars rating.star.scheme.requiredOverMax");
    assertThat(message(() -> two.maxStars(1).build()))
        .isEqualTo("2 required categories cannot fit in at most 1 stars");
  }

  @Test
  void codeAndNameAreChecked() {
    assertThat(problems(() -> scheme().code("t-1").build()))
        .containsExactly("/code core.code.syntax");
    assertThat(problems(() -> scheme().name(" ").build())).containsExactly("/name core.blank");
  }

  @Test
  void factsBonusesAndVetoesEachHaveTheirCodeOnce() {
    Bonus bonus = Bonus.builder().code("B").name("加分").trigger("F").points(1)
        .addCategories("A").build();
    Veto veto = Veto.builder().code("V").name("否决").trigger("F").everyStar(true).build();
    assertThat(problems(() -> scheme().addFacts(Fact.of("F", "事实", ValueType.BOOLEAN),
        Fact.of("F", "又一事实", ValueType.BOOLEAN)).addBonuses(bonus, bonus)
        .addVetoes(veto, veto).build())).containsExactly("/facts/1/code core.duplicate",
            "/bonuses/1/code core.duplicate", "/vetoes/1/code core.duplicate");
  }

  @Test
  void R_STAR_7_aSchemeHasAtMostOneHundredBonuses() {
    List<Bonus> bonuses = new ArrayList<>();
    for (int b = 0; b < StarCategory.MAX_INDICATORS; b++) {
      bonuses.add(Bonus.builder().code("B" + b).name("加分").trigger("F").points(1)
          .addCategories("A").build());
    }
    StarScheme.Builder withFact = scheme().addFacts(Fact.of("F", "事实", ValueType.BOOLEAN));
    assertThat(problems(() -> withFact.bonuses(bonuses).build())).isEmpty();
    bonuses.add(Bonus.builder().code("B100").name("加分").trigger("F").points(1)
        .addCategories("A").build());
    assertThat(problems(() -> withFact.bonuses(bonuses).build()))
        .containsExactly("/bonuses rating.star.scheme.tooManyBonuses");
    assertThat(message(() -> withFact.bonuses(bonuses).build()))
        .isEqualTo("101 bonuses: a scheme has at most 100");
  }

  @Test
  void R_STAR_8_anIndicatorCodeIsNoFactsAndBelongsToOneCategory() {
    assertThat(problems(() -> scheme().addFacts(Fact.of("A_X", "事实", ValueType.BOOLEAN))
        .build())).containsExactly("/categories/0/indicators/0/code "
            + "rating.star.scheme.indicatorIsFact");
    StarCategory sharing = StarCategory.builder().code("B").name("B").passMark(1)
        .addIndicators(Indicator.flag("B_X", "指标", 1), Indicator.flag("A_X", "指标", 1)).build();
    assertThat(problems(() -> scheme().addCategories(sharing).build()))
        .containsExactly("/categories/1/indicators/1/code rating.star.scheme.indicatorTwice");
    assertThat(message(() -> scheme().addCategories(sharing).build()))
        .isEqualTo("Indicator A_X appears in two categories; the other is A");
  }

  static StarCategory reading(String fact, ValueType type) {
    Indicator.Builder indicator = Indicator.builder().code("R_X").name("读事实").type(type)
        .fact(fact).weight(5);
    if (type != ValueType.BOOLEAN) {
      indicator.atLeast(BigDecimal.ONE);
    }
    return StarCategory.builder().code("R").name("R").passMark(5).addIndicators(indicator.build())
        .build();
  }

  @Test
  void R_STAR_8_anIndicatorReadsAKnownFactOfItsOwnType() {
    StarScheme.Builder facts = scheme().addFacts(Fact.of("BALANCE", "积分余额", ValueType.NUMBER));
    StarScheme ok = facts.addCategories(reading("BALANCE", ValueType.NUMBER)).build();
    assertThat(ok.inputs()).containsOnlyKeys("BALANCE", "A_X");
    assertThat(problems(() -> scheme().addFacts(Fact.of("BALANCE", "积分余额", ValueType.NUMBER))
        .addCategories(reading("BALANCES", ValueType.NUMBER)).build()))
        .containsExactly("/categories/1/indicators/0/fact rating.star.indicator.fact.unknown");
    assertThat(problems(() -> scheme().addFacts(Fact.of("BALANCE", "积分余额", ValueType.NUMBER))
        .addCategories(reading("BALANCE", ValueType.COUNT)).build()))
        .containsExactly("/categories/1/indicators/0/type rating.star.indicator.fact.type");
    assertThat(message(() -> scheme().addFacts(Fact.of("BALANCE", "积分余额", ValueType.NUMBER))
        .addCategories(reading("BALANCE", ValueType.COUNT)).build()))
        .isEqualTo("Indicator R_X is a count indicator but reads the fact BALANCE, a number");
  }

  @Test
  void R_STAR_7_aBonusIsTriggeredByAYesOrNoInputAndGoesToKnownCategories() {
    StarScheme.Builder base = scheme()
        .addFacts(Fact.of("VETERAN", "退役军人户", ValueType.BOOLEAN),
            Fact.of("AGE", "年龄", ValueType.COUNT))
        .addCategories(reading("VETERAN", ValueType.BOOLEAN));
    Bonus.Builder bonus = Bonus.builder().code("B").name("加分").points(10).addCategories("A");
    // a fact or an indicator with its own value triggers; one that reads a fact is no trigger
    assertThat(problems(() -> base.bonuses(List.of(bonus.trigger("VETERAN").build())).build()))
        .isEmpty();
    assertThat(problems(() -> base.bonuses(List.of(bonus.trigger("A_X").build())).build()))
        .isEmpty();
    assertThat(problems(() -> base.bonuses(List.of(bonus.trigger("R_X").build())).build()))
        .containsExactly("/bonuses/0/trigger rating.star.trigger.unknown");
    assertThat(problems(() -> base.bonuses(List.of(bonus.trigger("AGE").build())).build()))
        .containsExactly("/bonuses/0/trigger rating.star.bonus.trigger.boolean");
    assertThat(message(() -> base.bonuses(List.of(bonus.trigger("AGE").build())).build()))
        .isEqualTo("Bonus B is triggered by AGE, a count: a bonus needs a yes-or-no fact or "
            + "indicator");
    Bonus strayCategory = Bonus.builder().code("B").name("加分").points(10).trigger("VETERAN")
        .addCategories("A", "Z").build();
    assertThat(problems(() -> base.bonuses(List.of(strayCategory)).build()))
        .containsExactly("/bonuses/0/categories/1 rating.star.category.unknown");
    assertThat(message(() -> base.bonuses(List.of(strayCategory)).build()))
        .isEqualTo("B names an unknown category 'Z'");
  }

  @Test
  void R_STAR_7_aVetoIsTriggeredByAKnownInputAndWithholdsKnownCategories() {
    StarScheme.Builder base = scheme()
        .addFacts(Fact.of("CONVICTED", "刑事犯罪", ValueType.BOOLEAN),
            Fact.of("OFFENCES", "违法次数", ValueType.COUNT));
    Veto.Builder veto = Veto.builder().code("V").name("否决").everyStar(true);
    assertThat(problems(() -> base.vetoes(List.of(veto.trigger("CONVICTED").build())).build()))
        .isEmpty();
    assertThat(problems(() -> base.vetoes(List.of(veto.trigger("OFFENCES")
        .atLeast(BigDecimal.valueOf(2)).build())).build())).isEmpty();
    assertThat(problems(() -> base.vetoes(List.of(Veto.builder().code("V").name("否决")
        .everyStar(true).trigger("CONVICTED").atLeast(BigDecimal.ONE).build())).build()))
        .containsExactly("/vetoes/0/atLeast rating.star.veto.atLeast.boolean");
    assertThat(problems(() -> base.vetoes(List.of(Veto.builder().code("V").name("否决")
        .everyStar(true).trigger("ARSON").build())).build()))
        .containsExactly("/vetoes/0/trigger rating.star.trigger.unknown");
    assertThat(message(() -> base.vetoes(List.of(Veto.builder().code("V").name("否决")
        .everyStar(true).trigger("ARSON").build())).build()))
        .isEqualTo("V is triggered by 'ARSON', which is no indicator or fact of the scheme");
    assertThat(problems(() -> base.vetoes(List.of(Veto.builder().code("V").name("否决")
        .trigger("CONVICTED").addCategories("Z", "A").build())).build()))
        .containsExactly("/vetoes/0/categories/0 rating.star.category.unknown");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThat(problems(() -> StarScheme.builder().code("t").name("").maxStars(0)
        .numberScale(9).addCategories(category("A", true)).build())).containsExactly(
            "/code core.code.syntax", "/name core.blank", "/maxStars rating.star.scheme.maxStars",
            "/numberScale rating.star.scheme.numberScale",
            "/maxStars rating.star.scheme.requiredOverMax");
  }

  @Test
  void R_STAR_1_aSchemeFindsItsCategoriesByCodeAndPosition() {
    StarScheme scheme = scheme().addCategories(category("B", true)).build();
    assertThat(scheme.maxStars()).isEqualTo(10);
    assertThat(scheme.numberScale()).isEqualTo(2);
    assertThat(scheme.category("B")).contains(scheme.categories().get(1));
    assertThat(scheme.category("Z")).isEmpty();
    assertThat(scheme.indexOf("A")).isZero();
    assertThat(scheme.indexOf("B")).isEqualTo(1);
    assertThat(scheme.indexOf("Z")).isEqualTo(-1);
  }
}
