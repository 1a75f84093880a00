package io.github.xiangzhi.rating.star.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xiangzhi.testkit.core.Examples;
import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.math.BigInteger;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random command sequences against the real round and a simple model (R-STAR-3): after every
 * command both agree on whether it was accepted (and why not), on the state, the participants,
 * the votes and the open objections; an awarded round never has an unresolved objection or a
 * decision without a quorum.
 */
class RatingRoundStatefulTest {
  static final List<String> STARS = List.of("A", "B", "C");
  static final Hierarchy COUNTY = StarGens.county(1, 2, new int[] {4, 1});
  static final HouseholdId OUTSIDE = HouseholdId.of("h1-0");
  static final PersonId NON_MEMBER = PersonId.of("villager");
  static final Share[] QUORUMS = {Share.of(1, 3), Share.of(1, 2), Share.of(2, 3), Share.ALL};
  static final Share[] MAJORITIES = {Share.of(1, 2), Share.of(2, 3), Share.of(1, 3)};

  enum Kind {
    SELF_ASSESS, CLOSE_SELF_ASSESSMENT, PROPOSE, VOTE, CLOSE_REVIEW, PUBLICISE, LODGE, RESOLVE,
    AWARD, ADVANCE
  }

  /** A command: a kind and three small parameters. */
  static final class Command {
    final Kind kind;
    final int a;
    final int b;
    final int c;

    Command(int code) {
      int weight = code % 100;
      kind = weight < 14 ? Kind.SELF_ASSESS : weight < 19 ? Kind.CLOSE_SELF_ASSESSMENT
          : weight < 22 ? Kind.PROPOSE : weight < 52 ? Kind.VOTE : weight < 57 ? Kind.CLOSE_REVIEW
          : weight < 62 ? Kind.PUBLICISE : weight < 69 ? Kind.LODGE : weight < 78 ? Kind.RESOLVE
          : weight < 85 ? Kind.AWARD : Kind.ADVANCE;
      a = (code / 100) % 97;
      b = (code / 9_700) % 89;
      c = (code / 863_300) % 7;
    }

    @Override
    public String toString() {
      return kind + "(" + a + "," + b + "," + c + ")";
    }
  }

  /** The round as a few maps and counters. */
  static final class Model {
    RoundState state = RoundState.OPEN;
    final Map<HouseholdId, Integer> claims = new LinkedHashMap<>();
    final Map<HouseholdId, Map<PersonId, VoteChoice>> votes = new HashMap<>();
    final Map<HouseholdId, Boolean> approved = new HashMap<>();
    final List<Boolean> resolved = new ArrayList<>();
    LocalDate noticeEnd;
    int steps = 1;
  }

  static Gen<List<Command>> commands() {
    return lists().of(integers().between(0, Integer.MAX_VALUE).map(Command::new))
        .ofSizeBetween(0, 90);
  }

  @Test
  void R_STAR_3_randomCommandSequencesAgreeWithAModelAndNeverAwardWhatIsNotReady() {
    AtomicInteger awarded = new AtomicInteger();
    AtomicInteger reviewed = new AtomicInteger();
    qt().withExamples(Examples.of(300))
        .forAll(integers().between(1, 4), integers().between(0, 1_000_000), commands())
        .checkAssert((members, rulesCode, commands) -> {
          RoundRules rules = RoundRules.builder()
              .quorum(QUORUMS[rulesCode % QUORUMS.length])
              .majority(MAJORITIES[(rulesCode / 4) % MAJORITIES.length])
              .basis(VoteBasis.values()[(rulesCode / 12) % 3])
              .ties(TieRule.values()[(rulesCode / 36) % 2])
              .noticeWorkingDays(1 + (rulesCode / 72) % 3).build();
          List<PersonId> committee = new ArrayList<>();
          for (int m = 0; m < members; m++) {
            committee.add(PersonId.of("m" + m));
          }
          run(rules, committee, commands, awarded, reviewed);
        });
    // the sequences do reach the end of the process, so the invariants are exercised there
    assertThat(reviewed.get()).isPositive();
    assertThat(awarded.get()).isPositive();
  }

  static void run(RoundRules rules, List<PersonId> committee, List<Command> commands,
      AtomicInteger awarded, AtomicInteger reviewed) {
    RoundSetup setup = RoundSetup.builder().village(UnitId.of("v0"))
        .year(GovernancePeriod.ofYear(2024)).categories(STARS).maxStars(3)
        .committee(Committee.of(committee)).rules(rules)
        .calendar(GovernanceCalendar.standard()).build();
    Instant now = Instant.parse("2024-12-02T01:00:00Z"); // Monday 09:00 in Shanghai
    RatingRound round = RatingRound.open(setup, COUNTY, PersonId.of("clerk"), clock(now));
    List<HouseholdId> households = new ArrayList<>(round.households());
    households.add(OUTSIDE);
    List<PersonId> voters = new ArrayList<>(committee);
    voters.add(NON_MEMBER);
    Model model = new Model();
    boolean wasReviewed = false;
    for (Command command : commands) {
      if (command.kind == Kind.ADVANCE) {
        now = now.plus(Duration.ofDays(1 + command.a % 4));
        continue;
      }
      Clock clock = clock(now);
      LocalDate today = LocalDate.ofInstant(now, StarGens.SHANGHAI);
      RoundProblem expected = expect(model, command, households, voters, committee.size(),
          rules, today);
      RatingRound before = round;
      RoundProblem actual = null;
      try {
        round = apply(round, command, households, voters, clock);
      } catch (RoundException e) {
        actual = e.problem();
        assertThat(e.state()).isEqualTo(before.state());
        assertThat(round).isSameAs(before);
      }
      assertThat(actual).as("%s in %s", command, model.state).isEqualTo(expected);
      if (expected == null) {
        update(model, command, households, voters, committee.size(), rules, today);
        model.steps++;
      }
      assertThat(round.state()).isEqualTo(model.state);
      assertThat(round.participants()).isEqualTo(model.claims.keySet());
      assertThat(round.votes()).hasSize(model.votes.values().stream().mapToInt(Map::size).sum());
      assertThat(round.unresolvedObjections())
          .hasSize((int) model.resolved.stream().filter(r -> !r).count());
      assertThat(round.steps()).hasSize(model.steps);
      for (Map.Entry<HouseholdId, Boolean> e : model.approved.entrySet()) {
        assertThat(round.decision(e.getKey()).orElseThrow().approved()).isEqualTo(e.getValue());
      }
      if (round.state() == RoundState.AWARDED) {
        assertThat(round.unresolvedObjections()).isEmpty();
        assertThat(round.decisions().values()).allMatch(HouseholdDecision::quorum);
        for (HouseholdId household : round.participants()) {
          int present = round.votesOn(household).size();
          assertThat(rules.quorum().isMetBy(present, committee.size())).isTrue();
        }
      }
      wasReviewed |= round.state().compareTo(RoundState.PEER_REVIEWED) >= 0;
    }
    if (wasReviewed) {
      reviewed.incrementAndGet();
    }
    if (round.state() == RoundState.AWARDED) {
      awarded.incrementAndGet();
    }
  }

  static Clock clock(Instant now) {
    return Clock.fixed(now, StarGens.SHANGHAI);
  }

  static RatingRound apply(RatingRound round, Command c, List<HouseholdId> households,
      List<PersonId> voters, Clock clock) {
    HouseholdId household = households.get(c.a % households.size());
    PersonId clerk = PersonId.of("clerk");
    switch (c.kind) {
      case SELF_ASSESS:
        return round.selfAssess(household, SelfAssessment.of(STARS.subList(0, c.b % 4)), clerk,
            clock);
      case CLOSE_SELF_ASSESSMENT:
        return round.closeSelfAssessment(clerk, clock);
      case PROPOSE:
        return round.propose(household, java.util.Set.copyOf(STARS.subList(0, c.b % 4)), clerk,
            clock);
      case VOTE:
        return round.vote(voters.get(c.b % voters.size()), household,
            VoteChoice.values()[c.c % 3], clock);
      case CLOSE_REVIEW:
        return round.closeReview(clerk, clock);
      case PUBLICISE:
        return round.publicise(clerk, clock);
      case LODGE:
        return round.lodgeObjection(PersonId.of("villager"), household, "异议", clock);
      case RESOLVE:
        return round.resolveObjection("O" + (1 + c.b % 4),
            c.c % 2 == 0 ? Resolution.UPHELD : Resolution.DISMISSED, Optional.empty(), clerk,
            clock);
      case AWARD:
        return round.award(clerk, clock);
      default:
        throw new AssertionError(c.kind);
    }
  }

  /** The problem the model expects, or null when the command should succeed. */
  static RoundProblem expect(Model m, Command c, List<HouseholdId> households,
      List<PersonId> voters, int members, RoundRules rules, LocalDate today) {
    HouseholdId household = households.get(c.a % households.size());
    boolean outside = household.equals(OUTSIDE);
    switch (c.kind) {
      case SELF_ASSESS:
        if (m.state != RoundState.OPEN) {
          return RoundProblem.ILLEGAL_TRANSITION;
        }
        return outside ? RoundProblem.UNKNOWN_HOUSEHOLD : null;
      case CLOSE_SELF_ASSESSMENT:
        return m.state != RoundState.OPEN ? RoundProblem.ILLEGAL_TRANSITION : null;
      case PROPOSE:
        if (m.state != RoundState.SELF_ASSESSED) {
          return RoundProblem.ILLEGAL_TRANSITION;
        }
        if (outside) {
          return RoundProblem.UNKNOWN_HOUSEHOLD;
        }
        if (!m.claims.containsKey(household)) {
          return RoundProblem.NOT_ASSESSED;
        }
        return m.votes.containsKey(household) ? RoundProblem.VOTES_BEGUN : null;
      case VOTE: {
        if (m.state != RoundState.SELF_ASSESSED) {
          return RoundProblem.ILLEGAL_TRANSITION;
        }
        PersonId voter = voters.get(c.b % voters.size());
        if (voter.equals(NON_MEMBER)) {
          return RoundProblem.NOT_A_MEMBER;
        }
        if (outside) {
          return RoundProblem.UNKNOWN_HOUSEHOLD;
        }
        if (!m.claims.containsKey(household)) {
          return RoundProblem.NOT_ASSESSED;
        }
        return m.votes.getOrDefault(household, Map.of()).containsKey(voter)
            ? RoundProblem.SECOND_VOTE : null;
      }
      case CLOSE_REVIEW:
        if (m.state != RoundState.SELF_ASSESSED) {
          return RoundProblem.ILLEGAL_TRANSITION;
        }
        for (HouseholdId h : m.claims.keySet()) {
          int present = m.votes.getOrDefault(h, Map.of()).size();
          // present / members >= quorum, cross-multiplied
          if (BigInteger.valueOf(present).multiply(BigInteger.valueOf(rules.quorum()
              .denominator())).compareTo(BigInteger.valueOf(rules.quorum().numerator())
              .multiply(BigInteger.valueOf(members))) < 0) {
            return RoundProblem.NO_QUORUM;
          }
        }
        return null;
      case PUBLICISE:
        return m.state != RoundState.PEER_REVIEWED ? RoundProblem.ILLEGAL_TRANSITION : null;
      case LODGE:
        if (m.state != RoundState.PUBLICISED) {
          return RoundProblem.ILLEGAL_TRANSITION;
        }
        if (outside) {
          return RoundProblem.UNKNOWN_HOUSEHOLD;
        }
        if (!m.claims.containsKey(household)) {
          return RoundProblem.NOT_ASSESSED;
        }
        return today.isAfter(m.noticeEnd) ? RoundProblem.NOTICE_OVER : null;
      case RESOLVE: {
        if (m.state != RoundState.PUBLICISED) {
          return RoundProblem.ILLEGAL_TRANSITION;
        }
        int index = c.b % 4;
        if (index >= m.resolved.size()) {
          return RoundProblem.UNKNOWN_OBJECTION;
        }
        return m.resolved.get(index) ? RoundProblem.ALREADY_RESOLVED : null;
      }
      case AWARD:
        if (m.state != RoundState.PUBLICISED) {
          return RoundProblem.ILLEGAL_TRANSITION;
        }
        if (!today.isAfter(m.noticeEnd)) {
          return RoundProblem.NOTICE_RUNNING;
        }
        return m.resolved.contains(false) ? RoundProblem.UNRESOLVED_OBJECTIONS : null;
      default:
        throw new AssertionError(c.kind);
    }
  }

  static void update(Model m, Command c, List<HouseholdId> households, List<PersonId> voters,
      int members, RoundRules rules, LocalDate today) {
    HouseholdId household = households.get(c.a % households.size());
    switch (c.kind) {
      case SELF_ASSESS:
        m.claims.put(household, c.b % 4);
        break;
      case CLOSE_SELF_ASSESSMENT:
        m.state = RoundState.SELF_ASSESSED;
        break;
      case PROPOSE:
        break;
      case VOTE:
        m.votes.computeIfAbsent(household, k -> new HashMap<>())
            .put(voters.get(c.b % voters.size()), VoteChoice.values()[c.c % 3]);
        break;
      case CLOSE_REVIEW:
        m.state = RoundState.PEER_REVIEWED;
        for (HouseholdId h : m.claims.keySet()) {
          m.approved.put(h, approves(m.votes.getOrDefault(h, Map.of()), members, rules));
        }
        break;
      case PUBLICISE:
        m.state = RoundState.PUBLICISED;
        m.noticeEnd = plusWorkingDays(today, rules.noticeWorkingDays());
        break;
      case LODGE:
        m.resolved.add(false);
        break;
      case RESOLVE:
        m.resolved.set(c.b % 4, true);
        break;
      case AWARD:
        m.state = RoundState.AWARDED;
        break;
      default:
        throw new AssertionError(c.kind);
    }
  }

  /** Approval counted by hand: votes for against the basis, cross-multiplied. */
  static boolean approves(Map<PersonId, VoteChoice> votes, int members, RoundRules rules) {
    long votesFor = votes.values().stream().filter(v -> v == VoteChoice.FOR).count();
    long against = votes.values().stream().filter(v -> v == VoteChoice.AGAINST).count();
    long base = rules.basis() == VoteBasis.MEMBERS ? members
        : rules.basis() == VoteBasis.PRESENT ? votes.size() : votesFor + against;
    if (votesFor == 0 || base == 0) {
      return false;
    }
    int cmp = BigInteger.valueOf(votesFor).multiply(BigInteger.valueOf(rules.majority()
        .denominator())).compareTo(BigInteger.valueOf(rules.majority().numerator())
        .multiply(BigInteger.valueOf(base)));
    return cmp > 0 || (cmp == 0 && rules.ties() == TieRule.APPROVED);
  }

  /** Working days counted one by one, Saturdays and Sundays off. */
  static LocalDate plusWorkingDays(LocalDate date, int n) {
    LocalDate d = date;
    for (int counted = 0; counted < n; ) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return d;
  }
}
