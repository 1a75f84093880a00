package io.github.xiangzhi.patrol.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.grid.profile.GridSectionType;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Patrol teams name the bodies they are drawn from (issue 8). */
class TeamBodiesTest {
  static final ProfileLoader LOADER = ProfileLoader.standard();

  static String document(String code, String patrol) {
    return "profile: {id: p, name: 预设}\ngrid:\n"
        + new GridSectionType().presets().get(code).indent(2) + "patrol:\n" + patrol.indent(2);
  }

  @Test
  void ANLAN_theRedArmbandTeamIsDrawnFromThePeaceOfficeAndThePoliceStation() {
    for (String code : List.of("ANLAN", "SHANGBA", "WEITUO")) {
      assertThat(LOADER.parse(document(code, new PatrolSection().presets().get(code)), code)
          .section(PatrolPolicy.class)).as(code).isPresent();
    }
    PatrolPolicy anlan = LOADER.parse(document("ANLAN", new PatrolSection().presets()
        .get("ANLAN")), "a").section(PatrolPolicy.class).orElseThrow();
    assertThat(anlan.teams()).extracting(TeamRule::code, TeamRule::bodies).containsExactly(
        tuple("RED_ARMBAND_WITH_POLICE", List.of("PEACE_OFFICE", "POLICE_STATION")),
        tuple("TOWN_AND_VILLAGE", List.of("PEACE_OFFICE", "TWO_COMMITTEES")));
  }

  @Test
  void R_PAT_1_patrolsAtALevelTheGridsSchemeLacksAreAProblemWithAPath() {
    String patrol = new PatrolSection().presets().get("SHANGBA")
        .replace("level: VILLAGE", "level: VILLAGE_COMMITTEE")
        .replace("level: TOWN", "level: TOWNSHIP");
    ProfileException e = catchThrowableOfType(
        () -> LOADER.parse(document("SHANGBA", patrol), "s.yaml"), ProfileException.class);
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey).containsExactly(
        tuple("/patrol/area/level", "patrol.level.unknown"),
        tuple("/patrol/video/level", "patrol.level.unknown"));
    assertThat(e.report(Locale.ENGLISH))
        .contains("Level VILLAGE_COMMITTEE is not a level of the scheme SHANGBA");
  }

  @Test
  void aTeamDrawnFromAnUnknownBodyIsAProblemWithAPath() {
    String patrol = new PatrolSection().presets().get("SHANGBA")
        .replace("bodies: [COMPREHENSIVE_GOVERNANCE_CENTRE, TWO_COMMITTEES]",
            "bodies: [COMPREHENSIVE_GOVERNANCE_CENTRE, POLICE_STATION]");
    ProfileException e = catchThrowableOfType(
        () -> LOADER.parse(document("SHANGBA", patrol), "s.yaml"), ProfileException.class);
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey).containsExactly(
        tuple("/patrol/teams/0/bodies/1", "patrol.team.body.unknown"));
    assertThat(e.report(Locale.ENGLISH)).contains("Team FIVE_IN_ONE is drawn from the body"
        + " POLICE_STATION, which is neither the code nor the kind of any body of the grid"
        + " section");
    assertThat(e.report(Locale.CHINA)).contains("巡逻编组 FIVE_IN_ONE 所列机构 POLICE_STATION");
    // the team's own value refuses a malformed body
    ProfileException own = catchThrowableOfType(() -> LOADER.parse(document("SHANGBA",
        patrol.replace("POLICE_STATION]", "police]")), "o.yaml"), ProfileException.class);
    assertThat(own.problems()).extracting(Problem::path, Problem::messageKey)
        .contains(tuple("/patrol/teams/0/bodies/1", "core.code.syntax"));
  }
}
