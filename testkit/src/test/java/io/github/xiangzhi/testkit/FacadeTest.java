package io.github.xiangzhi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.rating.star.StarEngine;
import io.github.xiangzhi.rating.star.StarTable;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class FacadeTest {
  private static final LevelScheme CHANGZHI = LevelSchemes.source("CHANGZHI").orElseThrow();

  @Test
  void hierarchiesOfASchemeHaveExactlyTheHouseholdsAskedForAndOnlyItsLevels() {
    qt().withExamples(30).forAll(Hierarchies.of(CHANGZHI).units(40).households(1_000))
        .checkAssert(h -> {
          assertThat(h.scheme()).isEqualTo(CHANGZHI);
          assertThat(h.householdCount()).isEqualTo(1_000);
          assertThat(h.unitCount()).isBetween(1, 40);
          assertThat(h.units()).allSatisfy(u ->
              assertThat(CHANGZHI.indexOf(u.level())).isNotNegative());
        });
  }

  @Test
  void hierarchiesOfAnySchemeVaryTheirSchemesAndStayWithinTheRange() {
    HashSet<String> schemes = new HashSet<>();
    qt().withExamples(60).forAll(Hierarchies.anyScheme().units(10).households(0, 5))
        .checkAssert(h -> {
          schemes.add(h.scheme().code());
          assertThat(h.householdCount()).isBetween(0, 5);
          assertThat(h.unitCount()).isBetween(1, 10);
        });
    assertThat(schemes).hasSizeGreaterThan(5);
  }

  @Test
  void householdsWithEvidenceGiveEveryHouseholdEvidenceTheEngineAccepts() {
    qt().withExamples(20).forAll(Stars.schemes().flatMap(scheme ->
        Stars.households(scheme, Hierarchies.of(CHANGZHI).households(50))))
        .checkAssert(county -> {
          assertThat(county.evidence().keySet())
              .containsExactlyInAnyOrderElementsOf(county.hierarchy().households());
          StarTable table = StarEngine.create().evaluateAll(county.scheme(), county.table());
          assertThat(table.households()).isEqualTo(50);
          county.evidence().forEach((h, e) -> StarEngine.create().evaluate(county.scheme(), h, e));
        });
  }

  @Test
  void laddersClimbTheSchemeAndEndAtOneTopTier() {
    qt().withExamples(100).forAll(Mediation.ladders(CHANGZHI)).checkAssert(ladder -> {
      assertThat(ladder.chain()).hasSameSizeAs(ladder.tiers());
      assertThat(ladder.problemsWith(CHANGZHI)).isEmpty();
      assertThat(ladder.chain().get(ladder.chain().size() - 1).escalatesTo()).isEmpty();
    });
    qt().withExamples(20).forAll(Mediation.policies(CHANGZHI)).checkAssert(p ->
        assertThat(p.ladder().entryTier()).isEqualTo("T0"));
  }

  @Test
  void reportsSitAtUnitsOfTheirHierarchy() {
    qt().withExamples(20).forAll(Hierarchies.of(CHANGZHI).units(20)
        .households(3).flatMap(h -> Mediation.reports(h).map(r -> new Object[] {h, r})))
        .checkAssert(pair -> {
          var h = (io.github.xiangzhi.grid.hierarchy.Hierarchy) pair[0];
          var r = (io.github.xiangzhi.mediation.matter.MatterReport) pair[1];
          assertThat(h.contains(r.location())).isTrue();
        });
  }

  @Test
  void pointsPatrolsAndCommandSequencesAreGenerated() {
    qt().withExamples(10).forAll(Points.policies(), Points.commands(30))
        .checkAssert((policy, commands) -> {
          assertThat(policy.earning()).isNotEmpty();
          assertThat(commands).hasSizeBetween(1, 30);
        });
    qt().withExamples(5).forAll(Patrols.towns()).checkAssert(town ->
        assertThat(town.input().hierarchy()).isSameAs(town.hierarchy()));
    qt().withExamples(5).forAll(Mediation.commands(3, 12)).checkAssert(c ->
        assertThat(c).hasSizeBetween(1, 12).allSatisfy(x -> assertThat(x.matter).isBetween(0, 2)));
    assertThat(Stars.changzhi().scheme().maxStars()).isEqualTo(10);
  }

  @Test
  void wholeProfilesRoundTripThroughYamlAndTheEngineAndLedgerPropertiesHoldOnThem() {
    var loader = io.github.xiangzhi.core.profile.ProfileLoader.standard();
    qt().withExamples(8).forAll(Profiles.any()).checkAssert(p -> {
      assertThat(loader.parse(loader.toYaml(p), "again.yaml")).isEqualTo(p);
      var report = io.github.xiangzhi.testkit.conformance.Conformance.of(
          io.github.xiangzhi.testkit.conformance.ProfileSource.text(loader.toYaml(p), "random"))
          .withExamples(10).checkAll();
      for (var check : java.util.List.of(
          io.github.xiangzhi.testkit.conformance.ConformanceCheck.LOADS,
          io.github.xiangzhi.testkit.conformance.ConformanceCheck.STARS_MONOTONE_IN_EVIDENCE,
          io.github.xiangzhi.testkit.conformance.ConformanceCheck.LEDGER_CONSERVES_POINTS)) {
        assertThat(report.result(check).outcome()).as(report.text(java.util.Locale.ENGLISH))
            .isEqualTo(io.github.xiangzhi.testkit.conformance.ConformanceResult.Outcome.PASSED);
      }
    });
  }
}
