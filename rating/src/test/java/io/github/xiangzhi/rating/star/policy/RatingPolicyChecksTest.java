package io.github.xiangzhi.rating.star.policy;

import static io.github.xiangzhi.testkit.core.Problems.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.rating.star.conduct.ConductRules;
import io.github.xiangzhi.rating.star.round.RoundRules;
import io.github.xiangzhi.rating.star.target.TargetRules;
import io.github.xiangzhi.testkit.rating.StarGens;
import org.junit.jupiter.api.Test;

/** The rating section's defaults and the cross-references it checks. */
class RatingPolicyChecksTest {
  static final RatingPolicy CHANGZHI = StarGens.changzhi();

  @Test
  void R_STAR_5_aPolicyNamingOnlyItsSchemeHas001sTargetsTheStandardRoundAndNoLists() {
    RatingPolicy policy = RatingPolicy.builder().scheme(CHANGZHI.scheme()).build();
    assertThat(policy.targets()).isEqualTo(TargetRules.standard());
    assertThat(policy.round()).isEqualTo(RoundRules.standard());
    assertThat(policy.conduct()).isEqualTo(ConductRules.empty());
  }

  @Test
  void R_STAR_5_theHighStarTargetMayBeTheSchemesMaximumButNotAbove() {
    int max = CHANGZHI.scheme().maxStars();
    RatingPolicy top = RatingPolicy.builder().from(CHANGZHI)
        .targets(TargetRules.builder().highStars(max).build()).build();
    assertThat(top.targets().highStars()).isEqualTo(max);
    assertThat(violations(() -> RatingPolicy.builder().from(CHANGZHI)
        .targets(TargetRules.builder().highStars(max + 1).build()).build()))
        .containsExactly("/targets/highStars rating.star.target.highStars.max");
  }

  @Test
  void R_PTS_3_theBlackListFactMustBeAYesOrNoFactOfTheScheme() {
    ConductRules conduct = CHANGZHI.conduct();
    assertThat(conduct.blackListFact()).contains("BLACK_LIST");
    // a yes-or-no indicator is an input of the scheme, but no fact a veto can trigger on
    assertThat(CHANGZHI.scheme().inputs()).containsKey("SUPPORTS_COLLECTIVE");
    assertThat(violations(() -> RatingPolicy.builder().from(CHANGZHI).conduct(
        ConductRules.builder().from(conduct).blackListFact("SUPPORTS_COLLECTIVE").build())
        .build())).containsExactly("/conduct/blackListFact rating.star.conduct.fact");
    assertThat(violations(() -> RatingPolicy.builder().from(CHANGZHI).conduct(
        ConductRules.builder().from(conduct).blackListFact("NO_SUCH_FACT").build())
        .build())).containsExactly("/conduct/blackListFact rating.star.conduct.fact");
  }

  @Test
  void R_STAR_5_targetsMayBeCountedAtTheGridsTopLevel() {
    String rating = new RatingSectionType().presets().get("CHANGZHI")
        .replace("level: VILLAGE", "level: CITY");
    CountyProfile profile = CommitteeBodyTest.LOADER.parse(CommitteeBodyTest.document(rating),
        "c.yaml");
    assertThat(profile.section(RatingPolicy.class).orElseThrow().targets().level())
        .isEqualTo("CITY");
  }
}
