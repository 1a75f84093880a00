package io.github.xiangzhi.mediation.triage;

import static io.github.xiangzhi.testkit.core.Problems.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.Severity;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Triage, legal-aid tracks and routes built directly: their matching and their checks. */
class TriageEdgesTest {


  static AffairClass affair(String code) {
    return AffairClass.builder().code(code).name(code).build();
  }

  // built afresh in each test: the class index is lazy, cached on the first call
  static Triage weituo() {
    return Triage.builder()
        .addClasses(affair("CIVIL"), affair("VILLAGE"), affair("GOVERNMENT"))
        .addRules(TriageRule.builder().affair("GOVERNMENT").addSeverities(Severity.MAJOR).build())
        .addRules(TriageRule.builder().affair("VILLAGE").addKinds(MatterKind.LAND,
            MatterKind.COLLECTIVE).build())
        .defaultAffair("CIVIL").build();
  }

  @Test
  void R_MED_5_theFirstMatchingRuleSortsAMatterElseTheDefaultClass() {
    Triage weituo = weituo();
    assertThat(weituo.classify(Severity.MAJOR, MatterKind.LAND).code()).isEqualTo("GOVERNMENT");
    assertThat(weituo.classify(Severity.ORDINARY, MatterKind.LAND).code()).isEqualTo("VILLAGE");
    assertThat(weituo.classify(Severity.MINOR, MatterKind.COLLECTIVE).code())
        .isEqualTo("VILLAGE");
    assertThat(weituo.classify(Severity.ORDINARY, MatterKind.NEIGHBOUR).code())
        .isEqualTo("CIVIL");
    assertThat(weituo.affair("VILLAGE")).contains(weituo.classes().get(1));
    assertThat(weituo.affair("TOWN")).isEmpty();
  }

  @Test
  void R_MED_5_aRuleMatchesOnlyTheKindsAndSeveritiesItNames() {
    TriageRule both = TriageRule.builder().affair("VILLAGE").addKinds(MatterKind.LAND)
        .addSeverities(Severity.ORDINARY).build();
    assertThat(both.matches(Severity.ORDINARY, MatterKind.LAND)).isTrue();
    assertThat(both.matches(Severity.MAJOR, MatterKind.LAND)).isFalse();
    assertThat(both.matches(Severity.ORDINARY, MatterKind.FAMILY)).isFalse();
    assertThat(problems(() -> TriageRule.builder().affair("VILLAGE").build()))
        .containsExactly(" mediation.rule.empty");
    assertThat(problems(() -> TriageRule.builder().affair("village")
        .addKinds(MatterKind.LAND).build())).containsExactly("/affair core.code.syntax");
  }

  @Test
  void R_MED_5_aTriageNamesOnlyItsOwnClassesOnce() {
    assertThat(problems(() -> Triage.builder().addClasses(affair("CIVIL"), affair("CIVIL"))
        .defaultAffair("CIVIL").build())).containsExactly("/classes/1/code core.duplicate");
    assertThat(problems(() -> Triage.builder().addClasses(affair("CIVIL"))
        .addRules(TriageRule.builder().affair("TOWN").addKinds(MatterKind.LAND).build())
        .defaultAffair("VILLAGE").build())).containsExactly(
            "/rules/0/affair mediation.triage.affair.unknown",
            "/defaultAffair mediation.triage.affair.unknown");
    // a default that is no code is reported once, as such
    assertThat(problems(() -> Triage.builder().addClasses(affair("CIVIL"))
        .defaultAffair("civil").build())).containsExactly("/defaultAffair core.code.syntax");
    assertThat(problems(() -> Triage.builder().defaultAffair("CIVIL").build()))
        .contains("/classes mediation.triage.empty");
  }

  @Test
  void R_MED_5_aClassNamesCodesAndATimeLimitOfAtLeastADay() {
    assertThat(problems(() -> AffairClass.builder().code("GOVERNMENT").name("政事")
        .tier("town").body("town department").procedure("seven").limitDays(0).build()))
        .containsExactly("/tier core.code.syntax", "/body core.code.syntax",
            "/procedure core.code.syntax", "/limitDays mediation.tier.limit");
    assertThat(AffairClass.builder().code("GOVERNMENT").name("政事").tier("TOWN")
        .body("TOWN_DEPARTMENT").procedure("SEVEN_STEPS").limitDays(1).build().limitDays())
        .contains(1);
  }

  @Test
  void R_MED_3_aTrackMatchesItsSeveritiesAndKindsAndNamesItsPartnersByCode() {
    LegalTrack aid = LegalTrack.builder().code("LEGAL_AID").name("法律援助")
        .addSeverities(Severity.MAJOR).addKinds(MatterKind.LABOUR)
        .addPartners("LEGAL_AID_CENTRE").build();
    assertThat(aid.matches(Severity.MAJOR, MatterKind.LABOUR)).isTrue();
    assertThat(aid.matches(Severity.MAJOR, MatterKind.LAND)).isFalse();
    assertThat(aid.matches(Severity.ORDINARY, MatterKind.LABOUR)).isFalse();
    assertThat(LegalTrack.builder().code("ALL").name("全部").build()
        .matches(Severity.MINOR, MatterKind.OTHER)).isTrue();
    assertThat(problems(() -> LegalTrack.builder().code("LEGAL_AID").name("法律援助")
        .addPartners("LEGAL_AID_CENTRE", "legal aid centre").build()))
        .containsExactly("/partners core.code.syntax");
  }

  @Test
  void R_MED_2_aRouteStartsAtATierWithAPositiveLimitAndMovesOnlyWhenItChanges() {
    Route route = Route.builder().tier("GRID").limitDays(1).build();
    assertThat(route.startingAt("GRID", 1)).isSameAs(route);
    Route village = route.startingAt("VILLAGE", 1);
    assertThat(village.tier()).isEqualTo("VILLAGE");
    assertThat(village.limitDays()).isEqualTo(1);
    Route longer = route.startingAt("GRID", 10);
    assertThat(longer.tier()).isEqualTo("GRID");
    assertThat(longer.limitDays()).isEqualTo(10);
    assertThat(problems(() -> Route.builder().tier("GRID").limitDays(0).build()))
        .containsExactly("/limitDays mediation.tier.limit");
  }
}
