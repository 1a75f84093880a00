package io.github.xiangzhi.mediation.triage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.matter.Docket;
import io.github.xiangzhi.mediation.matter.MatterEvent;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.Severity;
import io.github.xiangzhi.testkit.mediation.Fixtures;
import io.github.xiangzhi.testkit.mediation.TestDockets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IntakeTest {

  static final Instant T0 = Fixtures.at("2024-03-04");

  static MatterEvent fileAt(Docket docket, String id, MatterKind kind, Severity severity,
      String unit) {
    docket.open(TestDockets.report(id, kind, severity, unit), T0);
    return docket.file(MatterId.of(id), T0);
  }

  @Test
  void R_MED_2_ordinaryMattersStartAtTheGridAndMajorOnesAtTheJudicialOffice() {
    MediationPolicy changzhi = Fixtures.preset("CHANGZHI");
    assertThat(changzhi.route(Severity.ORDINARY, MatterKind.NEIGHBOUR).tier()).isEqualTo("GRID");
    assertThat(changzhi.route(Severity.MINOR, MatterKind.FAMILY).tier()).isEqualTo("GRID");
    Route major = changzhi.route(Severity.MAJOR, MatterKind.LAND);
    assertThat(major.tier()).isEqualTo("TOWNSHIP");
    assertThat(major.body()).contains("JUDICIAL_OFFICE");
    assertThat(major.limitDays()).isEqualTo(20);

    Docket docket = TestDockets.docket(changzhi, Fixtures.changzhi(), T0);
    MatterEvent ordinary = fileAt(docket, "m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY,
        "grid-1");
    assertThat(ordinary.tier()).contains("GRID");
    assertThat(ordinary.unit()).contains(UnitId.of("grid-1"));
    MatterEvent big = fileAt(docket, "m-2", MatterKind.LAND, Severity.MAJOR, "grid-2");
    assertThat(big.tier()).contains("TOWNSHIP");
    assertThat(big.unit()).contains(UnitId.of("township"));
  }

  @Test
  void R_MED_2_aMatterArisingAboveATiersLevelStartsHigher() {
    Docket docket = TestDockets.docket(Fixtures.preset("CHANGZHI"), Fixtures.changzhi(), T0);
    MatterEvent atVillage = fileAt(docket, "m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY,
        "village");
    assertThat(atVillage.tier()).contains("VILLAGE");
    assertThat(atVillage.unit()).contains(UnitId.of("village"));
    assertThat(atVillage.route().orElseThrow().tier()).isEqualTo("VILLAGE");
    assertThat(atVillage.deadline().orElseThrow().limitDays()).isEqualTo(10);
  }

  @Test
  void R_MED_2_anlansMajorMattersGoToTheTownOutsideTheVillageHierarchy() {
    Docket docket = TestDockets.docket(Fixtures.preset("ANLAN"), Fixtures.anlan(), T0);
    MatterEvent minor = fileAt(docket, "m-1", MatterKind.NEIGHBOUR, Severity.MINOR, "v-g1-c");
    assertThat(minor.tier()).contains("GRID");
    assertThat(minor.unit()).contains(UnitId.of("v-g1")); // 党小组(网格长)
    MatterEvent major = fileAt(docket, "m-2", MatterKind.LAND, Severity.MAJOR, "v-g2");
    assertThat(major.tier()).contains("TOWN");
    assertThat(major.unit()).contains(UnitId.of("anlan-town"));
    assertThat(major.route().orElseThrow().body()).contains("PEOPLES_MEDIATION_COMMITTEE");
  }

  @Test
  void R_MED_3_ordinaryDisputesAreCoordinatedAndComplexOnesGoToLegalAid() {
    MediationPolicy changzhi = Fixtures.preset("CHANGZHI");
    Route ordinary = changzhi.route(Severity.ORDINARY, MatterKind.LABOUR);
    assertThat(ordinary.legalTrack()).contains("COORDINATION");
    assertThat(ordinary.partners())
        .containsExactly("POLICE_STATION", "CIVIL_AFFAIRS", "LABOUR_SECURITY");
    Route complex = changzhi.route(Severity.MAJOR, MatterKind.LABOUR);
    assertThat(complex.legalTrack()).contains("LEGAL_AID");
    assertThat(complex.partners()).containsExactly("LEGAL_AID_CENTRE");
    assertThat(changzhi.legalTrack(Severity.MAJOR, MatterKind.LAND).orElseThrow()
        .displayName(Locale.CHINA)).isEqualTo("复杂性纠纷法律援助");
    // the track is recorded with the file
    Docket docket = TestDockets.docket(changzhi, Fixtures.changzhi(), T0);
    MatterEvent filed = fileAt(docket, "m-1", MatterKind.LABOUR, Severity.MAJOR, "grid-1");
    assertThat(filed.route().orElseThrow().legalTrack()).contains("LEGAL_AID");
    // a county without the dual track routes without one
    assertThat(Fixtures.preset("SHANGBA").route(Severity.MAJOR, MatterKind.LABOUR).legalTrack())
        .isEmpty();
  }

  /** 004's three-way triage for every kind of matter (severity does not matter in Weituo). */
  static final String[] WEITUO_TRIAGE = {
      "NEIGHBOUR      CIVIL       GRID     CONSULTATION_GROUP  ONE_THREE_SIX  5",
      "LAND           CIVIL       GRID     CONSULTATION_GROUP  ONE_THREE_SIX  5",
      "FAMILY         CIVIL       GRID     CONSULTATION_GROUP  ONE_THREE_SIX  5",
      "LABOUR         GOVERNMENT  TOWN     TOWN_DEPARTMENT     -              10",
      "PETITION       GOVERNMENT  TOWN     TOWN_DEPARTMENT     -              10",
      "COLLECTIVE     VILLAGE     VILLAGE  TWO_COMMITTEES      SEVEN_STEPS    30",
      "PUBLIC_SERVICE GOVERNMENT  TOWN     TOWN_DEPARTMENT     -              10",
      "OTHER          CIVIL       GRID     CONSULTATION_GROUP  ONE_THREE_SIX  5",
  };

  @Test
  void R_MED_5_weituoSortsMattersIntoCivilVillageAndGovernmentAffairs() {
    MediationPolicy weituo = Fixtures.preset("WEITUO");
    assertThat(WEITUO_TRIAGE).hasSize(MatterKind.values().length);
    for (String row : WEITUO_TRIAGE) {
      String[] c = row.trim().split("\\s+");
      for (Severity severity : Severity.values()) {
        Route route = weituo.route(severity, MatterKind.valueOf(c[0]));
        assertThat(route.affair()).as(row).contains(c[1]);
        assertThat(route.tier()).as(row).isEqualTo(c[2]);
        assertThat(route.body()).as(row).contains(c[3]);
        assertThat(route.procedure().orElse("-")).as(row).isEqualTo(c[4]);
        assertThat(route.limitDays()).as(row).isEqualTo(Integer.parseInt(c[5]));
      }
    }
    Triage triage = weituo.triage().orElseThrow();
    assertThat(triage.classes()).extracting(c -> c.displayName(Locale.CHINA))
        .containsExactly("民事", "村事", "政事");
  }

  @Test
  void R_MED_5_governmentAffairsGoToTheTownWithinTheirOwnTimeLimit() {
    Docket docket = TestDockets.weituo(T0);
    MatterEvent filed = fileAt(docket, "m-1", MatterKind.PUBLIC_SERVICE, Severity.ORDINARY,
        "liwan-1-b"); // 楼道路灯停电
    assertThat(filed.tier()).contains("TOWN");
    assertThat(filed.unit()).contains(UnitId.of("weituo"));
    // 限时承办: 10 working days from Monday 4 March 2024, not the town tier's 20
    assertThat(filed.deadline().orElseThrow().limitDays()).isEqualTo(10);
    assertThat(filed.deadline().orElseThrow().lastDay()).isEqualTo(LocalDate.of(2024, 3, 18));
    MatterEvent village = fileAt(docket, "m-2", MatterKind.COLLECTIVE, Severity.ORDINARY,
        "qixing-1"); // 风貌改造 land readjustment
    assertThat(village.tier()).contains("VILLAGE");
    assertThat(village.unit()).contains(UnitId.of("qixing"));
    assertThat(docket.deliberation(MatterId.of("m-2")).orElseThrow().procedure().code())
        .isEqualTo("SEVEN_STEPS");
    MatterEvent civil = fileAt(docket, "m-3", MatterKind.NEIGHBOUR, Severity.ORDINARY,
        "liwan-1-a");
    assertThat(civil.unit()).contains(UnitId.of("liwan-1"));
    assertThat(civil.route().orElseThrow().body()).contains("CONSULTATION_GROUP");
  }
}
