package io.github.xiangzhi.rating.star.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.grid.body.BodyRegistry;
import io.github.xiangzhi.grid.profile.GridSection;
import io.github.xiangzhi.grid.profile.GridSectionType;
import io.github.xiangzhi.rating.star.round.RoundRules;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rating round names the body whose members vote (issue 8, R-STAR-3). */
class CommitteeBodyTest {
  static final ProfileLoader LOADER = ProfileLoader.standard();

  static String document(String rating) {
    return "profile: {id: p, name: 长治}\ngrid:\n"
        + new GridSectionType().presets().get("CHANGZHI").indent(2) + "rating:\n"
        + rating.indent(2);
  }

  @Test
  void R_STAR_3_eachVillagesTwoCommitteesVoteItsStars() {
    CountyProfile profile = LOADER.parse(
        document(new RatingSectionType().presets().get("CHANGZHI")), "c.yaml");
    RatingPolicy policy = profile.section(RatingPolicy.class).orElseThrow();
    BodyRegistry bodies = profile.section(GridSection.class).orElseThrow().bodyRegistry();
    assertThat(policy.round().committee()).contains("TWO_COMMITTEES");
    assertThat(policy.committee(UnitId.of("cz-v1"), bodies).members())
        .containsExactly(PersonId.of("cz-p12"), PersonId.of("cz-p13"));
    assertThat(policy.committee(UnitId.of("cz-v2"), bodies).members())
        .containsExactly(PersonId.of("cz-p14"), PersonId.of("cz-p15"));
    // the town has no two committees of its own
    InvalidValueException missing = catchThrowableOfType(
        () -> policy.committee(UnitId.of("cz-c1-t1"), bodies), InvalidValueException.class);
    assertThat(missing.message(Locale.ENGLISH))
        .isEqualTo("No body TWO_COMMITTEES answers for village 'cz-c1-t1' to vote its stars");
    // a body named by its code serves every village
    RatingPolicy byCode = RatingPolicy.builder().from(policy).round(RoundRules.builder()
        .from(policy.round()).committee("CZ_V2_TWO_COMMITTEES").build()).build();
    assertThat(byCode.committee(UnitId.of("cz-v1"), bodies).members())
        .containsExactly(PersonId.of("cz-p14"), PersonId.of("cz-p15"));
    RatingPolicy none = RatingPolicy.builder().from(policy).round(RoundRules.standard()).build();
    assertThat(catchThrowableOfType(() -> none.committee(UnitId.of("cz-v1"), bodies),
        InvalidValueException.class).message(Locale.CHINA)).isEqualTo("评星规则未指定表决机构");
  }

  @Test
  void R_STAR_5_targetsCountedAtALevelTheGridsSchemeLacksAreAProblemWithAPath() {
    String rating = new RatingSectionType().presets().get("CHANGZHI")
        .replace("level: VILLAGE", "level: VILLAGE_COMMITTEE");
    ProfileException e = catchThrowableOfType(() -> LOADER.parse(document(rating), "c.yaml"),
        ProfileException.class);
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey).containsExactly(
        tuple("/rating/targets/level", "rating.star.targets.level.unknown"));
    assertThat(e.report(Locale.ENGLISH)).contains("Village targets are counted at level"
        + " VILLAGE_COMMITTEE, which is not a level of the grid section's scheme CHANGZHI");
  }

  @Test
  void aCommitteeThatIsNoBodyOfTheGridSectionIsAProblemWithAPath() {
    String rating = new RatingSectionType().presets().get("CHANGZHI")
        .replace("committee: TWO_COMMITTEES", "committee: VILLAGE_COMMITTEE");
    ProfileException e = catchThrowableOfType(() -> LOADER.parse(document(rating), "c.yaml"),
        ProfileException.class);
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey).containsExactly(
        tuple("/rating/round/committee", "rating.star.round.committee.unknown"));
    assertThat(e.report(Locale.ENGLISH)).contains("The round's committee VILLAGE_COMMITTEE is"
        + " neither the code nor the kind of any body of the grid section");
    ProfileException syntax = catchThrowableOfType(() -> LOADER.parse(
        document(rating.replace("VILLAGE_COMMITTEE", "两委")), "c.yaml"), ProfileException.class);
    assertThat(syntax.problems()).extracting(Problem::path).contains("/rating/round/committee");
  }
}
