package io.github.xiangzhi.rating.star.round;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * 星级文明户创评 — one village's rating round for one year (R-STAR-3), an immutable state machine:
 *
 * <pre>
 * OPEN ──closeSelfAssessment──▶ SELF_ASSESSED ──closeReview──▶ PEER_REVIEWED ──publicise──▶
 * PUBLICISED ──award──▶ AWARDED
 * </pre>
 *
 * <ul>
 *   <li>{@code OPEN}: households hand in their self-assessment — the stars claimed and the form
 *       (农户自评); a later one replaces an earlier.
 *   <li>{@code SELF_ASSESSED}: each claim is put to the two committees (the committees may amend
 *       the proposal until the first vote on it); only members vote, once each per household.
 *   <li>{@link #closeReview}: every assessed household must have a quorum, or the review stays
 *       open; each is approved or rejected by the {@link RoundRules}.
 *   <li>{@code PUBLICISED}: the results are posted for the notice period, counted in working days
 *       on the setup's calendar; objections may be lodged until its last day and are resolved by
 *       the committees.
 *   <li>{@link #award}: only after the notice period and with every objection resolved.
 * </ul>
 *
 * <p>Every command returns a new round with the step recorded (actor, instant of the caller's
 * {@link Clock}); a command the state or the input does not allow throws a {@link RoundException}
 * naming the current state or the offending member, household or objection, and changes nothing.
 *
 * <pre>{@code
 * RatingRound round = RatingRound.open(setup, hierarchy, secretary, clock)
 *     .selfAssess(h1, SelfAssessment.of(List.of("LAW_ABIDING", "HYGIENE_HEALTH")), head1, clock)
 *     .closeSelfAssessment(secretary, clock)
 *     .vote(member1, h1, VoteChoice.FOR, clock)
 *     // ...
 *     .closeReview(secretary, clock)
 *     .publicise(secretary, clock);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRatingRound.class)
@JsonDeserialize(as = ImmutableRatingRound.class)
public abstract class RatingRound {

  /** What the round is held on. */
  public abstract RoundSetup setup();

  /** Where the round stands. */
  public abstract RoundState state();

  /** The village's households when the round opened. */
  public abstract ImmutableSet<HouseholdId> households();

  /** The self-assessments handed in, by household. */
  public abstract ImmutableMap<HouseholdId, SelfAssessment> assessments();

  /** The stars put to the vote, by household (the claims, unless amended). */
  public abstract ImmutableMap<HouseholdId, ImmutableSet<String>> proposals();

  /** Every vote, in the order cast. */
  public abstract ImmutableList<Vote> votes();

  /** The decisions, by household, once the review is closed. */
  public abstract ImmutableMap<HouseholdId, HouseholdDecision> decisions();

  /** The first day of the notice period, once posted. */
  public abstract Optional<LocalDate> noticeStart();

  /** The last day of the notice period, once posted. */
  public abstract Optional<LocalDate> noticeEnd();

  /** The objections, in the order lodged. */
  public abstract ImmutableList<Objection> objections();

  /** Every step taken, in order. */
  public abstract ImmutableList<RoundStep> steps();

  // ------------------------------------------------------------------ queries

  /** The village. */
  public UnitId village() {
    return setup().village();
  }

  /** The households that took part (参评): those that assessed themselves. */
  public Set<HouseholdId> participants() {
    return assessments().keySet();
  }

  /** The decision on {@code household}, once the review is closed. */
  public Optional<HouseholdDecision> decision(HouseholdId household) {
    return Optional.ofNullable(decisions().get(household));
  }

  /** The objections not yet resolved. */
  public List<Objection> unresolvedObjections() {
    return objections().stream().filter(o -> !o.resolved()).collect(Collectors.toList());
  }

  /** The votes on {@code household}, by member. */
  public Map<PersonId, VoteChoice> votesOn(HouseholdId household) {
    return votesByHousehold().getOrDefault(household, ImmutableMap.of());
  }

  /**
   * The stars awarded, by household that took part (none for a rejected household).
   *
   * @throws RoundException if the round is not {@link RoundState#AWARDED} yet
   */
  public ImmutableMap<HouseholdId, ImmutableSet<String>> awards() {
    require(RoundState.AWARDED, RoundAction.AWARD);
    ImmutableMap.Builder<HouseholdId, ImmutableSet<String>> out = ImmutableMap.builder();
    decisions().forEach((household, decision) -> out.put(household, decision.stars()));
    return out.buildOrThrow();
  }

  @Value.Lazy
  ImmutableMap<HouseholdId, ImmutableMap<PersonId, VoteChoice>> votesByHousehold() {
    Map<HouseholdId, Map<PersonId, VoteChoice>> out = new LinkedHashMap<>();
    for (Vote vote : votes()) {
      out.computeIfAbsent(vote.household(), k -> new LinkedHashMap<>())
          .put(vote.member(), vote.choice());
    }
    ImmutableMap.Builder<HouseholdId, ImmutableMap<PersonId, VoteChoice>> b =
        ImmutableMap.builder();
    out.forEach((k, v) -> b.put(k, ImmutableMap.copyOf(v)));
    return b.buildOrThrow();
  }

  // ------------------------------------------------------------------ commands

  /**
   * Opens the round of {@code setup}'s village, taking its households from {@code hierarchy}.
   *
   * @throws RoundException if the hierarchy has no such unit ({@link RoundProblem#UNKNOWN_VILLAGE})
   *     or it is not at the village level ({@link RoundProblem#NOT_A_VILLAGE})
   */
  public static RatingRound open(RoundSetup setup, Hierarchy hierarchy, PersonId actor,
      Clock clock) {
    checkNotNull(setup, "setup");
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(actor, "actor");
    UnitId village = setup.village();
    if (!hierarchy.contains(village)) {
      throw new RoundException(RoundProblem.UNKNOWN_VILLAGE, null,
          "rating.star.round.village.unknown", village);
    }
    String level = hierarchy.unit(village).level();
    if (!level.equals(setup.level())) {
      throw new RoundException(RoundProblem.NOT_A_VILLAGE, null,
          "rating.star.round.village.level", village, level, setup.level());
    }
    return ImmutableRatingRound.builder().setup(setup).state(RoundState.OPEN)
        .households(hierarchy.householdsWithin(village))
        .addSteps(step(RoundAction.OPEN, actor, clock, null, setup.year().toString()))
        .build();
  }

  /**
   * Records {@code household}'s self-assessment (农户自评), replacing an earlier one.
   *
   * @throws RoundException unless the round is {@link RoundState#OPEN}, the household is in the
   *     village and the stars are known and not too many
   */
  public RatingRound selfAssess(HouseholdId household, SelfAssessment assessment, PersonId actor,
      Clock clock) {
    checkNotNull(assessment, "assessment");
    require(RoundState.OPEN, RoundAction.SELF_ASSESS);
    requireInVillage(household);
    checkStars(household, assessment.stars());
    Map<HouseholdId, SelfAssessment> assessments = new LinkedHashMap<>(assessments());
    assessments.put(household, assessment);
    return copy().withAssessments(assessments)
        .withSteps(append(step(RoundAction.SELF_ASSESS, actor, clock, household,
            String.join(",", assessment.stars()))));
  }

  /**
   * Closes self-assessment: each claim becomes the proposal put to the committees.
   *
   * @throws RoundException unless the round is {@link RoundState#OPEN}
   */
  public RatingRound closeSelfAssessment(PersonId actor, Clock clock) {
    require(RoundState.OPEN, RoundAction.CLOSE_SELF_ASSESSMENT);
    Map<HouseholdId, ImmutableSet<String>> proposals = new LinkedHashMap<>();
    assessments().forEach((household, a) -> proposals.put(household, a.stars()));
    return copy().withState(RoundState.SELF_ASSESSED)
        .withProposals(proposals)
        .withSteps(append(step(RoundAction.CLOSE_SELF_ASSESSMENT, actor, clock, null,
            Integer.toString(assessments().size()))));
  }

  /**
   * Puts {@code stars} to the vote for {@code household} instead of its claim (互评意见: the
   * meeting may lower or raise a claim, or adopt the star engine's evaluation).
   *
   * @throws RoundException unless the round is {@link RoundState#SELF_ASSESSED}, the household
   *     assessed itself, no vote on it has been cast and the stars are valid
   */
  public RatingRound propose(HouseholdId household, Set<String> stars, PersonId actor,
      Clock clock) {
    checkNotNull(stars, "stars");
    require(RoundState.SELF_ASSESSED, RoundAction.PROPOSE);
    requireAssessed(household);
    if (votesByHousehold().containsKey(household)) {
      throw problem(RoundProblem.VOTES_BEGUN, "rating.star.round.proposal.afterVotes", household);
    }
    checkStars(household, stars);
    Map<HouseholdId, ImmutableSet<String>> proposals = new LinkedHashMap<>(proposals());
    proposals.put(household, ImmutableSet.copyOf(stars));
    return copy().withProposals(proposals)
        .withSteps(append(step(RoundAction.PROPOSE, actor, clock, household,
            String.join(",", stars))));
  }

  /**
   * Records {@code member}'s vote on {@code household}'s proposal.
   *
   * @throws RoundException unless the round is {@link RoundState#SELF_ASSESSED}, {@code member}
   *     is on the committees ({@link RoundProblem#NOT_A_MEMBER}), has not voted on the household
   *     yet ({@link RoundProblem#SECOND_VOTE}) and the household assessed itself
   */
  public RatingRound vote(PersonId member, HouseholdId household, VoteChoice choice,
      Clock clock) {
    checkNotNull(member, "member");
    checkNotNull(choice, "choice");
    require(RoundState.SELF_ASSESSED, RoundAction.VOTE);
    if (!setup().committee().contains(member)) {
      throw problem(RoundProblem.NOT_A_MEMBER, "rating.star.round.vote.notMember", member,
          village());
    }
    requireAssessed(household);
    if (votesOn(household).containsKey(member)) {
      throw problem(RoundProblem.SECOND_VOTE, "rating.star.round.vote.twice", member, household);
    }
    Instant at = clock.instant();
    return copy()
        .withVotes(ImmutableList.<Vote>builderWithExpectedSize(votes().size() + 1)
            .addAll(votes()).add(Vote.of(household, member, choice, at)).build())
        .withSteps(append(step(RoundAction.VOTE, member, at, household, choice.name())));
  }

  /**
   * Records {@code member}'s ballot sheet (表决票): a vote on each household it names, in the
   * sheet's iteration order, all at {@code clock}'s instant. The same as calling {@link #vote}
   * once per entry, except that it is all or nothing: one household that cannot be voted on
   * rejects the whole sheet and the round is unchanged.
   *
   * <p>Performance notes: one copy and one invariant check for the whole sheet. Voting one by one
   * copies the round per vote, which costs O(v²) for v votes in a round; sheets cost
   * O(m·v) for m members.
   *
   * @throws RoundException as {@link #vote} would for the first entry it rejects
   */
  public RatingRound voteAll(PersonId member, Map<HouseholdId, VoteChoice> sheet, Clock clock) {
    checkNotNull(member, "member");
    checkNotNull(sheet, "sheet");
    require(RoundState.SELF_ASSESSED, RoundAction.VOTE);
    if (sheet.isEmpty()) {
      return this;
    }
    if (!setup().committee().contains(member)) {
      throw problem(RoundProblem.NOT_A_MEMBER, "rating.star.round.vote.notMember", member,
          village());
    }
    for (Map.Entry<HouseholdId, VoteChoice> entry : sheet.entrySet()) {
      checkNotNull(entry.getValue(), "choice for %s", entry.getKey());
      requireAssessed(entry.getKey());
      if (votesOn(entry.getKey()).containsKey(member)) {
        throw problem(RoundProblem.SECOND_VOTE, "rating.star.round.vote.twice", member,
            entry.getKey());
      }
    }
    Instant at = clock.instant();
    ImmutableList.Builder<Vote> votes =
        ImmutableList.<Vote>builderWithExpectedSize(votes().size() + sheet.size()).addAll(votes());
    List<RoundStep> steps = new ArrayList<>(steps().size() + sheet.size());
    steps.addAll(steps());
    sheet.forEach((household, choice) -> {
      votes.add(Vote.of(household, member, choice, at));
      steps.add(step(RoundAction.VOTE, member, at, household, choice.name()));
    });
    return copy().withVotes(votes.build()).withSteps(steps);
  }

  /**
   * Closes the review meeting and counts each household's vote (表决确定星级).
   *
   * @throws RoundException unless the round is {@link RoundState#SELF_ASSESSED} and every
   *     assessed household's vote has a quorum ({@link RoundProblem#NO_QUORUM}, naming the first
   *     household without)
   */
  public RatingRound closeReview(PersonId actor, Clock clock) {
    require(RoundState.SELF_ASSESSED, RoundAction.CLOSE_REVIEW);
    RoundRules rules = setup().rules();
    int members = setup().committee().size();
    Map<HouseholdId, HouseholdDecision> decisions = new LinkedHashMap<>();
    for (HouseholdId household : assessments().keySet()) {
      int votesFor = 0;
      int against = 0;
      int abstentions = 0;
      for (VoteChoice choice : votesOn(household).values()) {
        switch (choice) {
          case FOR:
            votesFor++;
            break;
          case AGAINST:
            against++;
            break;
          case ABSTAIN:
            abstentions++;
            break;
          default:
            throw new AssertionError(choice);
        }
      }
      int present = votesFor + against + abstentions;
      if (!rules.hasQuorum(present, members)) {
        throw problem(RoundProblem.NO_QUORUM, "rating.star.round.quorum", household, present,
            members, rules.quorum().shortfall(0, members));
      }
      boolean approved = rules.approves(votesFor, against, abstentions, members);
      ImmutableSet<String> proposed = proposals().get(household);
      decisions.put(household, HouseholdDecision.builder().household(household)
          .proposed(proposed).votesFor(votesFor).against(against).abstentions(abstentions)
          .absent(members - present).quorum(true).approved(approved)
          .stars(approved ? proposed : ImmutableSet.of()).build());
    }
    // state and decisions change together: the value's check needs both
    return ImmutableRatingRound.builder().from(this).state(RoundState.PEER_REVIEWED)
        .decisions(decisions)
        .steps(append(step(RoundAction.CLOSE_REVIEW, actor, clock, null,
            Long.toString(decisions.values().stream().filter(HouseholdDecision::approved)
                .count()))))
        .build();
  }

  /**
   * Posts the results (张榜公示) from today, in the calendar's zone, for the rules' notice period:
   * its last day is that many working days later.
   *
   * @throws RoundException unless the round is {@link RoundState#PEER_REVIEWED}
   */
  public RatingRound publicise(PersonId actor, Clock clock) {
    require(RoundState.PEER_REVIEWED, RoundAction.PUBLICISE);
    GovernanceCalendar calendar = setup().calendar();
    Instant at = clock.instant();
    LocalDate today = LocalDate.ofInstant(at, calendar.zone());
    LocalDate end = calendar.plusWorkingDays(today, setup().rules().noticeWorkingDays());
    return copy().withState(RoundState.PUBLICISED)
        .withNoticeStart(today).withNoticeEnd(end)
        .withSteps(append(step(RoundAction.PUBLICISE, actor, at, null, end.toString())));
  }

  /**
   * Lodges an objection to {@code household}'s posted result; its id is {@code O} and its number.
   *
   * @throws RoundException unless the round is {@link RoundState#PUBLICISED} (after the award it
   *     names {@link RoundState#AWARDED}), the notice period has not ended ({@link
   *     RoundProblem#NOTICE_OVER}), the household's result is posted and the text is not blank
   */
  public RatingRound lodgeObjection(PersonId by, HouseholdId household, String text,
      Clock clock) {
    checkNotNull(by, "by");
    checkNotNull(text, "text");
    require(RoundState.PUBLICISED, RoundAction.LODGE_OBJECTION);
    requireAssessed(household);
    if (text.isBlank()) {
      throw problem(RoundProblem.BLANK_OBJECTION, "rating.star.round.objection.blank");
    }
    Instant at = clock.instant();
    LocalDate today = LocalDate.ofInstant(at, setup().calendar().zone());
    if (today.isAfter(noticeEnd().orElseThrow())) {
      throw problem(RoundProblem.NOTICE_OVER, "rating.star.round.notice.over",
          noticeEnd().get());
    }
    String id = "O" + (objections().size() + 1);
    Objection objection = Objection.builder().id(id).household(household).by(by).text(text)
        .lodgedAt(at).build();
    return copy()
        .withObjections(ImmutableList.<Objection>builder().addAll(objections()).add(objection)
            .build())
        .withSteps(append(step(RoundAction.LODGE_OBJECTION, by, at, household, id)));
  }

  /**
   * Resolves objection {@code id}. An upheld objection sets the household's stars to {@code
   * amendedStars}, or withdraws them all when none are given; a dismissed one leaves them.
   *
   * @throws RoundException unless the round is {@link RoundState#PUBLICISED} and the objection
   *     exists and is unresolved
   * @throws IllegalArgumentException if stars are given with a dismissal
   */
  public RatingRound resolveObjection(String id, Resolution resolution,
      Optional<? extends Set<String>> amendedStars, PersonId actor, Clock clock) {
    checkNotNull(id, "id");
    checkNotNull(resolution, "resolution");
    checkArgument(resolution == Resolution.UPHELD || amendedStars.isEmpty(),
        "a dismissed objection amends no stars");
    require(RoundState.PUBLICISED, RoundAction.RESOLVE_OBJECTION);
    int index = -1;
    for (int i = 0; i < objections().size(); i++) {
      if (objections().get(i).id().equals(id)) {
        index = i;
      }
    }
    if (index < 0) {
      throw problem(RoundProblem.UNKNOWN_OBJECTION, "rating.star.round.objection.unknown", id);
    }
    Objection objection = objections().get(index);
    if (objection.resolved()) {
      throw problem(RoundProblem.ALREADY_RESOLVED, "rating.star.round.objection.resolved", id);
    }
    Instant at = clock.instant();
    Objection.Builder resolved = Objection.builder().from(objection).resolution(resolution)
        .resolvedBy(actor).resolvedAt(at);
    Map<HouseholdId, HouseholdDecision> decisions = decisions();
    if (resolution == Resolution.UPHELD) {
      ImmutableSet<String> stars = amendedStars.map(ImmutableSet::copyOf).orElse(ImmutableSet.of());
      checkStars(objection.household(), stars);
      resolved.amendedStars(stars);
      decisions = new LinkedHashMap<>(decisions);
      HouseholdDecision decision = decisions.get(objection.household());
      decisions.put(objection.household(),
          HouseholdDecision.builder().from(decision).stars(stars).build());
    }
    List<Objection> objections = new ArrayList<>(objections());
    objections.set(index, resolved.build());
    return copy().withObjections(objections).withDecisions(decisions)
        .withSteps(append(step(RoundAction.RESOLVE_OBJECTION, actor, at, objection.household(),
            id + ":" + resolution.name())));
  }

  /**
   * Awards the stars (嘉许授牌).
   *
   * @throws RoundException unless the round is {@link RoundState#PUBLICISED}, the notice period
   *     is over ({@link RoundProblem#NOTICE_RUNNING}) and every objection is resolved ({@link
   *     RoundProblem#UNRESOLVED_OBJECTIONS})
   */
  public RatingRound award(PersonId actor, Clock clock) {
    require(RoundState.PUBLICISED, RoundAction.AWARD);
    Instant at = clock.instant();
    LocalDate today = LocalDate.ofInstant(at, setup().calendar().zone());
    if (!today.isAfter(noticeEnd().orElseThrow())) {
      throw problem(RoundProblem.NOTICE_RUNNING, "rating.star.round.notice.running",
          noticeEnd().get());
    }
    List<String> open = unresolvedObjections().stream().map(Objection::id)
        .collect(Collectors.toList());
    if (!open.isEmpty()) {
      throw problem(RoundProblem.UNRESOLVED_OBJECTIONS, "rating.star.round.objection.unresolved",
          String.join(", ", open));
    }
    return copy().withState(RoundState.AWARDED)
        .withSteps(append(step(RoundAction.AWARD, actor, at, null, null)));
  }

  // ------------------------------------------------------------------ helpers

  private ImmutableRatingRound copy() {
    return (ImmutableRatingRound) ImmutableRatingRound.copyOf(this);
  }

  private void require(RoundState expected, RoundAction action) {
    if (state() != expected) {
      throw problem(RoundProblem.ILLEGAL_TRANSITION, "rating.star.round.transition", action,
          village(), setup().year(), state());
    }
  }

  private RoundException problem(RoundProblem problem, String key, Object... arguments) {
    return new RoundException(problem, state(), key, arguments);
  }

  private void requireInVillage(HouseholdId household) {
    checkNotNull(household, "household");
    if (!households().contains(household)) {
      throw problem(RoundProblem.UNKNOWN_HOUSEHOLD, "rating.star.round.household.unknown",
          household, village());
    }
  }

  private void requireAssessed(HouseholdId household) {
    requireInVillage(household);
    if (!assessments().containsKey(household)) {
      throw problem(RoundProblem.NOT_ASSESSED, "rating.star.round.household.notAssessed",
          household);
    }
  }

  private void checkStars(HouseholdId household, Set<String> stars) {
    for (String star : stars) {
      if (!setup().categories().contains(star)) {
        throw problem(RoundProblem.UNKNOWN_CATEGORY, "rating.star.round.category.unknown", star,
            household);
      }
    }
    if (stars.size() > setup().maxStars()) {
      throw problem(RoundProblem.TOO_MANY_STARS, "rating.star.round.stars.tooMany", household,
          stars.size(), setup().maxStars());
    }
  }

  private List<RoundStep> append(RoundStep step) {
    List<RoundStep> out = new ArrayList<>(steps().size() + 1);
    out.addAll(steps());
    out.add(step);
    return out;
  }

  private static RoundStep step(RoundAction action, PersonId actor, Clock clock,
      HouseholdId household, String detail) {
    return step(action, actor, clock.instant(), household, detail);
  }

  private static RoundStep step(RoundAction action, PersonId actor, Instant at,
      HouseholdId household, String detail) {
    checkNotNull(actor, "actor");
    RoundStep.Builder step = RoundStep.builder().action(action).actor(actor).at(at);
    if (household != null) {
      step.household(household);
    }
    if (detail != null && !detail.isEmpty()) {
      step.detail(detail);
    }
    return step.build();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    boolean reviewed = state().compareTo(RoundState.PEER_REVIEWED) >= 0;
    checks.check(!reviewed || decisions().keySet().equals(assessments().keySet()), "/decisions",
        "rating.star.round.invalid.decisions", village());
    checks.check(decisions().values().stream().allMatch(HouseholdDecision::quorum),
        "/decisions", "rating.star.round.invalid.quorum", village());
    checks.check(state() != RoundState.AWARDED || objections().stream()
        .allMatch(Objection::resolved), "/objections",
        "rating.star.round.invalid.objections", village());
    Map<HouseholdId, Set<PersonId>> voters = new HashMap<>();
    for (int i = 0; i < votes().size(); i++) {
      Vote v = votes().get(i);
      checks.check(setup().committee().contains(v.member())
              && voters.computeIfAbsent(v.household(), k -> new java.util.HashSet<>())
                  .add(v.member()),
          "/votes/" + i, "rating.star.round.invalid.vote", v.member(), v.household());
    }
    checks.throwIfAny();
  }
}
