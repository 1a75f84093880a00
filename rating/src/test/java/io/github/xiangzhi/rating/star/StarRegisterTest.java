package io.github.xiangzhi.rating.star;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.testkit.core.Examples;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StarRegisterTest {
  static final StarScheme CHANGZHI = StarGens.changzhi().scheme();
  static final StarEngine ENGINE = StarEngine.create();
  static final GovernancePeriod Y2023 = GovernancePeriod.ofYear(2023);
  static final GovernancePeriod Y2024 = GovernancePeriod.ofYear(2024);
  static final HouseholdId ZHANG = HouseholdId.of("zhang");
  static final HouseholdId LI = HouseholdId.of("li");

  @Test
  void R_STAR_4_starsGoUpAndDownAtTheYearEndEachWithItsReason() {
    StarRegister register = StarRegister.empty().record(Y2023, Map.of(
        ZHANG, Set.of("LAW_ABIDING", "GREEN_ENVIRONMENT"),
        LI, Set.of("HYGIENE_HEALTH")));
    // 2024: Zhang still law-abiding, now also hygienic, but burned straw (green lost);
    // Li let the courtyard go (hygiene lost)
    StarResult zhang = ENGINE.evaluate(CHANGZHI, ZHANG, Evidence.builder()
        .set("VIOLATIONS", 0).flag("LEGAL_EDUCATION").flag("NO_DRUGS_GAMBLING")
        .flag("WASTE_SORTING").set("TREES_PLANTED", 1)
        .flag("CLEAN_COURTYARD").flag("SANITARY_TOILET").build());
    StarResult li = ENGINE.evaluate(CHANGZHI, LI, Evidence.builder()
        .flag("SANITARY_TOILET").build());
    YearEndAdjustment adjustment = register.adjust(Y2024, List.of(zhang, li));

    StarChange up = adjustment.changes().get(0);
    assertThat(up.before()).containsExactlyInAnyOrder("LAW_ABIDING", "GREEN_ENVIRONMENT");
    assertThat(up.after()).containsExactly("LAW_ABIDING", "HYGIENE_HEALTH");
    assertThat(up.added()).extracting(StarDelta::category).containsExactly("HYGIENE_HEALTH");
    assertThat(up.removed()).extracting(StarDelta::category).containsExactly("GREEN_ENVIRONMENT");
    StarDelta lost = up.removed().get(0);
    assertThat(lost.outcome().orElseThrow().score()).isEqualTo(50);
    assertThat(lost.text(Locale.ENGLISH))
        .isEqualTo("GREEN_ENVIRONMENT removed: 50 points against a pass mark of 60, not met");
    assertThat(lost.text(Locale.CHINA)).isEqualTo("GREEN_ENVIRONMENT 摘星:得分 50,及格线 60,未达标");
    assertThat(lost.reasons()).extracting(StarReason::kind).contains(
        ReasonKind.INDICATOR_MISSING, ReasonKind.CATEGORY_NOT_MET);
    assertThat(up.added().get(0).text(Locale.ENGLISH))
        .isEqualTo("HYGIENE_HEALTH added: 70 points reach the pass mark of 60");

    StarChange down = adjustment.changes().get(1);
    assertThat(down.added()).isEmpty();
    assertThat(down.removed()).extracting(StarDelta::category).containsExactly("HYGIENE_HEALTH");
    assertThat(adjustment.changed()).hasSize(2);

    // history is kept across years
    StarRegister after = adjustment.register();
    assertThat(after.history(ZHANG)).containsOnlyKeys(Y2023, Y2024);
    assertThat(after.stars(ZHANG, Y2023))
        .contains(ImmutableSet.of("LAW_ABIDING", "GREEN_ENVIRONMENT"));
    assertThat(after.stars(LI, Y2024)).contains(ImmutableSet.of());
  }

  @Test
  void R_STAR_4_aVetoRemovesAStarWithTheVetoAsItsReason() {
    StarRegister register = StarRegister.empty().record(Y2023,
        Map.of(ZHANG, Set.of("LAW_ABIDING")));
    StarResult listed = ENGINE.evaluate(CHANGZHI, ZHANG, Evidence.builder()
        .set("VIOLATIONS", 0).flag("LEGAL_EDUCATION").flag("NO_DRUGS_GAMBLING")
        .flag("BLACK_LIST").build());
    StarDelta removed = register.adjust(Y2024, List.of(listed)).changes().get(0).removed().get(0);
    assertThat(removed.outcome().orElseThrow().status()).isEqualTo(CategoryStatus.VETOED);
    assertThat(removed.reasons()).extracting(StarReason::kind).contains(ReasonKind.VETO);
  }

  @Test
  void R_STAR_4_addedAndRemovedAreDisjointAndExplainEveryChange() {
    qt().withExamples(Examples.of(200)).forAll(StarGens.schemes(), longs().all(), integers().between(1, 8))
        .checkAssert((scheme, seed, households) -> {
          List<StarResult> lastYear = new ArrayList<>();
          List<StarResult> thisYear = new ArrayList<>();
          for (int h = 0; h < households; h++) {
            HouseholdId id = HouseholdId.of("h" + h);
            lastYear.add(ENGINE.evaluate(scheme, id, StarGens.evidence(scheme, seed + h)));
            thisYear.add(ENGINE.evaluate(scheme, id, StarGens.evidence(scheme, ~seed - h)));
          }
          StarRegister register = StarRegister.empty().adjust(Y2023, lastYear).register();
          YearEndAdjustment adjustment = register.adjust(Y2024, thisYear);
          for (StarChange change : adjustment.changes()) {
            Set<String> added = new HashSet<>();
            change.added().forEach(d -> added.add(d.category()));
            Set<String> removed = new HashSet<>();
            change.removed().forEach(d -> removed.add(d.category()));
            assertThat(Sets.intersection(added, removed)).isEmpty();
            Set<String> rebuilt = new HashSet<>(change.before());
            rebuilt.addAll(added);
            rebuilt.removeAll(removed);
            assertThat(rebuilt).isEqualTo(change.after());
            assertThat(added).isEqualTo(Sets.difference(change.after(), change.before()));
            assertThat(removed).isEqualTo(Sets.difference(change.before(), change.after()));
            change.added().forEach(d ->
                assertThat(d.outcome().orElseThrow().earned()).isTrue());
            change.removed().forEach(d ->
                assertThat(d.outcome().orElseThrow().earned()).isFalse());
            assertThat(adjustment.register().stars(change.household(), Y2024))
                .contains(change.after());
          }
        });
  }

  @Test
  void aRegisterRejectsWhatIsNotAYearAndHouseholdsGivenTwice() {
    StarResult zhang = ENGINE.evaluate(CHANGZHI, ZHANG, Evidence.empty());
    assertThatThrownBy(() -> StarRegister.empty().adjust(GovernancePeriod.ofQuarter(2024, 4),
        List.of(zhang))).isInstanceOf(InvalidValueException.class)
        .hasMessage("Ratings are annual: 2024-Q4 is not a year");
    assertThatThrownBy(() -> StarRegister.empty().adjust(Y2024, List.of(zhang, zhang)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Household 'zhang' has two results for 2024");
    assertThatThrownBy(() -> StarRegister.of(List.of(StarRecord.of(ZHANG, Y2024, Set.of()),
        StarRecord.of(ZHANG, Y2024, Set.of("A"))))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aStarTheSchemeNoLongerHasIsRemovedWithoutAnOutcome() {
    StarRegister register = StarRegister.empty().record(Y2023,
        Map.of(ZHANG, Set.of("RETIRED_STAR")));
    StarResult now = ENGINE.evaluate(CHANGZHI, ZHANG, Evidence.builder()
        .set("POINTS_BALANCE", new BigDecimal("10")).build());
    StarDelta dropped = register.adjust(Y2024, List.of(now)).changes().get(0).removed().get(0);
    assertThat(dropped.outcome()).isEmpty();
    assertThat(dropped.text(Locale.ENGLISH))
        .isEqualTo("RETIRED_STAR removed: the scheme no longer has this star");
  }

  @Test
  void R_STAR_4_recordingAYearAgainReplacesThatYearAndKeepsTheOthers() {
    StarRegister register = StarRegister.empty()
        .record(Y2023, Map.of(ZHANG, Set.of("LAW_ABIDING")))
        .record(Y2024, Map.of(ZHANG, Set.of("LAW_ABIDING"), LI, Set.of("HYGIENE_HEALTH")))
        .record(Y2024, Map.of(ZHANG, Set.of("GREEN_ENVIRONMENT")));
    assertThat(register.households()).containsExactlyInAnyOrder(ZHANG, LI);
    assertThat(register.history(ZHANG)).containsExactly(
        Map.entry(Y2023, ImmutableSet.of("LAW_ABIDING")),
        Map.entry(Y2024, ImmutableSet.of("GREEN_ENVIRONMENT")));
    assertThat(register.stars(LI, Y2024)).contains(ImmutableSet.of("HYGIENE_HEALTH"));
    assertThat(register.records()).extracting(StarRecord::total).containsExactly(1, 1, 1);
    assertThat(StarRecord.of(LI, Y2024, Set.of("LAW_ABIDING", "HYGIENE_HEALTH")).total())
        .isEqualTo(2);
    assertThat(register.history(HouseholdId.of("wang"))).isEmpty();
    assertThat(register.stars(HouseholdId.of("wang"), Y2024)).isEmpty();
  }

  @Test
  void R_STAR_4_aHouseholdWhoseStarsStayTheSameHasNoChange() {
    StarResult same = StarEngine.create().evaluate(CHANGZHI, ZHANG, Evidence.builder()
        .flag("CLEAN_COURTYARD").flag("SANITARY_TOILET").flag("EPIDEMIC_PREVENTION").build());
    assertThat(same.stars()).containsExactly("HYGIENE_HEALTH");
    YearEndAdjustment adjustment = StarRegister.empty()
        .record(Y2023, Map.of(ZHANG, Set.of("HYGIENE_HEALTH"))).adjust(Y2024, List.of(same));
    assertThat(adjustment.changes()).singleElement().satisfies(c -> {
      assertThat(c.changed()).isFalse();
      assertThat(c.added()).isEmpty();
      assertThat(c.removed()).isEmpty();
    });
    assertThat(adjustment.changed()).isEmpty();
    assertThat(adjustment.register().stars(ZHANG, Y2024))
        .contains(ImmutableSet.of("HYGIENE_HEALTH"));
  }
}
