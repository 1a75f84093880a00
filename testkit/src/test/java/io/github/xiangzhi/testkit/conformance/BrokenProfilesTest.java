package io.github.xiangzhi.testkit.conformance;

import static io.github.xiangzhi.testkit.assertions.XiangzhiAssertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Deliberately broken profiles: the suite must fail them, and say clearly why. */
class BrokenProfilesTest {
  private static final String HEAD = "profile: {id: broken, name: 坏配置}\n";

  private static ConformanceReport check(String yaml) {
    return Conformance.of(ProfileSource.text(yaml, "broken.yaml")).withExamples(20).checkAll();
  }

  @Test
  void aProfileThatDoesNotLoadFailsLoadsWithTheLoadersProblemsAndSkipsTheRest() {
    ConformanceReport report = check("profile: {id: broken}\ncalendar: {preset: NO_SUCH}\n");
    assertThat(report).fails(ConformanceCheck.LOADS)
        .hasOutcome(ConformanceCheck.TIERS_HANDLED, ConformanceResult.Outcome.SKIPPED);
    String text = report.result(ConformanceCheck.LOADS).text(Locale.ENGLISH);
    assertThat(text).contains("FAILED: the profile loads", "broken.yaml does not load",
        "NO_SUCH");
    assertThat(report.failures()).hasSize(1);
  }

  @Test
  void aVetoTriggeredByTheOnlyWayToEarnACategoryMakesTheMaximumUnreachable() {
    ConformanceReport report = check(HEAD + """
        rating:
          scheme:
            code: TRAP
            name: 陷阱
            maxStars: 2
            categories:
              - {code: HONEST, name: 诚实, passMark: 10, indicators: [{code: PAYS, name: 守信, type: BOOLEAN, weight: 10}]}
              - {code: BRAVE, name: 勇敢, passMark: 10, indicators: [{code: DARES, name: 敢为, type: BOOLEAN, weight: 10}]}
            vetoes:
              - {code: TRAPPED, name: 陷阱否决, trigger: DARES, everyStar: true}
          targets: {level: VILLAGE, highStars: 2}
        """);
    assertThat(report).fails(ConformanceCheck.MAX_STARS_REACHABLE)
        .passes(ConformanceCheck.STARS_MONOTONE_IN_EVIDENCE);
    assertThat(report.result(ConformanceCheck.MAX_STARS_REACHABLE).text(Locale.ENGLISH))
        .contains("Scheme TRAP awards at most 2 stars, but no evidence found earns more than 1",
            "BRAVE");
  }

  @Test
  void aHighStarTargetAboveTheSchemesMaximumIsRefusedByTheLoaderAndReportedUnderLoads() {
    ConformanceReport report = check(HEAD + """
        rating:
          scheme:
            code: SMALL
            name: 小方案
            maxStars: 1
            categories:
              - {code: HONEST, name: 诚实, passMark: 10, indicators: [{code: PAYS, name: 守信, type: BOOLEAN, weight: 10}]}
          targets: {level: VILLAGE, participation: 90%, starred: 40%, highStars: 6, highStarred: 60%}
        """);
    assertThat(report).fails(ConformanceCheck.LOADS)
        .hasOutcome(ConformanceCheck.TARGETS_ATTAINABLE, ConformanceResult.Outcome.SKIPPED);
    assertThat(report.result(ConformanceCheck.LOADS).text(Locale.ENGLISH))
        .contains("/rating/targets/highStars", "exceed the scheme's maximum of 1");
  }

  @Test
  void specialGroupsWithNoVisitRuleAtAllAreNamed() {
    ConformanceReport report = check(HEAD + "specialGroups: {preset: SOURCES}\n"
        + "patrol: {preset: ANLAN, visits: null}\n");
    assertThat(report).fails(ConformanceCheck.SPECIAL_GROUPS_VISITED);
    assertThat(report.result(ConformanceCheck.SPECIAL_GROUPS_VISITED).text(Locale.ENGLISH))
        .contains("has special groups (LEFT_BEHIND_ELDERLY", "DRUG_USER)",
            "the patrol section has no visit rule");
    assertThat(report.result(ConformanceCheck.SPECIAL_GROUPS_VISITED).text(Locale.CHINA))
        .contains("巡防部分没有走访规则");
  }

  @Test
  void aTierWhoseRoleNobodyDefinedIsRefusedByTheLoaderAndReportedUnderLoads() {
    ConformanceReport report = check(HEAD + """
        mediation:
          scheme: WEITUO
          roles:
            - {code: GRID_WORKER, name: 网格员}
          ladder:
            entryTier: GRID
            tiers:
              - {code: GRID, name: 网格, level: GRID, roles: [GRID_WORKER], limitDays: 5, escalatesTo: TOWN}
              - {code: TOWN, name: 镇, level: TOWN, roles: [JUDGE], limitDays: 20}
        """);
    assertThat(report).fails(ConformanceCheck.LOADS)
        .hasOutcome(ConformanceCheck.TIERS_HANDLED, ConformanceResult.Outcome.SKIPPED);
    assertThat(report.result(ConformanceCheck.LOADS).text(Locale.ENGLISH))
        .contains("/mediation/ladder/tiers/1/roles", "JUDGE");
  }

  @Test
  void aLadderThatClimbsInACircleDoesNotLoadAndTheLoadersReasonIsShown() {
    ConformanceReport report = check(HEAD + """
        mediation:
          scheme: WEITUO
          roles: [{code: GRID_WORKER, name: 网格员}]
          ladder:
            entryTier: GRID
            tiers:
              - {code: GRID, name: 网格, level: GRID, roles: [GRID_WORKER], limitDays: 5, escalatesTo: TOWN}
              - {code: TOWN, name: 镇, level: TOWN, roles: [GRID_WORKER], limitDays: 20, escalatesTo: GRID}
        """);
    assertThat(report).fails(ConformanceCheck.LOADS);
    assertThat(report.result(ConformanceCheck.LOADS).text(Locale.ENGLISH))
        .contains("/mediation/ladder");
  }
}
