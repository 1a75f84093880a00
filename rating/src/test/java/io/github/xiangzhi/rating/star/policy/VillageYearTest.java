package io.github.xiangzhi.rating.star.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.rating.star.Evidence;
import io.github.xiangzhi.rating.star.StarEngine;
import io.github.xiangzhi.rating.star.StarRegister;
import io.github.xiangzhi.rating.star.StarResult;
import io.github.xiangzhi.rating.star.round.Committee;
import io.github.xiangzhi.rating.star.round.RatingRound;
import io.github.xiangzhi.rating.star.round.SelfAssessment;
import io.github.xiangzhi.rating.star.round.VoteChoice;
import io.github.xiangzhi.rating.star.target.TargetKind;
import io.github.xiangzhi.rating.star.target.TargetReport;
import io.github.xiangzhi.rating.star.target.UnitTargets;
import io.github.xiangzhi.rating.star.target.VillageRecognition;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One village's rating year with the Changzhi preset, from evidence to the plaques. */
class VillageYearTest {
  static final RatingPolicy CHANGZHI = StarGens.changzhi();
  static final Hierarchy COUNTY = StarGens.county(1, 1, new int[] {5});
  static final UnitId VILLAGE = UnitId.of("v0");
  static final GovernancePeriod Y2024 = GovernancePeriod.ofYear(2024);
  static final List<PersonId> COMMITTEE = List.of(PersonId.of("secretary"),
      PersonId.of("director"), PersonId.of("member"));

  /** Household n meets the standards of the first {@code stars[n]} categories. */
  static Evidence evidence(int stars) {
    List<Evidence> parts = List.of(
        Evidence.builder().flag("SUPPORTS_COLLECTIVE").flag("PATRIOTIC_EDUCATION").build(),
        Evidence.builder().flag("HAS_ENTERPRISE").set("JOBS_CREATED", 2).build(),
        Evidence.builder().flag("NO_ARREARS").flag("CREDIT_HOUSEHOLD").build(),
        Evidence.builder().set("NEIGHBOUR_DISPUTES", 0).set("HELPING_ACTS", 2).build(),
        Evidence.builder().flag("CARES_FOR_ELDERS").flag("FAMILY_HARMONY").build(),
        Evidence.builder().set("VOLUNTEER_SERVICES", 3).flag("FRUGAL_CEREMONIES").build(),
        Evidence.builder().set("VIOLATIONS", 0).flag("NO_DRUGS_GAMBLING").build(),
        Evidence.builder().flag("WASTE_SORTING").flag("NO_STRAW_BURNING").build(),
        Evidence.builder().flag("CLEAN_COURTYARD").flag("SANITARY_TOILET").build(),
        Evidence.builder().set("TRAINING_SESSIONS", 3).flag("FAMILY_READING").build());
    Evidence all = Evidence.empty();
    for (int c = 0; c < stars; c++) {
      all = all.with(parts.get(c));
    }
    return all;
  }

  @Test
  void R_STAR_3_aVillageYearFromEvidenceThroughTheRoundToTheTargetsAndPlaques() {
    int[] standards = {8, 6, 2, 0, 7};
    List<StarResult> results = new ArrayList<>();
    for (int n = 0; n < standards.length; n++) {
      results.add(StarEngine.create().evaluate(CHANGZHI.scheme(),
          HouseholdId.of("h0-" + n), evidence(standards[n])));
    }
    assertThat(results).extracting(StarResult::total).containsExactly(8, 6, 2, 0, 7);

    RatingRound round = RatingRound.open(CHANGZHI.roundSetup(VILLAGE, Y2024,
        Committee.of(COMMITTEE), GovernanceCalendar.standard()), COUNTY, COMMITTEE.get(0),
        StarGens.at("2024-12-02T01:00:00Z"));
    // four households claim what the engine found; h0-3 does not take part
    for (StarResult result : results) {
      if (result.total() > 0) {
        round = round.selfAssess(result.household(), SelfAssessment.of(result.stars()),
            PersonId.of("head-" + result.household()), StarGens.at("2024-12-03T01:00:00Z"));
      }
    }
    round = round.closeSelfAssessment(COMMITTEE.get(0), StarGens.at("2024-12-10T01:00:00Z"));
    for (HouseholdId household : round.participants()) {
      for (PersonId member : COMMITTEE) {
        round = round.vote(member, household, VoteChoice.FOR, StarGens.at("2024-12-10T02:00:00Z"));
      }
    }
    round = round.closeReview(COMMITTEE.get(0), StarGens.at("2024-12-10T03:00:00Z"))
        .publicise(COMMITTEE.get(0), StarGens.at("2024-12-11T01:00:00Z"))
        .award(COMMITTEE.get(0), StarGens.at("2024-12-19T01:00:00Z"));

    // the targets: 4 of 5 took part (80% < 90%), 4 starred (80%), 3 of 4 with six or more (75%)
    TargetReport report = TargetReport.compute(COUNTY, CHANGZHI.targets(), round.participants(),
        round.awards());
    UnitTargets village = report.unit(VILLAGE).orElseThrow();
    assertThat(village.check(TargetKind.PARTICIPATION).orElseThrow().shortfall()).isEqualTo(1);
    assertThat(village.check(TargetKind.STARRED).orElseThrow().met()).isTrue();
    assertThat(village.check(TargetKind.HIGH_STARRED).orElseThrow().met()).isTrue();
    assertThat(village.text(Locale.CHINA)).contains("还需 1 户参评");

    StarRegister register = StarRegister.empty().record(Y2024, round.awards());
    VillageRecognition recognition = VillageRecognition.compile(COUNTY, VILLAGE, Y2024, register,
        CHANGZHI.targets());
    assertThat(recognition.plaques()).extracting(HouseholdId::value)
        .containsExactly("h0-0", "h0-4", "h0-1");
    assertThat(recognition.changes()).hasSize(4);
  }
}
