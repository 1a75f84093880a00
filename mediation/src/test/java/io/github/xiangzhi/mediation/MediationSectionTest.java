package io.github.xiangzhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.mediation.ladder.Tier;
import io.github.xiangzhi.testkit.mediation.Fixtures;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MediationSectionTest {

  static List<String> chain(MediationPolicy policy) {
    return policy.ladder().chain().stream().map(Tier::code).collect(Collectors.toList());
  }

  static ProfileException broken(String section) {
    String yaml = "profile: {id: test, name: 测试}\nmediation:\n" + section.indent(2);
    try {
      Fixtures.LOADER.parse(yaml, "broken.yaml");
    } catch (ProfileException e) {
      return e;
    }
    throw new AssertionError("the section loaded: " + section);
  }

  static final String VALID = String.join("\n",
      "roles:",
      "  - {code: GRID_WORKER, name: 网格员}",
      "  - {code: ELDER, name: 评理员}",
      "  - {code: MEDIATOR, name: 调解员}",
      "ladder:",
      "  entryTier: GRID",
      "  tiers:",
      "    - {code: GRID, name: 网格, level: GRID, roles: [GRID_WORKER], limitDays: 3, escalatesTo: VILLAGE}",
      "    - {code: VILLAGE, name: 村, level: VILLAGE, roles: [ELDER], limitDays: 10, escalatesTo: TOWN}",
      "    - {code: TOWN, name: 镇, level: TOWN, roles: [MEDIATOR], limitDays: 20}",
      "");

  @Test
  void R_MED_1_anlanLadderRunsFromTheGridToTheDistrictCourt() {
    MediationPolicy anlan = Fixtures.preset("ANLAN");
    assertThat(chain(anlan)).containsExactly("GRID", "VILLAGE", "TOWN", "COURT");
    Tier village = anlan.ladder().tier("VILLAGE").orElseThrow();
    assertThat(village.body()).contains("VILLAGE_REASONING_HALL");
    assertThat(village.displayName(Locale.CHINA)).isEqualTo("村民评理所(小事不出村)");
    assertThat(anlan.ladder().tier("COURT").orElseThrow().external()).isTrue();
    assertThat(anlan.ladder().tier("TOWN").orElseThrow().roles())
        .containsExactly("PEOPLES_MEDIATOR", "JUDICIAL_OFFICER");
    assertThat(anlan.ladder().rank("COURT")).isEqualTo(3);
    assertThat(anlan.ladder().above("COURT")).isEmpty();
  }

  @Test
  void R_MED_1_shangbaLadderRunsFromTheGroupToTheTown() {
    MediationPolicy shangba = Fixtures.preset("SHANGBA");
    assertThat(chain(shangba)).containsExactly("GROUP", "VILLAGE", "TOWN");
    assertThat(shangba.procedure("FIVE_STEPS").orElseThrow().steps()).hasSize(5);
  }

  @Test
  void everyPresetLoadsAndSummarisesInBothLanguages() {
    MediationSection type = new MediationSection();
    assertThat(type.presets().keySet())
        .containsExactlyInAnyOrder("ANLAN", "CHANGZHI", "SHANGBA", "WEITUO");
    for (String code : type.presets().keySet()) {
      MediationPolicy policy = Fixtures.preset(code);
      assertThat(type.summary(policy, Locale.ENGLISH)).startsWith("ladder ");
      assertThat(type.summary(policy, Locale.SIMPLIFIED_CHINESE)).startsWith("调解阶梯 ");
    }
    assertThat(type.summary(Fixtures.preset("WEITUO"), Locale.ENGLISH))
        .isEqualTo("ladder grid → village → town; triage classes: 3, procedures: 2, legal-aid tracks: 0");
    assertThat(type.summary(Fixtures.preset("ANLAN"), Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "调解阶梯 网格(微事不出网格) → 村民评理所(小事不出村) → 镇人民调解委员会(大事不出镇街) → 区法院(必要时联合调解);"
        + "分流分类 0 个,议事程序 0 个,法律援助路径 0 条");
  }

  @Test
  void aSectionRoundTripsThroughYamlAndJson() {
    for (String code : new MediationSection().presets().keySet()) {
      String yaml = "profile: {id: test, name: 测试}\nmediation:\n"
          + new MediationSection().presets().get(code).indent(2);
      CountyProfile profile = Fixtures.LOADER.parse(yaml, code);
      assertThat(Fixtures.LOADER.parse(Fixtures.LOADER.toYaml(profile), "again.yaml"))
          .isEqualTo(profile);
      assertThat(Fixtures.LOADER.parse(Fixtures.LOADER.toJson(profile), "again.json"))
          .isEqualTo(profile);
    }
  }

  /** The one problem whose key is {@code key}. */
  static Problem problem(ProfileException e, String key) {
    return e.problems().stream().filter(p -> p.messageKey().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " in " + e.problems()));
  }

  @Test
  void R_MED_1_aLadderWithACycleIsReportedWithItsTiers() {
    ProfileException e = broken(VALID.replace("limitDays: 20}",
        "limitDays: 20, escalatesTo: VILLAGE}"));
    Problem cycle = problem(e, "mediation.ladder.cycle");
    assertThat(cycle.path()).isEqualTo("/mediation/ladder/tiers/2/escalatesTo");
    assertThat(cycle.message(Locale.ENGLISH))
        .isEqualTo("Tiers [TOWN, VILLAGE] escalate into each other: a cycle");
    assertThat(cycle.message(Locale.SIMPLIFIED_CHINESE)).contains("循环");
    // VILLAGE is now also escalated into from two tiers
    assertThat(e.problems()).extracting(Problem::messageKey)
        .containsExactlyInAnyOrder("mediation.ladder.cycle", "mediation.ladder.branch");
  }

  @Test
  void R_MED_1_aTierNamingAnUnknownRoleIsReported() {
    ProfileException e = broken(VALID.replace("roles: [ELDER]", "roles: [ELDERS]"));
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/mediation/ladder/tiers/1/roles", "mediation.role.unknown"));
    assertThat(e.problems().get(0).message(Locale.ENGLISH))
        .isEqualTo("Tier VILLAGE names role ELDERS, which the section does not define");
  }

  @Test
  void R_MED_1_aTierEscalatingToAnUnknownTierIsReported() {
    ProfileException e = broken(VALID.replace("escalatesTo: TOWN}", "escalatesTo: TOWNSHIP}"));
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey).containsExactly(
        tuple("/mediation/ladder/tiers/1/escalatesTo", "mediation.ladder.tier.unknown"));
  }

  @Test
  void R_MED_1_aLimitOfZeroDaysIsReportedNamingTheTier() {
    ProfileException e = broken(VALID.replace("limitDays: 10", "limitDays: 0"));
    Problem limit = problem(e, "mediation.tier.limit");
    assertThat(limit.path()).isEqualTo("/mediation/ladder/tiers/1/limitDays");
    assertThat(limit.line()).isPositive();
    assertThat(limit.message(Locale.ENGLISH))
        .isEqualTo("Tier VILLAGE: the time limit must be at least one working day, not 0");
    assertThat(e.report(Locale.SIMPLIFIED_CHINESE)).contains("层级 VILLAGE:办理时限至少为一个工作日");
  }

  @Test
  void R_MED_1_aTierNamingALevelTheSchemeLacksIsReported() {
    ProfileException e = broken("scheme: SHANGBA\n" + VALID);
    // SHANGBA has TOWN, VILLAGE and GROUP: no GRID
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/mediation/ladder/tiers/0/level", "mediation.tier.level.unknown"));
    ProfileException unknownScheme = broken("scheme: NOWHERE\n" + VALID);
    assertThat(unknownScheme.problems()).extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/mediation/scheme", "mediation.scheme.unknown"));
  }

  @Test
  void R_MED_1_levelsMustRiseAlongTheLadder() {
    ProfileException e = broken("scheme: WEITUO\n"
        + VALID.replace("level: VILLAGE,", "level: COURTYARD,"));
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/mediation/ladder/tiers/1/level", "mediation.ladder.level.order"));
  }

  @Test
  void R_MED_1_twoTopsABranchAndAnExternalTierBelowAnInternalOneAreReported() {
    ProfileException tops = broken(VALID.replace(", escalatesTo: TOWN}", "}"));
    assertThat(tops.problems()).extracting(Problem::messageKey)
        .containsExactly("mediation.ladder.tops");
    ProfileException branch = broken(VALID.replace("escalatesTo: VILLAGE}", "escalatesTo: TOWN}"));
    assertThat(branch.problems()).extracting(Problem::messageKey)
        .contains("mediation.ladder.branch");
    ProfileException external = broken(VALID.replace(
        "level: GRID, roles: [GRID_WORKER]", "external: true, unit: somewhere, roles: [GRID_WORKER]"));
    assertThat(external.problems()).extracting(Problem::messageKey)
        .containsExactly("mediation.ladder.externalBelow");
    ProfileException noUnit = broken(VALID.replace("level: TOWN,", "external: true,"));
    assertThat(noUnit.problems()).extracting(Problem::messageKey)
        .containsExactly("mediation.tier.external.unit");
  }

  static final String TRIAGE = String.join("\n",
      "triage:",
      "  defaultAffair: CIVIL",
      "  classes:",
      "    - {code: CIVIL, name: 民事, tier: GRID}",
      "    - {code: VILLAGE, name: 村事, tier: VILLAGE, procedure: P}",
      "  rules:",
      "    - {kinds: [COLLECTIVE], affair: VILLAGE}",
      "procedures:",
      "  - code: P",
      "    name: 程序",
      "    meetingDay: 15",
      "    phases: [{code: BEFORE, name: 事前}, {code: AFTER, name: 事后}]",
      "    steps:",
      "      - {code: A, name: 提, phase: BEFORE}",
      "      - {code: B, name: 议, phase: AFTER, atMeeting: true}",
      "");

  @Test
  void R_MED_5_triageMustNameClassesTiersAndProceduresThatExist() {
    assertThat(Fixtures.LOADER.parse("profile: {id: t, name: 测试}\nmediation:\n"
        + (VALID + TRIAGE).indent(2), "ok.yaml").section(MediationPolicy.class)).isPresent();
    ProfileException e = broken(VALID + TRIAGE.replace("affair: VILLAGE}", "affair: GOVERNMENT}")
        .replace("tier: VILLAGE, procedure: P", "tier: HAMLET, procedure: Q"));
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey).containsExactly(
        tuple("/mediation/triage/rules/0/affair", "mediation.triage.affair.unknown"));
    ProfileException refs = broken(VALID + TRIAGE.replace("tier: VILLAGE, procedure: P",
        "tier: HAMLET, procedure: Q"));
    assertThat(refs.problems()).extracting(Problem::path, Problem::messageKey).containsExactly(
        tuple("/mediation/triage/classes/1/tier", "mediation.ladder.tier.unknown"),
        tuple("/mediation/triage/classes/1/procedure", "mediation.procedure.unknown"));
    ProfileException emptyRule = broken(VALID + TRIAGE.replace("kinds: [COLLECTIVE], ", ""));
    assertThat(emptyRule.problems()).extracting(Problem::messageKey)
        .containsExactly("mediation.rule.empty");
  }

  @Test
  void R_MED_6_stepsMustKeepThePhaseOrderAndMeetingStepsNeedAMeetingDay() {
    ProfileException order = broken(VALID + TRIAGE.replace("phase: BEFORE}", "phase: AFTER}")
        .replace("phase: AFTER, atMeeting", "phase: BEFORE, atMeeting"));
    assertThat(order.problems()).extracting(Problem::path, Problem::messageKey).containsExactly(
        tuple("/mediation/procedures/0/steps/1/phase", "mediation.procedure.phase.order"));
    ProfileException meeting = broken(VALID + TRIAGE.replace("    meetingDay: 15\n", ""));
    assertThat(meeting.problems()).extracting(Problem::path, Problem::messageKey).containsExactly(
        tuple("/mediation/procedures/0/steps/1/atMeeting", "mediation.procedure.meeting.missing"));
  }
}
