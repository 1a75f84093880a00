package io.github.xiangzhi.rating.star.round;

import static io.github.xiangzhi.rating.star.round.RatingRoundTest.A;
import static io.github.xiangzhi.rating.star.round.RatingRoundTest.B;
import static io.github.xiangzhi.rating.star.round.RatingRoundTest.H0;
import static io.github.xiangzhi.rating.star.round.RatingRoundTest.H1;
import static io.github.xiangzhi.rating.star.round.RatingRoundTest.OUTSIDER;
import static io.github.xiangzhi.rating.star.round.RatingRoundTest.SECRETARY;
import static io.github.xiangzhi.rating.star.round.RatingRoundTest.reviewed;
import static io.github.xiangzhi.rating.star.round.RatingRoundTest.setup;
import static io.github.xiangzhi.testkit.core.Problems.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The round's guards at its edges, and the defaults and limits of its setup and rules. */
class RoundEdgesTest {
  static RoundProblem problem(Runnable action) {
    RoundException e = catchThrowableOfType(action::run, RoundException.class);
    assertThat(e).as("refused").isNotNull();
    return e.problem();
  }

  static RatingRound assessed() {
    return RatingRound.open(setup(GovernanceCalendar.standard()), RatingRoundTest.COUNTY,
            SECRETARY, StarGens.at("2024-09-02T01:00:00Z"))
        .selfAssess(H0, SelfAssessment.of(List.of("LAW_ABIDING")), RatingRoundTest.H0person(),
            StarGens.at("2024-09-03T01:00:00Z"))
        .closeSelfAssessment(SECRETARY, StarGens.at("2024-09-10T01:00:00Z"));
  }

  @Test
  void R_STAR_3_theAwardsAreNotToBeReadBeforeTheRoundIsAwarded() {
    RatingRound reviewed = reviewed();
    assertThat(problem(reviewed::awards)).isEqualTo(RoundProblem.ILLEGAL_TRANSITION);
    RatingRound posted = reviewed.publicise(SECRETARY, StarGens.at("2024-09-23T01:00:00Z"));
    assertThat(problem(posted::awards)).isEqualTo(RoundProblem.ILLEGAL_TRANSITION);
    assertThat(posted.award(SECRETARY, StarGens.at("2024-10-03T01:00:00Z")).awards())
        .containsEntry(H0, com.google.common.collect.ImmutableSet.of("LAW_ABIDING"));
  }

  @Test
  void R_STAR_3_aProposalOrAnUpheldObjectionNamesOnlyTheSchemesStars() {
    RatingRound assessed = assessed();
    assertThat(problem(() -> assessed.propose(H0, Set.of("FLYING"), SECRETARY,
        StarGens.at("2024-09-11T01:00:00Z")))).isEqualTo(RoundProblem.UNKNOWN_CATEGORY);
    assertThat(assessed.propose(H0, Set.of("LAW_ABIDING", "GREEN_ENVIRONMENT"), SECRETARY,
        StarGens.at("2024-09-11T01:00:00Z")).proposals().get(H0))
        .containsExactlyInAnyOrder("LAW_ABIDING", "GREEN_ENVIRONMENT");
    RatingRound objected = reviewed().publicise(SECRETARY, StarGens.at("2024-09-23T01:00:00Z"))
        .lodgeObjection(OUTSIDER, H0, "违章建房未拆除", StarGens.at("2024-09-24T10:00:00Z"));
    assertThat(problem(() -> objected.resolveObjection("O1", Resolution.UPHELD,
        Optional.of(Set.of("FLYING")), A, StarGens.at("2024-10-02T01:00:00Z"))))
        .isEqualTo(RoundProblem.UNKNOWN_CATEGORY);
    // a dismissed objection leaves the stars alone: it cannot name new ones
    IllegalArgumentException dismissed = catchThrowableOfType(() -> objected.resolveObjection(
        "O1", Resolution.DISMISSED, Optional.of(Set.of()), A,
        StarGens.at("2024-10-02T01:00:00Z")), IllegalArgumentException.class);
    assertThat(dismissed).hasMessage("a dismissed objection amends no stars");
    RatingRound kept = objected.resolveObjection("O1", Resolution.DISMISSED, Optional.empty(), A,
        StarGens.at("2024-10-02T01:00:00Z"));
    assertThat(kept.decision(H0).orElseThrow().stars()).containsExactly("LAW_ABIDING");
    // an objection concerns a household that took part
    RatingRound posted = reviewed().publicise(SECRETARY, StarGens.at("2024-09-23T01:00:00Z"));
    assertThat(problem(() -> posted.lodgeObjection(OUTSIDER, H1, "未参评",
        StarGens.at("2024-09-24T10:00:00Z")))).isEqualTo(RoundProblem.NOT_ASSESSED);
  }

  @Test
  void R_STAR_3_aBallotSheetAfterTheReviewClosedIsRefused() {
    RatingRound reviewed = reviewed();
    RoundException e = catchThrowableOfType(() -> reviewed.voteAll(PersonId.of("c"),
        Map.of(H0, VoteChoice.FOR), StarGens.at("2024-09-21T01:00:00Z")), RoundException.class);
    assertThat(e.problem()).isEqualTo(RoundProblem.ILLEGAL_TRANSITION);
    assertThat(e.state()).isEqualTo(RoundState.PEER_REVIEWED);
    assertThat(problem(() -> reviewed.voteAll(B, Map.of(), StarGens.at("2024-09-21T01:00:00Z"))))
        .isEqualTo(RoundProblem.ILLEGAL_TRANSITION);
  }

  @Test
  void R_STAR_3_aReviewedRoundMustDecideEveryHouseholdThatAssessedItself() {
    RatingRound reviewed = reviewed();
    assertThat(reviewed.state()).isEqualTo(RoundState.PEER_REVIEWED);
    assertThat(violations(() -> ImmutableRatingRound.builder().from(reviewed)
        .decisions(Map.of()).build()))
        .containsExactly("/decisions rating.star.round.invalid.decisions");
  }

  @Test
  void R_STAR_3_setupAndRulesDefaultsAndLimits() {
    RoundSetup given = setup(GovernanceCalendar.standard());
    RoundSetup plain = RoundSetup.builder().village(given.village()).year(given.year())
        .level(given.level()).categories(given.categories()).committee(given.committee())
        .build();
    assertThat(plain.maxStars()).isEqualTo(10);
    assertThat(plain.rules()).isEqualTo(RoundRules.standard());
    assertThat(plain.calendar()).isEqualTo(GovernanceCalendar.standard());
    assertThat(RoundSetup.builder().from(given).maxStars(1).build().maxStars()).isEqualTo(1);
    assertThat(violations(() -> RoundSetup.builder().from(given).maxStars(0).build()))
        .containsExactly("/maxStars rating.star.scheme.maxStars");
    assertThat(violations(() -> RoundSetup.builder().from(given)
        .categories(List.of("LAW_ABIDING", "LAW_ABIDING")).build()))
        .containsExactly("/categories/1/category core.duplicate");
    assertThat(RoundRules.builder().noticeWorkingDays(60).build().noticeWorkingDays())
        .isEqualTo(60);
    assertThat(violations(() -> RoundRules.builder().noticeWorkingDays(61).build()))
        .containsExactly("/noticeWorkingDays rating.star.rules.notice");
    assertThat(violations(() -> RoundRules.builder().committee("两委").build()))
        .containsExactly("/committee core.code.syntax");
    assertThat(violations(() -> Committee.of(List.of())))
        .containsExactly("/members rating.star.committee.empty");
    assertThat(Committee.joint(List.of(SECRETARY, A), List.of(B)).members())
        .containsExactly(SECRETARY, A, B);
  }

  @Test
  void theRoundsChoicesHaveTextsInBothLanguages() {
    List<io.github.xiangzhi.core.text.LocalizedText> labels = new java.util.ArrayList<>();
    labels.addAll(List.of(VoteBasis.values()));
    labels.addAll(List.of(Resolution.values()));
    labels.addAll(List.of(TieRule.values()));
    labels.addAll(List.of(VoteChoice.values()));
    for (io.github.xiangzhi.core.text.LocalizedText label : labels) {
      String en = label.text(Locale.ENGLISH);
      assertThat(en).as("%s", label).isNotBlank().doesNotStartWith("rating.");
      assertThat(label.text(Locale.CHINA)).as("%s", label).isNotBlank().isNotEqualTo(en);
    }
  }
}
