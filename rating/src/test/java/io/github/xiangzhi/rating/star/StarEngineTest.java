package io.github.xiangzhi.rating.star;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.testkit.core.Examples;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StarEngineTest {
  static final StarScheme CHANGZHI = StarGens.changzhi().scheme();
  static final StarEngine ENGINE = StarEngine.create();
  static final HouseholdId H = HouseholdId.of("h-0217");

  /** A household that meets every indicator of every Changzhi category in full. */
  static Evidence model() {
    return Evidence.builder()
        .flag("SUPPORTS_COLLECTIVE").set("COLLECTIVE_ACTIVITIES", 4).flag("PATRIOTIC_EDUCATION")
        .flag("HAS_ENTERPRISE").set("INCOME_GROWTH_PERCENT", new BigDecimal("6.5"))
        .set("JOBS_CREATED", 3)
        .flag("NO_ARREARS").flag("CREDIT_HOUSEHOLD").set("BROKEN_CONTRACTS", 0)
        .set("NEIGHBOUR_DISPUTES", 0).set("HELPING_ACTS", 2)
        .set("MORAL_REVIEW_SCORE", new BigDecimal("92"))
        .flag("CARES_FOR_ELDERS").flag("FAMILY_HARMONY").flag("CHILDREN_IN_SCHOOL")
        .set("VOLUNTEER_SERVICES", 5).flag("FRUGAL_CEREMONIES")
        .set("POINTS_BALANCE", new BigDecimal("120.50"))
        .set("VIOLATIONS", 0).flag("LEGAL_EDUCATION").flag("NO_DRUGS_GAMBLING")
        .flag("WASTE_SORTING").flag("NO_STRAW_BURNING").set("TREES_PLANTED", 7)
        .flag("CLEAN_COURTYARD").flag("SANITARY_TOILET").flag("EPIDEMIC_PREVENTION")
        .set("TRAINING_SESSIONS", 4).flag("FAMILY_READING").set("CULTURE_SPORTS", 2)
        .build();
  }

  @Test
  void R_STAR_1_aHouseholdMeetingEveryStandardHoldsTheTenStars() {
    StarResult result = ENGINE.evaluate(CHANGZHI, H, model());
    assertThat(result.total()).isEqualTo(10);
    assertThat(result.stars()).containsExactly("LOVE_PARTY_AND_COUNTRY", "HARD_WORK_PROSPERITY",
        "HONESTY_TRUST", "UNITY_FRIENDLINESS", "FILIAL_PIETY_FAMILY", "CIVILIZED_CUSTOMS",
        "LAW_ABIDING", "GREEN_ENVIRONMENT", "HYGIENE_HEALTH", "SCIENCE_EDUCATION");
    assertThat(result.outcomes()).allSatisfy(o -> assertThat(o.score()).isEqualTo(100));
  }

  @Test
  void R_STAR_2_aStarIsEarnedExactlyAtItsPassMarkAndEveryIndicatorIsExplained() {
    // 爱党爱国: 30 (supports collective) + 3 activities × 10 = 60 = the pass mark
    Evidence evidence = Evidence.builder().flag("SUPPORTS_COLLECTIVE")
        .set("COLLECTIVE_ACTIVITIES", 3).build();
    StarResult result = ENGINE.evaluate(CHANGZHI, H, evidence);
    assertThat(result.stars()).containsExactly("LOVE_PARTY_AND_COUNTRY");
    assertThat(result.outcome("LOVE_PARTY_AND_COUNTRY").orElseThrow().score()).isEqualTo(60);
    List<StarReason> reasons = result.reasonsFor("LOVE_PARTY_AND_COUNTRY");
    assertThat(reasons).extracting(StarReason::kind).containsExactly(ReasonKind.INDICATOR_MET,
        ReasonKind.INDICATOR_PARTIAL, ReasonKind.INDICATOR_MISSING, ReasonKind.CATEGORY_EARNED);
    assertThat(reasons.get(1).text(Locale.ENGLISH)).isEqualTo(
        "LOVE_PARTY_AND_COUNTRY: indicator COLLECTIVE_ACTIVITIES = 3 scores 30 of 40 points");
    assertThat(reasons.get(1).text(Locale.CHINA)).isEqualTo(
        "LOVE_PARTY_AND_COUNTRY:指标 COLLECTIVE_ACTIVITIES = 3,得 30 分(满分 40 分)");
    assertThat(reasons.get(3).text(Locale.ENGLISH)).isEqualTo(
        "LOVE_PARTY_AND_COUNTRY: 60 points reach the pass mark of 60: star earned");

    // one activity fewer: 50 < 60
    StarResult below = ENGINE.evaluate(CHANGZHI, H, Evidence.builder()
        .flag("SUPPORTS_COLLECTIVE").set("COLLECTIVE_ACTIVITIES", 2).build());
    assertThat(below.stars()).isEmpty();
    assertThat(below.outcome("LOVE_PARTY_AND_COUNTRY").orElseThrow().status())
        .isEqualTo(CategoryStatus.NOT_MET);
  }

  @Test
  void R_STAR_2_atMostIndicatorsNeedAValueAndNumbersCompareExactly() {
    // 团结友善: no disputes (40) + moral review 80.00 ≥ 80 (30) = 70
    StarResult met = ENGINE.evaluate(CHANGZHI, H, Evidence.builder().set("NEIGHBOUR_DISPUTES", 0)
        .set("MORAL_REVIEW_SCORE", new BigDecimal("80.00")).build());
    assertThat(met.hasStar("UNITY_FRIENDLINESS")).isTrue();
    // 79.99 is not 80; a dispute fails the at-most-zero indicator; no value scores nothing
    assertThat(ENGINE.evaluate(CHANGZHI, H, Evidence.builder().set("NEIGHBOUR_DISPUTES", 0)
        .set("MORAL_REVIEW_SCORE", new BigDecimal("79.99")).build()).stars()).isEmpty();
    assertThat(ENGINE.evaluate(CHANGZHI, H, Evidence.builder().set("NEIGHBOUR_DISPUTES", 1)
        .set("MORAL_REVIEW_SCORE", new BigDecimal("95")).build()).stars()).isEmpty();
    assertThat(ENGINE.evaluate(CHANGZHI, H, Evidence.builder().set("HELPING_ACTS", 2)
        .set("MORAL_REVIEW_SCORE", new BigDecimal("95")).build()).stars()).containsExactly(
            "UNITY_FRIENDLINESS");
  }

  @Test
  void R_STAR_7_aVeteranHouseholdsBonusLiftsItOverThePassMark() {
    // 遵规守法: legal education 20 + no drugs or gambling 30 = 50, short of 60
    Evidence evidence = Evidence.builder().flag("LEGAL_EDUCATION").flag("NO_DRUGS_GAMBLING")
        .build();
    assertThat(ENGINE.evaluate(CHANGZHI, H, evidence).hasStar("LAW_ABIDING")).isFalse();
    StarResult veteran = ENGINE.evaluate(CHANGZHI, H,
        evidence.with(Evidence.builder().flag("VETERAN_HOUSEHOLD").build()));
    assertThat(veteran.hasStar("LAW_ABIDING")).isTrue();
    CategoryOutcome outcome = veteran.outcome("LAW_ABIDING").orElseThrow();
    assertThat(outcome.score()).isEqualTo(60);
    assertThat(outcome.bonus()).isEqualTo(10);
    assertThat(veteran.reasonsFor("LAW_ABIDING")).filteredOn(r -> r.kind() == ReasonKind.BONUS)
        .singleElement().satisfies(r -> {
          assertThat(r.subject()).contains("VETERAN");
          assertThat(r.text(Locale.ENGLISH)).isEqualTo("LAW_ABIDING: bonus VETERAN adds 10 points");
        });
  }

  @Test
  void R_STAR_7_aConvictionVetoesEveryStarAndTheBlackListNamedOnes() {
    StarResult convicted = ENGINE.evaluate(CHANGZHI, H,
        model().with(Evidence.builder().flag("CRIMINAL_CONVICTION").build()));
    assertThat(convicted.stars()).isEmpty();
    assertThat(convicted.outcomes()).allSatisfy(o ->
        assertThat(o.status()).isEqualTo(CategoryStatus.VETOED));
    assertThat(convicted.reasons()).filteredOn(r -> r.kind() == ReasonKind.VETO).singleElement()
        .satisfies(r -> {
          assertThat(r.category()).isEmpty();
          assertThat(r.text(Locale.ENGLISH))
              .isEqualTo("every star withheld by veto CONVICTION (value true)");
          assertThat(r.text(Locale.CHINA)).isEqualTo("因否决项 CONVICTION(取值 true)所有星级均不授予");
        });

    StarResult listed = ENGINE.evaluate(CHANGZHI, H,
        model().with(Evidence.builder().flag("BLACK_LIST").build()));
    assertThat(listed.total()).isEqualTo(8);
    assertThat(listed.stars()).doesNotContain("CIVILIZED_CUSTOMS", "LAW_ABIDING");
    assertThat(listed.outcome("LAW_ABIDING").orElseThrow().status())
        .isEqualTo(CategoryStatus.VETOED);
    assertThat(listed.reasonsFor("CIVILIZED_CUSTOMS")).extracting(StarReason::kind)
        .contains(ReasonKind.VETO);
    assertThat(listed.reasonsFor("GREEN_ENVIRONMENT")).extracting(StarReason::kind)
        .doesNotContain(ReasonKind.VETO);
  }

  @Test
  void R_STAR_8_thePointsBalanceFeedsTheCivilizedCustomsStar() {
    // 文明风尚: frugal ceremonies 30 + points ≥ 100 → 30 = 60
    Evidence without = Evidence.builder().flag("FRUGAL_CEREMONIES")
        .set("POINTS_BALANCE", new BigDecimal("99.99")).build();
    assertThat(ENGINE.evaluate(CHANGZHI, H, without).hasStar("CIVILIZED_CUSTOMS")).isFalse();
    StarResult with = ENGINE.evaluate(CHANGZHI, H, Evidence.builder().flag("FRUGAL_CEREMONIES")
        .set("POINTS_BALANCE", 100).build());
    assertThat(with.hasStar("CIVILIZED_CUSTOMS")).isTrue();
    assertThat(with.reasonsFor("CIVILIZED_CUSTOMS")).anySatisfy(r -> {
      assertThat(r.subject()).contains("POINTS_REACHED");
      assertThat(r.value()).contains("100.00");
      assertThat(r.kind()).isEqualTo(ReasonKind.INDICATOR_MET);
    });
  }

  @Test
  void requiredStarsAndTheMaximumApplyInOrder() {
    StarScheme scheme = StarScheme.builder().code("T").name("测试").maxStars(2)
        .addCategories(category("A", false), category("B", true), category("C", false))
        .build();
    // all three earned: B is required and kept first, then A; C is beyond the maximum
    StarResult all = ENGINE.evaluate(scheme, H, Evidence.builder().flag("A_X").flag("B_X")
        .flag("C_X").build());
    assertThat(all.stars()).containsExactly("A", "B");
    assertThat(all.outcome("C").orElseThrow().status()).isEqualTo(CategoryStatus.CAPPED);
    // without the required B nothing is held, and the reason names it
    StarResult noB = ENGINE.evaluate(scheme, H, Evidence.builder().flag("A_X").flag("C_X")
        .build());
    assertThat(noB.stars()).isEmpty();
    assertThat(noB.outcome("A").orElseThrow().status()).isEqualTo(CategoryStatus.WITHHELD);
    assertThat(noB.reasons()).filteredOn(r -> r.kind() == ReasonKind.REQUIRED_MISSING)
        .singleElement().satisfies(r -> assertThat(r.text(Locale.ENGLISH))
            .isEqualTo("the required star B is not held: no star is awarded"));
  }

  static StarCategory category(String code, boolean required) {
    return StarCategory.builder().code(code).name(code).required(required).passMark(1)
        .addIndicators(Indicator.flag(code + "_X", "指标", 1)).build();
  }

  @Test
  void evidenceThatDoesNotFitTheSchemeIsATypedErrorNamingHouseholdAndCode() {
    EvidenceException unknown = catchThrowableOfType(EvidenceException.class, () ->
        ENGINE.evaluate(CHANGZHI, H, Evidence.builder().set("SWIMMING_POOLS", 2).build()));
    assertThat(unknown.household()).isEqualTo("h-0217");
    assertThat(unknown.code()).isEqualTo("SWIMMING_POOLS");
    assertThat(unknown.getMessage())
        .isEqualTo("Household h-0217: scheme CHANGZHI has no indicator or fact 'SWIMMING_POOLS'");
    assertThat(unknown.message(Locale.CHINA))
        .isEqualTo("农户 h-0217:星级标准 CHANGZHI 中没有指标或户情事实“SWIMMING_POOLS”");
    assertThatThrownBy(() -> ENGINE.evaluate(CHANGZHI, H,
        Evidence.builder().flag("VOLUNTEER_SERVICES").build()))
        .isInstanceOf(EvidenceException.class)
        .hasMessage("Household h-0217: VOLUNTEER_SERVICES takes a count value, not a yes-or-no");
    assertThatThrownBy(() -> ENGINE.evaluate(CHANGZHI, H,
        Evidence.builder().set("POINTS_REACHED", 120).build()))
        .isInstanceOf(EvidenceException.class)
        .hasMessage("Household h-0217: indicator POINTS_REACHED reads the fact POINTS_BALANCE; "
            + "give POINTS_BALANCE instead");
    assertThatThrownBy(() -> ENGINE.evaluate(CHANGZHI, H,
        Evidence.builder().set("POINTS_BALANCE", new BigDecimal("1.005")).build()))
        .isInstanceOf(EvidenceException.class)
        .hasMessage("Household h-0217: POINTS_BALANCE = 1.005 has more than 2 decimal places");
    assertThatThrownBy(() -> ENGINE.evaluate(CHANGZHI, H,
        Evidence.builder().set("TREES_PLANTED", new BigDecimal("2.5")).build()))
        .isInstanceOf(EvidenceException.class);
    assertThatThrownBy(() -> Evidence.builder().set("TREES_PLANTED", -1).build())
        .hasMessage("Count TREES_PLANTED is -1: counts are at least 0");
  }

  @Test
  void theEngineAgreesWithTheNaiveReference() {
    qt().withExamples(Examples.of(300)).forAll(StarGens.schemes(), longs().all())
        .checkAssert((scheme, seed) -> {
      Evidence evidence = StarGens.evidence(scheme, seed);
      StarResult result = ENGINE.evaluate(scheme, H, evidence);
      assertThat(result.stars()).containsExactlyElementsOf(
          ReferenceEngine.stars(scheme, evidence));
      assertThat(result.outcomes().stream().filter(CategoryOutcome::earned).count())
          .isEqualTo(result.total());
    });
  }

  @Test
  void theBatchPathGivesEveryHouseholdTheStarsOfTheSingleEvaluation() {
    qt().withExamples(Examples.of(300)).forAll(StarGens.schemes(), longs().all(), integers().between(0, 40))
        .checkAssert((scheme, seed, households) -> {
          EvidenceTable.Builder table = EvidenceTable.builder(scheme, households);
          List<Evidence> rows = new ArrayList<>();
          for (int h = 0; h < households; h++) {
            Evidence evidence = StarGens.evidence(scheme, seed + h);
            rows.add(evidence);
            table.put(h, evidence);
            // a yes-or-no recorded as "no" counts as no value: no points, no bonus, no veto
            for (java.util.Map.Entry<String, ValueType> input : scheme.inputs().entrySet()) {
              if (input.getValue() == ValueType.BOOLEAN && !evidence.flags().contains(
                  input.getKey()) && (seed + h + input.getKey().length()) % 2 == 0) {
                table.set(h, input.getKey(), false);
              }
            }
          }
          EvidenceTable built = table.build();
          StarTable stars = ENGINE.evaluateAll(scheme, built);
          for (int h = 0; h < households; h++) {
            StarResult one = ENGINE.evaluate(scheme, HouseholdId.of("h" + h), rows.get(h));
            assertThat(stars.stars(h)).isEqualTo(one.stars());
            assertThat(stars.total(h)).isEqualTo(one.total());
            assertThat(built.evidence(h)).isEqualTo(rows.get(h));
          }
        });
  }

  @Test
  void theBatchPathAgreesAcrossItsBlocksOfHouseholds() {
    // more households than one block of the kernel, with a remainder
    int households = 2 * 1024 + 333;
    for (long seed : new long[] {1, 2, 3}) {
      StarScheme scheme = StarGens.scheme(seed, true);
      EvidenceTable.Builder table = EvidenceTable.builder(scheme, households);
      List<Evidence> rows = new ArrayList<>();
      for (int h = 0; h < households; h++) {
        rows.add(StarGens.evidence(scheme, seed * 10_000 + h));
        table.put(h, rows.get(h));
      }
      byte[] totals = new byte[households + 5];
      long[] masks = new long[households + 5];
      ENGINE.evaluateInto(scheme, table.build(), totals, masks);
      for (int h = 0; h < households; h++) {
        StarResult one = ENGINE.evaluate(scheme, HouseholdId.of("h" + h), rows.get(h));
        assertThat(totals[h]).as("household %s", h).isEqualTo((byte) one.total());
        assertThat(Long.bitCount(masks[h])).isEqualTo(one.total());
      }
    }
  }

  @Test
  void R_STAR_2_moreEvidenceNeverYieldsFewerStars() {
    qt().withExamples(Examples.of(300)).forAll(StarGens.schemesWithoutVetoes(), longs().all(), longs().all())
        .checkAssert((scheme, seed, drop) -> {
          Evidence more = StarGens.evidence(scheme, seed);
          Evidence less = StarGens.less(more, drop);
          assertThat(more.with(less)).isEqualTo(more);
          int fewer = ENGINE.evaluate(scheme, H, less).total();
          assertThat(ENGINE.evaluate(scheme, H, more).total()).isGreaterThanOrEqualTo(fewer);
        });
  }

  @Test
  void R_STAR_7_aVetoNeverAddsAStar() {
    qt().withExamples(Examples.of(300)).forAll(StarGens.schemes(), longs().all())
        .checkAssert((scheme, seed) -> {
      Evidence evidence = StarGens.evidence(scheme, seed);
      StarScheme unvetoed = StarScheme.builder().from(scheme).vetoes(List.of()).build();
      Set<String> with = ENGINE.evaluate(scheme, H, evidence).stars();
      Set<String> without = ENGINE.evaluate(unvetoed, H, evidence).stars();
      assertThat(without).containsAll(with);
    });
  }

  @Test
  void theBatchPathChecksItsInput() {
    EvidenceTable.Builder table = EvidenceTable.builder(CHANGZHI, 3);
    assertThatThrownBy(() -> table.set(1, "NO_SUCH_INDICATOR", 2))
        .isInstanceOf(EvidenceException.class)
        .hasMessage("Household #1: scheme CHANGZHI has no indicator or fact 'NO_SUCH_INDICATOR'");
    assertThatThrownBy(() -> table.set(3, "VIOLATIONS", 0))
        .isInstanceOf(IndexOutOfBoundsException.class);
    table.set(0, "VIOLATIONS", 0).set(0, "LEGAL_EDUCATION", true);
    // a row that fails part-way leaves the row as it was
    assertThatThrownBy(() -> table.put(0, Evidence.builder().flag("NO_DRUGS_GAMBLING")
        .set("UNKNOWN", 1).build())).isInstanceOf(EvidenceException.class);
    assertThat(table.build().evidence(0)).isEqualTo(Evidence.builder().set("VIOLATIONS", 0)
        .flag("LEGAL_EDUCATION").build());
    StarScheme other = StarScheme.builder().from(CHANGZHI).code("OTHER").build();
    assertThatThrownBy(() -> ENGINE.evaluateAll(other, table.build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CHANGZHI");
  }
}
