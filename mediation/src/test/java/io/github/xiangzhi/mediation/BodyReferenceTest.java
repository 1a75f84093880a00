package io.github.xiangzhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.grid.profile.GridSectionType;
import io.github.xiangzhi.testkit.mediation.Fixtures;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Tiers and affair classes name bodies of the grid section (issue 8). */
class BodyReferenceTest {

  static String document(String code, String mediation) {
    return "profile: {id: p, name: 预设}\ngrid:\n"
        + new GridSectionType().presets().get(code).indent(2) + "mediation:\n"
        + mediation.indent(2);
  }

  @Test
  void everyMediationPresetLoadsBesideTheGridPresetOfItsSource() {
    for (String code : List.of("ANLAN", "CHANGZHI", "SHANGBA", "WEITUO")) {
      CountyProfile profile = Fixtures.LOADER.parse(
          document(code, new MediationSection().presets().get(code)), code);
      assertThat(profile.section(MediationPolicy.class)).as(code).isPresent();
    }
  }

  @Test
  void R_MED_1_aLadderWrittenForAnotherSchemeThanTheGridsIsAProblemWithAPath() {
    ProfileException e = catchThrowableOfType(() -> Fixtures.LOADER.parse(
        document("WEITUO", new MediationSection().presets().get("CHANGZHI")), "m.yaml"),
        ProfileException.class);
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey)
        .contains(tuple("/mediation/scheme", "mediation.scheme.mismatch"));
    assertThat(e.report(Locale.ENGLISH)).contains(
        "The ladder is written for the level scheme CHANGZHI, but the grid section uses WEITUO");
  }

  @Test
  void aTierOrAffairClassNamingNoBodyOfTheGridSectionIsAProblemWithAPath() {
    String weituo = new MediationSection().presets().get("WEITUO")
        .replace("body: TOWN_GOVERNMENT", "body: TOWN_HALL")
        .replace("body: CONSULTATION_GROUP", "body: CONSULTATION_GROUPS");
    String doc = document("WEITUO", weituo);
    ProfileException e = catchThrowableOfType(() -> Fixtures.LOADER.parse(doc, "w.yaml"),
        ProfileException.class);
    int tierLine = line(doc, "body: TOWN_HALL");
    int classLine = line(doc, "body: CONSULTATION_GROUPS");
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("/mediation/ladder/tiers/2/body", tierLine, "mediation.tier.body.unknown"),
            tuple("/mediation/triage/classes/0/body", classLine,
                "mediation.affair.body.unknown"));
    assertThat(e.report(Locale.ENGLISH)).contains("Tier TOWN names the body TOWN_HALL, which is"
        + " neither the code nor the kind of any body of the grid section");
    assertThat(e.report(Locale.CHINA)).contains("事项类别 CIVIL 所列机构 CONSULTATION_GROUPS");
    // a grid section without bodies does not model them: nothing to check against (the
    // pledges, whose owners and units it lacks, are left out)
    String noBodies = "profile: {id: p, name: 预设}\ngrid:\n  scheme: WEITUO\n"
        + "  units: [{id: wt, level: TOWN, name: 渭沱镇}]\nmediation:\n"
        + weituo.substring(0, weituo.indexOf("pledges:")).indent(2);
    assertThat(Fixtures.LOADER.parse(noBodies, "n.yaml").section(MediationPolicy.class))
        .isPresent();
  }

  @Test
  void CHANGZHI_theLegalAidTracksPartnersAreBodiesOfTheGridSection() {
    // 001: "通过与派出所、民政和劳动保障等部门的协调配合解决"; the grid preset has no 劳动保障所 under
    // another code
    String changzhi = new MediationSection().presets().get("CHANGZHI")
        .replace("partners: [POLICE_STATION, CIVIL_AFFAIRS, LABOUR_SECURITY]",
            "partners: [POLICE_STATION, CIVIL_AFFAIRS, LABOUR_BUREAU]");
    String doc = document("CHANGZHI", changzhi);
    ProfileException e = catchThrowableOfType(() -> Fixtures.LOADER.parse(doc, "c.yaml"),
        ProfileException.class);
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactly(tuple("/mediation/legalTracks/0/partners/2",
            line(doc, "LABOUR_BUREAU"), "mediation.legalTrack.partner.unknown"));
    assertThat(e.report(Locale.ENGLISH)).contains("Legal-aid track COORDINATION names the"
        + " partner LABOUR_BUREAU, which is neither the code nor the kind of any body of the grid"
        + " section");
  }

  static int line(String doc, String text) {
    String[] lines = doc.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text);
  }
}
