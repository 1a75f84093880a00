package io.github.xiangzhi.rating.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.testkit.rating.PointsGens;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PointsPolicyTest {
  static final ProfileLoader LOADER = ProfileLoader.standard();

  private static final PointsPolicy PRESET = load();

  /** The preset {@code MORAL_SAVINGS_BANK} loaded through the profile loader, as a county would. */
  static PointsPolicy preset() {
    return PRESET;
  }

  private static PointsPolicy load() {
    String yaml = "profile: {id: yingerbu, name: 营尔村}\npoints:\n"
        + new PointsSection().presets().get("MORAL_SAVINGS_BANK").indent(2);
    return LOADER.parse(yaml, "moral-savings-bank.yaml").section(PointsPolicy.class)
        .orElseThrow();
  }

  @Test
  void R_PTS_1_thePresetHasTheThreeSavingsOf002AndTheSupermarketOf004() {
    PointsPolicy policy = preset();
    assertThat(policy.categories()).extracting(PointsCategory::name)
        .containsExactly("储蓄友爱", "储蓄孝顺", "储蓄诚信");
    assertThat(policy.category("FILIAL_PIETY").orElseThrow().displayName(Locale.ENGLISH))
        .isEqualTo("saving filial piety");
    PointsRule patrol = policy.ruleFor("PATROL_SHIFT").orElseThrow();
    assertThat(patrol.category()).isEqualTo("FRIENDLINESS");
    assertThat(patrol.cap()).contains(PointsCap.of(PeriodKind.MONTH, 20));
    assertThat(policy.isDeduction(policy.ruleFor("BLACK_LIST").orElseThrow())).isTrue();
    assertThat(policy.isDeduction(patrol)).isFalse();
    assertThat(policy.ruleFor("MEDIATION_HELP")).isPresent();
    assertThat(policy.ruleFor("RED_LIST")).isPresent();
    assertThat(policy.item("COOKING_OIL").orElseThrow().price()).isEqualTo(60);
    assertThat(policy.penaltiesMayOverdraw()).isFalse();
    // 2024's points expire when 2025 ends, in Beijing time
    assertThat(policy.expiry().orElseThrow()
        .expiresAt(Instant.parse("2024-03-05T04:00:00Z"), GovernanceCalendar.CHINA))
        .isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
  }

  @Test
  void R_PTS_1_theSummaryIsInTheReadersLanguage() {
    PointsSection section = new PointsSection();
    PointsPolicy policy = preset();
    assertThat(section.summary(policy, Locale.ENGLISH)).isEqualTo("3 categories, 6 earning rules, "
        + "2 deduction rules, 5 supermarket items; points are kept 1 more year(s) after the year "
        + "they were earned in");
    assertThat(section.summary(policy, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("3 个积分类别,6 条加分规则,2 条扣分规则,积分超市 5 种商品;积分在获得所在年结束后再保留 1 个周期");
    PointsPolicy noExpiry = PointsPolicy.builder().from(policy).expiry(java.util.Optional.empty())
        .build();
    assertThat(section.summary(noExpiry, Locale.CHINA)).endsWith("积分长期有效");
  }

  @Test
  void R_PTS_1_everyBrokenRuleOfThePolicyIsNamedWithItsPath() {
    String broken = String.join("\n",
        "profile: {id: broken, name: 测试}",
        "points:",
        "  categories:",
        "    - {code: LOVE, name: 储蓄友爱}",
        "    - {code: LOVE, name: 重复}",                                          // 5
        "  earning:",
        "    - {code: A, name: 甲, eventKind: K1, category: LOVE, points: 5}",
        "    - {code: B, name: 乙, eventKind: K2, category: NONE, points: 5}",    // 8
        "    - {code: C, name: 丙, eventKind: K3, category: LOVE, points: 5,",
        "       cap: {period: MONTH, maxPoints: 0}}",                             // 10
        "  deductions:",
        "    - {code: A, name: 丁, eventKind: K1, category: LOVE, points: 3}",    // 12
        "  catalogue:",
        "    - {code: SOAP, name: 肥皂, price: 5, stock: 1}",
        "    - {code: SOAP, name: 香皂, price: 5, stock: 1}",                      // 15
        "");
    ProfileException e = catchThrowableOfType(ProfileException.class,
        () -> LOADER.parse(broken, "broken.yaml"));
    // element checks stop binding at the first broken element; fix it and the rest shows
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("/points/earning/2/cap/maxPoints");
      assertThat(p.line()).isEqualTo(10);
      assertThat(p.messageKey()).isEqualTo("rating.points.policy.positive");
      assertThat(p.message(Locale.ENGLISH)).endsWith("The maxPoints must be positive, not 0");
    });

    String fixedCap = broken.replace("maxPoints: 0", "maxPoints: 10");
    e = catchThrowableOfType(ProfileException.class, () -> LOADER.parse(fixedCap, "b.yaml"));
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("/points/categories/1/code", 5, "core.duplicate"),
            tuple("/points/catalogue/1/code", 15, "core.duplicate"),
            tuple("/points/earning/1/category", 8, "rating.points.policy.unknownCategory"),
            tuple("/points/deductions/0/code", 12, "rating.points.policy.duplicate"),
            tuple("/points/deductions/0/eventKind", 12, "rating.points.policy.duplicate"));
    Problem unknown = e.problems().stream()
        .filter(p -> p.messageKey().equals("rating.points.policy.unknownCategory")).findFirst()
        .orElseThrow();
    assertThat(unknown.message(Locale.ENGLISH))
        .contains("Rule B counts towards the category 'NONE', which the policy does not define");
    assertThat(unknown.message(Locale.CHINA)).contains("规则 B 计入的类别“NONE”在积分制度中未定义");
  }

  @Test
  void R_PTS_1_pricesStocksPointsAndCapsAreChecked() {
    InvalidValueException price = catchThrowableOfType(InvalidValueException.class,
        () -> CatalogueItem.of("SOAP", "肥皂", -5, -1));
    assertThat(price.violations()).extracting(InvalidValueException.Violation::path)
        .containsExactly("/price", "/stock");
    assertThat(price.getMessage()).isEqualTo("The price must be positive, not -5");
    InvalidValueException points = catchThrowableOfType(InvalidValueException.class,
        () -> PointsRule.builder().code("bad code").name(" ").eventKind("K").category("C")
            .points(0).build());
    assertThat(points.violations()).extracting(InvalidValueException.Violation::path)
        .containsExactly("/code", "/name", "/points");
    assertThat(catchThrowableOfType(InvalidValueException.class,
        () -> PointsCap.of(PeriodKind.MONTH, 0)).getMessage())
        .isEqualTo("The maxPoints must be positive, not 0");
    assertThat(catchThrowableOfType(InvalidValueException.class,
        () -> ExpiryPolicy.of(PeriodKind.YEAR, -1)).violations())
        .extracting(InvalidValueException.Violation::path).containsExactly("/periodsKept");
  }

  @Test
  void R_PTS_1_policiesRoundTripThroughJsonAndTheProfile() throws Exception {
    ObjectMapper json = XiangzhiJson.newMapper();
    PointsPolicy preset = preset();
    assertThat(json.readValue(json.writeValueAsString(preset), PointsPolicy.class))
        .isEqualTo(preset);
    qt().forAll(PointsGens.policies()).checkAssert(policy -> {
      try {
        assertThat(json.readValue(json.writeValueAsString(policy), PointsPolicy.class))
            .isEqualTo(policy);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
    CountyProfile profile = LOADER.assemble(java.util.Map.of("profile",
        io.github.xiangzhi.core.profile.ProfileInfo.builder().id("t").name("测试").build(),
        "points", preset));
    assertThat(LOADER.parse(LOADER.toYaml(profile), "again.yaml").section(PointsPolicy.class))
        .contains(preset);
    assertThat(LOADER.jsonSchema().get("properties").has("points")).isTrue();
  }
}
