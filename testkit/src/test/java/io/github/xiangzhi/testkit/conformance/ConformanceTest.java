package io.github.xiangzhi.testkit.conformance;

import static io.github.xiangzhi.testkit.assertions.XiangzhiAssertions.assertThat;

import io.github.xiangzhi.examples.preset.Preset;
import io.github.xiangzhi.examples.preset.Presets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConformanceTest {

  @ParameterizedTest
  @ValueSource(strings = {"anlan", "changzhi", "shangba", "gongxian", "weituo"})
  void everyShippedPresetConforms(String id) {
    ConformanceReport report = Conformance.of(Profiles.shipped(id)).checkAll();
    assertThat(report).conforms().passes(ConformanceCheck.LOADS)
        .passes(ConformanceCheck.MAX_STARS_REACHABLE).passes(ConformanceCheck.TARGETS_ATTAINABLE)
        .passes(ConformanceCheck.STARS_MONOTONE_IN_EVIDENCE)
        .passes(ConformanceCheck.SPECIAL_GROUPS_VISITED).passes(ConformanceCheck.TIERS_HANDLED)
        .passes(ConformanceCheck.LADDER_ENDS_AT_TOP).passes(ConformanceCheck.ESCALATION_TERMINATES)
        .passes(ConformanceCheck.LEDGER_CONSERVES_POINTS);
  }

  @Test
  void theFivePresetsAreTheOnesTested() {
    assertThat(Presets.all()).extracting(Preset::id)
        .containsExactlyInAnyOrder("anlan", "changzhi", "shangba", "gongxian", "weituo");
  }

  @Test
  void aCompleteCountyPassesEveryCheckThePatrolPlanIncluded() {
    ConformanceReport report = Conformance.of(ProfileSource.resource(ConformanceTest.class,
        "complete-county.yaml")).checkAll();
    // Weituo's grid preset staffs every role its patrols name, so the plan is checked and holds
    assertThat(report).conforms().passes(ConformanceCheck.PATROL_PLAN_FEASIBLE);
    assertThat(report.results()).filteredOn(r -> r.outcome() == ConformanceResult.Outcome.PASSED)
        .hasSize(ConformanceCheck.values().length);
  }

  @Test
  void aShippedPresetSkipsTheChecksOfSectionsItLacksAndSaysWhy() {
    ConformanceResult r = Conformance.of(ProfileSource.text(
        "profile: {id: bare, name: 空县}\n", "bare.yaml")).check(ConformanceCheck.PATROL_PLAN_FEASIBLE);
    assertThat(r.outcome()).isEqualTo(ConformanceResult.Outcome.SKIPPED);
    assertThat(r.text(Locale.ENGLISH)).contains("the profile has no patrol section");
    assertThat(r.text(Locale.CHINA)).contains("配置中没有 patrol 部分");
  }
}
