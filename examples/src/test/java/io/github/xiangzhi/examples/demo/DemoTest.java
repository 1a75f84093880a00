package io.github.xiangzhi.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.examples.preset.Presets;
import io.github.xiangzhi.rating.star.target.UnitTargets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One governance year of a synthetic town, for every preset. */
class DemoTest {

  private static final ProfileLoader LOADER = ProfileLoader.standard();

  private static GovernanceYear year(String preset, long seed) {
    CountyProfile profile = Presets.find(preset).orElseThrow().load(LOADER);
    SyntheticTown town = SyntheticTown.grow(profile, seed, 3, 2, 6);
    return GovernanceYear.run(profile, town, GovernancePeriod.ofYear(2024), seed);
  }

  @Test
  void everyPresetRunsAYearAcrossEveryModule() {
    for (String id : Presets.ids()) {
      GovernanceYear year = year(id, 7);
      assertThat(year.patrol()).as(id).isPresent();
      assertThat(year.mediation()).as(id).isPresent();
      assertThat(year.points()).as(id).isPresent();
      RatingYear.Outcome rating = year.rating().orElseThrow();
      // a round in every village, each one awarded after its public notice
      assertThat(rating.rounds.keySet()).as(id).containsExactlyElementsOf(year.town().villages());
      rating.rounds.values().forEach(r ->
          assertThat(r.state().name()).as(id).isEqualTo("AWARDED"));
      // the targets cover every village
      assertThat(rating.targets.villages()).extracting(UnitTargets::unit).as(id)
          .containsAll(year.town().villages());
      // the ledger conserves points
      PointsYear.Outcome points = year.points().orElseThrow();
      assertThat(points.totals.isConserved()).as(id).isTrue();
      assertThat(points.totals.issued()).as(id).isPositive();
      assertThat(points.redemptions).as(id).isPositive();
      List<String> en = SecretaryReport.lines(year, Locale.ENGLISH);
      List<String> zh = SecretaryReport.lines(year, Locale.SIMPLIFIED_CHINESE);
      assertThat(String.join("\n", en)).as(id).contains("Ten-star").contains("Points bank")
          .contains("Disputes").contains("Patrols");
      assertThat(String.join("\n", zh)).as(id).contains("星级文明户").contains("矛盾纠纷");
      // every work list is reviewed after the year, on its own tasks
      CountyProfile profile = year.profile();
      assertThat(year.workLists()).as(id).hasSize(profile.section(
          io.github.xiangzhi.grid.profile.GridSection.class).orElseThrow().workLists().size());
      year.workLists().forEach(r -> {
        assertThat(r.asOf()).isEqualTo(java.time.LocalDate.of(2025, 1, 1));
        assertThat(r.leaderless()).isEmpty();
      });
    }
  }

  @Test
  void oneSeedGivesOneYearAndAnotherSeedAnother() {
    List<String> first = SecretaryReport.lines(year("weituo", 11), Locale.ENGLISH);
    List<String> again = SecretaryReport.lines(year("weituo", 11), Locale.ENGLISH);
    List<String> other = SecretaryReport.lines(year("weituo", 12), Locale.ENGLISH);
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void theTownKeepsThePresetsVillagesAndGrowsToTheAskedNumberWithDistinctNames() {
    CountyProfile shangba = Presets.find("shangba").orElseThrow().load(LOADER);
    SyntheticTown asIs = SyntheticTown.grow(shangba, 1, 5, 2, 4);
    assertThat(asIs.villages()).hasSize(5);
    assertThat(asIs.hierarchy().units()).hasSize(68);
    SyntheticTown grown = SyntheticTown.grow(shangba, 1, 8, 2, 4);
    assertThat(grown.villages()).hasSize(8);
    assertThat(grown.villages().stream().map(v -> grown.hierarchy().unit(v).name()).distinct())
        .hasSize(8);
  }
}
