package io.github.xiangzhi.mediation;

import static io.github.xiangzhi.mediation.BodyReferenceTest.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.testkit.mediation.Fixtures;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The policy's own references: codes unique, triage classes naming tiers, pledges' owners. */
class PolicyReferencesTest {

  static String preset(String code) {
    return new MediationSection().presets().get(code);
  }

  static ProfileException problems(String grid, String mediation) {
    return catchThrowableOfType(() -> Fixtures.LOADER.parse(document(grid, mediation), "m.yaml"),
        ProfileException.class);
  }

  @Test
  void everyRoleProcedureAndPledgeCodeIsUnique() {
    String weituo = preset("WEITUO")
        .replace("{code: TOWN_DEPARTMENT, name:", "{code: TOWN_MEDIATOR, name:")
        .replace("code: SEVEN_STEPS", "code: ONE_THREE_SIX")
        .replace("code: WT_2024_02", "code: WT_2024_01");
    assertThat(problems("WEITUO", weituo).problems())
        .extracting(Problem::path, Problem::messageKey)
        .contains(tuple("/mediation/roles/4/code", "core.duplicate"),
            tuple("/mediation/procedures/1/code", "core.duplicate"),
            tuple("/mediation/pledges/1/code", "core.duplicate"));
  }

  @Test
  void R_MED_3_everyLegalTrackCodeIsUnique() {
    String changzhi = preset("CHANGZHI").replace("{code: LEGAL_AID, name:",
        "{code: COORDINATION, name:");
    assertThat(problems("CHANGZHI", changzhi).problems())
        .extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/mediation/legalTracks/1/code", "core.duplicate"));
  }

  @Test
  void everySmallPowerCodeIsUniqueAndNoneIsAlsoAProcedure() {
    String shangba = preset("SHANGBA").replace("code: COLLECTIVE_ASSETS", "code: BENEFIT_FUNDS");
    assertThat(problems("SHANGBA", shangba).problems())
        .extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/mediation/smallPowers/1/code", "core.duplicate"));
    String clash = preset("SHANGBA").replace("code: COLLECTIVE_ASSETS", "code: FIVE_STEPS");
    assertThat(problems("SHANGBA", clash).problems())
        .extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/mediation/smallPowers/1/code", "mediation.smallPower.clash"));
  }

  @Test
  void R_MED_5_aTriageClassNamesATierOfTheLadder() {
    String weituo = preset("WEITUO").replace("tier: TOWN, body: TOWN_DEPARTMENT",
        "tier: COUNTY, body: TOWN_DEPARTMENT");
    assertThat(problems("WEITUO", weituo).problems())
        .extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/mediation/triage/classes/2/tier",
            "mediation.ladder.tier.unknown"));
  }

  @Test
  void R_MED_1_aLaddersSchemeIsACode() {
    // checked by the policy itself, before the section compares it with the grid's scheme
    String weituo = preset("WEITUO").replace("scheme: WEITUO", "scheme: weituo");
    assertThat(problems("WEITUO", weituo).problems())
        .extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/mediation/scheme", "core.code.syntax"));
  }

  @Test
  void aPledgesOwnerIsGridStaffAndItsUnitAUnitOfTheHierarchy() {
    String weituo = preset("WEITUO").replace("owner: wt-p04, unit: wt-sq-g1",
        "owner: wt-p99, unit: wt-nowhere");
    ProfileException e = problems("WEITUO", weituo);
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("/mediation/pledges/0/unit", "mediation.pledge.unit.unknown"),
            tuple("/mediation/pledges/0/owner", "mediation.pledge.owner.unknown"));
    assertThat(e.report(Locale.ENGLISH)).contains("wt-p99").contains("wt-nowhere");
  }

  @Test
  void theProviderClaimsOnlyTheMediationKeys() {
    MediationMessages provider = new MediationMessages();
    assertThat(provider.keyPrefix()).isEqualTo("mediation.");
    assertThat(provider.bundle(Locale.CHINA).getString("mediation.pledge.unit.unknown"))
        .isNotBlank();
  }
}
