package io.github.xiangzhi.rating.star.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.core.profile.CoreSections;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RatingRoundTest {
  static final RatingPolicy CHANGZHI = StarGens.changzhi();
  static final GovernancePeriod Y2024 = GovernancePeriod.ofYear(2024);
  static final Hierarchy COUNTY = StarGens.county(1, 2, new int[] {3, 2});
  static final UnitId V0 = UnitId.of("v0");
  static final HouseholdId H0 = HouseholdId.of("h0-0");
  static final HouseholdId H1 = HouseholdId.of("h0-1");
  static final HouseholdId H2 = HouseholdId.of("h0-2");
  static final HouseholdId ELSEWHERE = HouseholdId.of("h1-0");
  static final PersonId SECRETARY = PersonId.of("secretary");
  static final PersonId A = PersonId.of("a");
  static final PersonId B = PersonId.of("b");
  static final PersonId C = PersonId.of("c");
  static final PersonId OUTSIDER = PersonId.of("villager-9");

  static GovernanceCalendar china() throws Exception {
    String yaml = new CoreSections.Calendar().presets().get("CHINA_2024_2025");
    return XiangzhiJson.newYamlMapper().readValue(yaml, GovernanceCalendar.class);
  }

  static RoundSetup setup(GovernanceCalendar calendar) {
    return CHANGZHI.roundSetup(V0, Y2024, Committee.of(SECRETARY, A, B, C), calendar);
  }

  static RatingRound reviewed() {
    RatingRound round = RatingRound.open(setup(GovernanceCalendar.standard()), COUNTY,
            SECRETARY, StarGens.at("2024-09-02T01:00:00Z"))
        .selfAssess(H0, SelfAssessment.of(List.of("LAW_ABIDING")), H0person(),
            StarGens.at("2024-09-03T01:00:00Z"))
        .closeSelfAssessment(SECRETARY, StarGens.at("2024-09-10T01:00:00Z"));
    for (PersonId member : List.of(SECRETARY, A, B)) {
      round = round.vote(member, H0, VoteChoice.FOR, StarGens.at("2024-09-20T01:00:00Z"));
    }
    return round.closeReview(SECRETARY, StarGens.at("2024-09-20T02:00:00Z"));
  }

  static PersonId H0person() {
    return PersonId.of("head-h0-0");
  }

  @Test
  void R_STAR_3_aRoundGoesFromSelfAssessmentThroughTheVoteAndTheNoticeToTheAward()
      throws Exception {
    GovernanceCalendar calendar = china();
    RatingRound round = RatingRound.open(setup(calendar), COUNTY, SECRETARY,
        StarGens.at("2024-09-02T01:00:00Z"));
    assertThat(round.state()).isEqualTo(RoundState.OPEN);
    assertThat(round.households()).containsExactly(H0, H1, H2);

    round = round
        .selfAssess(H0, SelfAssessment.of(List.of("LAW_ABIDING", "HYGIENE_HEALTH"), "自评表-001"),
            PersonId.of("head-0"), StarGens.at("2024-09-03T01:00:00Z"))
        .selfAssess(H1, SelfAssessment.of(List.of("GREEN_ENVIRONMENT")), PersonId.of("head-1"),
            StarGens.at("2024-09-03T02:00:00Z"))
        .closeSelfAssessment(SECRETARY, StarGens.at("2024-09-10T01:00:00Z"));
    assertThat(round.participants()).containsExactly(H0, H1);
    assertThat(round.proposals().get(H0)).containsExactly("LAW_ABIDING", "HYGIENE_HEALTH");

    // the meeting lowers H0's claim to what the engine found, then votes
    round = round.propose(H0, Set.of("LAW_ABIDING"), SECRETARY,
        StarGens.at("2024-09-20T01:00:00Z"));
    for (PersonId member : List.of(SECRETARY, A, B)) {
      round = round.vote(member, H0, VoteChoice.FOR, StarGens.at("2024-09-20T01:10:00Z"));
    }
    round = round.vote(C, H0, VoteChoice.AGAINST, StarGens.at("2024-09-20T01:10:00Z"))
        .vote(SECRETARY, H1, VoteChoice.FOR, StarGens.at("2024-09-20T01:20:00Z"))
        .vote(A, H1, VoteChoice.AGAINST, StarGens.at("2024-09-20T01:20:00Z"))
        .vote(B, H1, VoteChoice.ABSTAIN, StarGens.at("2024-09-20T01:20:00Z"))
        .closeReview(SECRETARY, StarGens.at("2024-09-20T02:00:00Z"));
    HouseholdDecision h0 = round.decision(H0).orElseThrow();
    assertThat(h0.approved()).isTrue();
    assertThat(h0.stars()).containsExactly("LAW_ABIDING");
    assertThat(h0.absent()).isZero();
    // H1: 1 for of 3 present is not more than half: rejected, no stars
    HouseholdDecision h1 = round.decision(H1).orElseThrow();
    assertThat(h1.approved()).isFalse();
    assertThat(h1.stars()).isEmpty();
    assertThat(h1.absent()).isEqualTo(1);

    // posted on Monday 30 September: five working days later is the make-up workday of
    // Saturday 12 October, after the National Day holiday (1-7 October)
    round = round.publicise(SECRETARY, StarGens.at("2024-09-30T01:00:00Z"));
    assertThat(round.noticeStart()).contains(LocalDate.of(2024, 9, 30));
    assertThat(round.noticeEnd()).contains(LocalDate.of(2024, 10, 12));
    RatingRound posted = round;
    RoundException early = catchThrowableOfType(RoundException.class,
        () -> posted.award(SECRETARY, StarGens.at("2024-10-12T01:00:00Z")));
    assertThat(early.problem()).isEqualTo(RoundProblem.NOTICE_RUNNING);
    assertThat(early.getMessage()).isEqualTo(
        "The notice period runs until 2024-10-12: the stars can be awarded from the next day");

    round = round.lodgeObjection(PersonId.of("villager-3"), H0, "门前乱堆柴草,不应评卫生星",
        StarGens.at("2024-10-08T01:00:00Z"));
    RatingRound objected = round;
    assertThat(catchThrowableOfType(RoundException.class,
        () -> objected.award(SECRETARY, StarGens.at("2024-10-13T01:00:00Z"))).problem())
        .isEqualTo(RoundProblem.UNRESOLVED_OBJECTIONS);
    round = round.resolveObjection("O1", Resolution.DISMISSED, Optional.empty(), SECRETARY,
            StarGens.at("2024-10-10T01:00:00Z"))
        .award(SECRETARY, StarGens.at("2024-10-13T01:00:00Z"));
    assertThat(round.state()).isEqualTo(RoundState.AWARDED);
    assertThat(round.awards()).containsEntry(H0, com.google.common.collect.ImmutableSet.of(
        "LAW_ABIDING")).containsEntry(H1, com.google.common.collect.ImmutableSet.of());

    // every step is recorded with its actor and the clock's instant
    assertThat(round.steps()).extracting(RoundStep::action).containsExactly(RoundAction.OPEN,
        RoundAction.SELF_ASSESS, RoundAction.SELF_ASSESS, RoundAction.CLOSE_SELF_ASSESSMENT,
        RoundAction.PROPOSE, RoundAction.VOTE, RoundAction.VOTE, RoundAction.VOTE,
        RoundAction.VOTE, RoundAction.VOTE, RoundAction.VOTE, RoundAction.VOTE,
        RoundAction.CLOSE_REVIEW, RoundAction.PUBLICISE, RoundAction.LODGE_OBJECTION,
        RoundAction.RESOLVE_OBJECTION, RoundAction.AWARD);
    RoundStep vote = round.steps().get(8);
    assertThat(vote.actor()).isEqualTo(C);
    assertThat(vote.at()).isEqualTo(Instant.parse("2024-09-20T01:10:00Z"));
    assertThat(vote.household()).contains(H0);
    assertThat(vote.detail()).contains("AGAINST");
    assertThat(round.steps().get(round.steps().size() - 1).at())
        .isEqualTo(Instant.parse("2024-10-13T01:00:00Z"));
  }

  @Test
  void R_STAR_3_illegalTransitionsAreRejectedNamingTheCurrentState() {
    RatingRound open = RatingRound.open(setup(GovernanceCalendar.standard()), COUNTY, SECRETARY,
        StarGens.at("2024-09-02T01:00:00Z"));
    RoundException e = catchThrowableOfType(RoundException.class,
        () -> open.award(SECRETARY, StarGens.at("2024-09-03T01:00:00Z")));
    assertThat(e.problem()).isEqualTo(RoundProblem.ILLEGAL_TRANSITION);
    assertThat(e.state()).isEqualTo(RoundState.OPEN);
    assertThat(e.getMessage()).isEqualTo(
        "Cannot award the stars in the round of v0 for 2024: "
            + "the round is open for self-assessment");
    assertThat(e.message(Locale.CHINA)).isEqualTo("v0 2024 年创评当前为“农户自评中”,不能嘉许授牌");
    assertThatThrownBy(() -> open.vote(A, H0, VoteChoice.FOR, StarGens.at("2024-09-03T01:00:00Z")))
        .isInstanceOf(RoundException.class).hasMessageContaining("the round is open");
    RatingRound reviewed = reviewed();
    assertThatThrownBy(() -> reviewed.selfAssess(H1, SelfAssessment.of(List.of()), A,
        StarGens.at("2024-09-21T01:00:00Z"))).hasMessage(
        "Cannot hand in a self-assessment in the round of v0 for 2024: the round is reviewed");
  }

  @Test
  void R_STAR_3_onlyCommitteeMembersVoteAndEachOnlyOnceOnAHousehold() {
    RatingRound round = RatingRound.open(setup(GovernanceCalendar.standard()), COUNTY, SECRETARY,
            StarGens.at("2024-09-02T01:00:00Z"))
        .selfAssess(H0, SelfAssessment.of(List.of("LAW_ABIDING")), H0person(),
            StarGens.at("2024-09-03T01:00:00Z"))
        .closeSelfAssessment(SECRETARY, StarGens.at("2024-09-10T01:00:00Z"))
        .vote(A, H0, VoteChoice.FOR, StarGens.at("2024-09-20T01:00:00Z"));
    RatingRound before = round;
    RoundException outsider = catchThrowableOfType(RoundException.class, () -> before.vote(
        OUTSIDER, H0, VoteChoice.FOR, StarGens.at("2024-09-20T01:00:00Z")));
    assertThat(outsider.problem()).isEqualTo(RoundProblem.NOT_A_MEMBER);
    assertThat(outsider.getMessage())
        .isEqualTo("'villager-9' is not on the two committees of v0 and cannot vote");
    RoundException twice = catchThrowableOfType(RoundException.class, () -> before.vote(
        A, H0, VoteChoice.AGAINST, StarGens.at("2024-09-20T01:05:00Z")));
    assertThat(twice.problem()).isEqualTo(RoundProblem.SECOND_VOTE);
    assertThat(twice.message(Locale.CHINA)).isEqualTo("“两委”成员“a”已对农户“h0-0”表决");
    assertThat(catchThrowableOfType(RoundException.class, () -> before.vote(A, H1,
        VoteChoice.FOR, StarGens.at("2024-09-20T01:05:00Z"))).problem())
        .isEqualTo(RoundProblem.NOT_ASSESSED);
    assertThat(catchThrowableOfType(RoundException.class, () -> before.vote(A, ELSEWHERE,
        VoteChoice.FOR, StarGens.at("2024-09-20T01:05:00Z"))).problem())
        .isEqualTo(RoundProblem.UNKNOWN_HOUSEHOLD);
    assertThat(catchThrowableOfType(RoundException.class, () -> before.propose(H0,
        Set.of("GREEN_ENVIRONMENT"), A, StarGens.at("2024-09-20T01:05:00Z"))).problem())
        .isEqualTo(RoundProblem.VOTES_BEGUN);
    // nothing changed
    assertThat(before.votes()).hasSize(1);
    assertThat(before.votesOn(H0)).containsExactly(java.util.Map.entry(A, VoteChoice.FOR));
  }

  @Test
  void R_STAR_3_aBallotSheetEqualsItsVotesOneByOneAndIsAllOrNothing() {
    RatingRound round = RatingRound.open(setup(GovernanceCalendar.standard()), COUNTY, SECRETARY,
            StarGens.at("2024-09-02T01:00:00Z"))
        .selfAssess(H0, SelfAssessment.of(List.of("LAW_ABIDING")), H0person(),
            StarGens.at("2024-09-03T01:00:00Z"))
        .selfAssess(H1, SelfAssessment.of(List.of()), H0person(),
            StarGens.at("2024-09-03T01:00:00Z"))
        .closeSelfAssessment(SECRETARY, StarGens.at("2024-09-10T01:00:00Z"));
    java.time.Clock at = StarGens.at("2024-09-20T01:00:00Z");
    java.util.Map<io.github.xiangzhi.core.id.HouseholdId, VoteChoice> sheet =
        new java.util.LinkedHashMap<>();
    sheet.put(H1, VoteChoice.AGAINST);
    sheet.put(H0, VoteChoice.FOR);
    RatingRound bySheet = round.voteAll(A, sheet, at);
    RatingRound oneByOne = round.vote(A, H1, VoteChoice.AGAINST, at).vote(A, H0, VoteChoice.FOR, at);
    assertThat(bySheet).isEqualTo(oneByOne);
    assertThat(bySheet.votesOn(H1)).containsExactly(java.util.Map.entry(A, VoteChoice.AGAINST));
    assertThat(round.voteAll(A, java.util.Map.of(), at)).isSameAs(round);
    // a sheet naming a household A already voted on, an outsider's sheet: rejected whole
    RatingRound voted = round.vote(A, H0, VoteChoice.FOR, at);
    assertThat(catchThrowableOfType(RoundException.class, () -> voted.voteAll(A, sheet, at))
        .problem()).isEqualTo(RoundProblem.SECOND_VOTE);
    assertThat(voted.votes()).hasSize(1);
    assertThat(catchThrowableOfType(RoundException.class, () -> round.voteAll(OUTSIDER, sheet,
        at)).problem()).isEqualTo(RoundProblem.NOT_A_MEMBER);
    assertThat(catchThrowableOfType(RoundException.class, () -> round.voteAll(B,
        java.util.Map.of(H0, VoteChoice.FOR, ELSEWHERE, VoteChoice.FOR), at)).problem())
        .isEqualTo(RoundProblem.UNKNOWN_HOUSEHOLD);
    assertThat(round.votes()).isEmpty();
  }

  @Test
  void R_STAR_3_withoutAQuorumTheReviewCannotClose() {
    RatingRound round = RatingRound.open(setup(GovernanceCalendar.standard()), COUNTY, SECRETARY,
            StarGens.at("2024-09-02T01:00:00Z"))
        .selfAssess(H0, SelfAssessment.of(List.of("LAW_ABIDING")), H0person(),
            StarGens.at("2024-09-03T01:00:00Z"))
        .closeSelfAssessment(SECRETARY, StarGens.at("2024-09-10T01:00:00Z"))
        .vote(A, H0, VoteChoice.FOR, StarGens.at("2024-09-20T01:00:00Z"))
        .vote(B, H0, VoteChoice.FOR, StarGens.at("2024-09-20T01:00:00Z"));
    RatingRound twoOfFour = round;
    RoundException e = catchThrowableOfType(RoundException.class,
        () -> twoOfFour.closeReview(SECRETARY, StarGens.at("2024-09-20T02:00:00Z")));
    assertThat(e.problem()).isEqualTo(RoundProblem.NO_QUORUM);
    assertThat(e.getMessage())
        .isEqualTo("No quorum for household 'h0-0': 2 of 4 members voted, 3 needed");
    // an abstention counts towards the quorum
    RatingRound closed = round.vote(C, H0, VoteChoice.ABSTAIN, StarGens.at("2024-09-20T01:30:00Z"))
        .closeReview(SECRETARY, StarGens.at("2024-09-20T02:00:00Z"));
    assertThat(closed.decision(H0).orElseThrow().approved()).isTrue();
  }

  @Test
  void R_STAR_3_objectionsComeDuringTheNoticeAndNeverAfterTheAward() {
    RatingRound posted = reviewed().publicise(SECRETARY, StarGens.at("2024-09-23T01:00:00Z"));
    // Monday 23 September + 5 working days = Monday 30 September (standard calendar)
    assertThat(posted.noticeEnd()).contains(LocalDate.of(2024, 9, 30));
    RatingRound objected = posted.lodgeObjection(OUTSIDER, H0, "违章建房未拆除",
        StarGens.at("2024-09-30T10:00:00Z"));
    assertThat(catchThrowableOfType(RoundException.class, () -> posted.lodgeObjection(OUTSIDER,
        H0, "太晚了", StarGens.at("2024-10-01T01:00:00Z"))).problem())
        .isEqualTo(RoundProblem.NOTICE_OVER);
    assertThat(catchThrowableOfType(RoundException.class, () -> posted.lodgeObjection(OUTSIDER,
        H0, "  ", StarGens.at("2024-09-24T01:00:00Z"))).problem())
        .isEqualTo(RoundProblem.BLANK_OBJECTION);
    // upheld: the committees withdraw the star
    RatingRound upheld = objected.resolveObjection("O1", Resolution.UPHELD, Optional.empty(), A,
        StarGens.at("2024-10-02T01:00:00Z"));
    assertThat(upheld.decision(H0).orElseThrow().stars()).isEmpty();
    assertThat(upheld.objections().get(0).resolvedBy()).contains(A);
    assertThat(catchThrowableOfType(RoundException.class, () -> upheld.resolveObjection("O1",
        Resolution.DISMISSED, Optional.empty(), A, StarGens.at("2024-10-02T01:00:00Z")))
        .problem()).isEqualTo(RoundProblem.ALREADY_RESOLVED);
    assertThat(catchThrowableOfType(RoundException.class, () -> upheld.resolveObjection("O7",
        Resolution.DISMISSED, Optional.empty(), A, StarGens.at("2024-10-02T01:00:00Z")))
        .problem()).isEqualTo(RoundProblem.UNKNOWN_OBJECTION);
    RatingRound awarded = upheld.award(SECRETARY, StarGens.at("2024-10-03T01:00:00Z"));
    RoundException late = catchThrowableOfType(RoundException.class, () -> awarded.lodgeObjection(
        OUTSIDER, H0, "再提异议", StarGens.at("2024-10-04T01:00:00Z")));
    assertThat(late.problem()).isEqualTo(RoundProblem.ILLEGAL_TRANSITION);
    assertThat(late.state()).isEqualTo(RoundState.AWARDED);
    assertThat(late.getMessage()).isEqualTo(
        "Cannot lodge an objection in the round of v0 for 2024: the round is awarded");
    assertThat(awarded.objections()).hasSize(1);
  }

  @Test
  void R_STAR_3_aRoundForAnUnknownVillageOrAUnitThatIsNoVillageIsRejected() {
    RoundSetup nowhere = CHANGZHI.roundSetup(UnitId.of("atlantis"), Y2024,
        Committee.of(A), GovernanceCalendar.standard());
    RoundException unknown = catchThrowableOfType(RoundException.class, () -> RatingRound.open(
        nowhere, COUNTY, SECRETARY, StarGens.at("2024-09-02T01:00:00Z")));
    assertThat(unknown.problem()).isEqualTo(RoundProblem.UNKNOWN_VILLAGE);
    assertThat(unknown.getMessage())
        .isEqualTo("Unknown village 'atlantis': the hierarchy has no such unit");
    assertThat(unknown.message(Locale.CHINA)).isEqualTo("未知的行政村“atlantis”:层级树中没有该单元");
    RoundSetup township = CHANGZHI.roundSetup(UnitId.of("t0"), Y2024, Committee.of(A),
        GovernanceCalendar.standard());
    assertThatThrownBy(() -> RatingRound.open(township, COUNTY, SECRETARY,
        StarGens.at("2024-09-02T01:00:00Z"))).isInstanceOf(RoundException.class)
        .hasMessage("Unit 't0' is at level TOWNSHIP, not VILLAGE: rounds are held per village");
  }

  @Test
  void R_STAR_3_claimsNameKnownStarsAndNoMoreThanTheMaximum() {
    RatingRound open = RatingRound.open(setup(GovernanceCalendar.standard()), COUNTY, SECRETARY,
        StarGens.at("2024-09-02T01:00:00Z"));
    assertThat(catchThrowableOfType(RoundException.class, () -> open.selfAssess(H0,
        SelfAssessment.of(List.of("FLYING")), H0person(), StarGens.at("2024-09-02T01:00:00Z")))
        .getMessage()).isEqualTo("Unknown star 'FLYING' for household 'h0-0'");
    assertThat(catchThrowableOfType(RoundException.class, () -> open.selfAssess(ELSEWHERE,
        SelfAssessment.of(List.of()), H0person(), StarGens.at("2024-09-02T01:00:00Z")))
        .problem()).isEqualTo(RoundProblem.UNKNOWN_HOUSEHOLD);
  }

  @Test
  void R_STAR_3_majoritiesAreExactFractionsWithTiesAndAbstentionsAsConfigured() {
    RoundRules present = RoundRules.standard();
    assertThat(present.approves(2, 1, 0, 5)).isTrue();
    assertThat(present.approves(2, 2, 0, 5)).isFalse();          // a tie is rejected
    assertThat(present.approves(2, 1, 1, 5)).isFalse();          // 2 of 4 present: a tie
    assertThat(present.approves(0, 0, 3, 5)).isFalse();          // nobody for
    RoundRules tiesApprove = RoundRules.builder().ties(TieRule.APPROVED).build();
    assertThat(tiesApprove.approves(2, 2, 0, 5)).isTrue();
    RoundRules cast = RoundRules.builder().basis(VoteBasis.CAST).build();
    assertThat(cast.approves(2, 1, 5, 9)).isTrue();              // abstentions left out
    RoundRules members = RoundRules.builder().basis(VoteBasis.MEMBERS)
        .majority(Share.of(2, 3)).build();
    assertThat(members.approves(6, 0, 0, 9)).isFalse();          // exactly 2/3 is a tie
    assertThat(members.approves(7, 0, 0, 9)).isTrue();
    assertThat(present.hasQuorum(3, 4)).isTrue();
    assertThat(present.hasQuorum(2, 4)).isFalse();               // 1/2 < 2/3
    assertThatThrownBy(() -> RoundRules.builder().noticeWorkingDays(0).build())
        .hasMessage("A notice period of 0 working days: give 1 to 60");
  }

  @Test
  void aRoundRoundTripsThroughJson() throws Exception {
    ObjectMapper json = XiangzhiJson.newMapper();
    RatingRound round = reviewed().publicise(SECRETARY, StarGens.at("2024-09-23T01:00:00Z"))
        .lodgeObjection(OUTSIDER, H0, "异议", StarGens.at("2024-09-24T01:00:00Z"));
    String text = json.writeValueAsString(round);
    assertThat(json.readValue(text, RatingRound.class)).isEqualTo(round);
  }
}
