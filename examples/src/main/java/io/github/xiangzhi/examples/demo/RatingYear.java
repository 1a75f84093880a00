package io.github.xiangzhi.examples.demo;

import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.rating.points.AccountId;
import io.github.xiangzhi.rating.points.PointsLedger;
import io.github.xiangzhi.rating.star.Evidence;
import io.github.xiangzhi.rating.star.Fact;
import io.github.xiangzhi.rating.star.Indicator;
import io.github.xiangzhi.rating.star.StarCategory;
import io.github.xiangzhi.rating.star.StarEngine;
import io.github.xiangzhi.rating.star.StarRegister;
import io.github.xiangzhi.rating.star.StarResult;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.ValueType;
import io.github.xiangzhi.rating.star.YearEndAdjustment;
import io.github.xiangzhi.rating.star.conduct.ConductRecord;
import io.github.xiangzhi.rating.star.conduct.ListEntry;
import io.github.xiangzhi.rating.star.conduct.RedBlackList;
import io.github.xiangzhi.rating.star.conduct.Restrictions;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.rating.star.round.Committee;
import io.github.xiangzhi.rating.star.round.RatingRound;
import io.github.xiangzhi.rating.star.round.Resolution;
import io.github.xiangzhi.rating.star.round.SelfAssessment;
import io.github.xiangzhi.rating.star.round.VoteChoice;
import io.github.xiangzhi.rating.star.target.TargetReport;
import io.github.xiangzhi.rating.star.target.VillageRecognition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The town's ten-star year (R-STAR-1..8, R-PTS-3): quarterly red and black lists from recorded
 * conduct, each household's evidence (its points balance among it), the engine's evaluation, the
 * year-end adjustment against last year's stars, a rating round in every village — self-assessment,
 * the two committees' votes, the public notice with an objection, the award — then the targets and
 * the honour boards.
 */
final class RatingYear {
  private RatingYear() {}

  /** The quarterly lists, and the events they send to the points bank. */
  static final class Conduct {
    final List<RedBlackList> lists;
    final Restrictions restrictions;
    final List<ConductEvent> events;

    Conduct(List<RedBlackList> lists, Restrictions restrictions, List<ConductEvent> events) {
      this.lists = lists;
      this.restrictions = restrictions;
      this.events = events;
    }
  }

  /** What the rating year came to. */
  static final class Outcome {
    final TargetReport targets;
    final Map<UnitId, VillageRecognition> recognition;
    final YearEndAdjustment adjustment;
    final Map<UnitId, RatingRound> rounds;
    final int objections;
    final int upheld;

    Outcome(TargetReport targets, Map<UnitId, VillageRecognition> recognition,
        YearEndAdjustment adjustment, Map<UnitId, RatingRound> rounds, int objections,
        int upheld) {
      this.targets = targets;
      this.recognition = recognition;
      this.adjustment = adjustment;
      this.rounds = rounds;
      this.objections = objections;
      this.upheld = upheld;
    }
  }

  /** Red and black lists for each village and quarter, from randomly recorded conduct. */
  static Conduct conduct(RatingPolicy policy, SyntheticTown town, GovernancePeriod year,
      ZoneId zone, SplittableRandom random) {
    List<String> red = new ArrayList<>(policy.conduct().redKinds());
    List<String> black = new ArrayList<>(policy.conduct().blackKinds());
    List<RedBlackList> lists = new ArrayList<>();
    List<ConductEvent> events = new ArrayList<>();
    int n = 0;
    for (GovernancePeriod quarter = GovernancePeriod.containing(PeriodKind.QUARTER, year.start());
        year.contains(quarter.start()); quarter = quarter.next()) {
      for (UnitId village : town.villages()) {
        List<ConductRecord> records = new ArrayList<>();
        for (HouseholdId h : town.hierarchy().householdsWithin(village)) {
          double draw = random.nextDouble();
          List<String> kinds = draw < 0.04 ? red : draw < 0.055 ? black : List.of();
          if (kinds.isEmpty()) {
            continue;
          }
          LocalDate day = quarter.start().plusDays(random.nextInt((int) quarter.lengthInDays()));
          records.add(ConductRecord.of("conduct-" + (++n), h,
              kinds.get(random.nextInt(kinds.size())),
              day.atTime(LocalTime.NOON).atZone(zone).toInstant()));
        }
        RedBlackList list = RedBlackList.compile(town.hierarchy(), village, quarter, records,
            policy.conduct(), zone);
        lists.add(list);
        Instant posted = quarter.endInstant(zone).plusSeconds(10 * 3600);
        if (year.contains(posted, zone)) {
          for (ListEntry e : list.red()) {
            events.add(event("red-" + quarter + "-" + e.household().value(), e.household(),
                "RED_LIST", posted));
          }
          for (ListEntry e : list.black()) {
            events.add(event("black-" + quarter + "-" + e.household().value(), e.household(),
                "BLACK_LIST", posted));
          }
        }
      }
    }
    return new Conduct(lists, Restrictions.of(lists), events);
  }

  private static ConductEvent event(String id, HouseholdId household, String kind, Instant at) {
    return ConductEvent.builder().id(id).household(household).kind(kind).occurredAt(at)
        .source("rating").build();
  }

  static Outcome run(RatingPolicy policy, SyntheticTown town, GovernanceCalendar calendar,
      GovernancePeriod year, Conduct conduct, Optional<PointsLedger> points,
      SplittableRandom random) {
    StarScheme scheme = policy.scheme();
    StarEngine engine = StarEngine.create();
    ZoneId zone = calendar.zone();
    LocalDate yearEnd = year.end();
    // villages differ (a village's civic climate and how hard its cadres mobilise), households
    // differ within a village around it
    Map<HouseholdId, Double> propensity = new HashMap<>();
    Map<UnitId, Double> engagement = new HashMap<>();
    for (UnitId village : town.villages()) {
      double climate = 0.45 + 0.4 * random.nextDouble();
      engagement.put(village, 0.84 + 0.15 * random.nextDouble());
      for (HouseholdId h : town.hierarchy().householdsWithin(village)) {
        propensity.put(h, Math.max(0.02, Math.min(0.98, climate + random.nextGaussian() * 0.2)));
      }
    }
    for (HouseholdId h : town.hierarchy().households()) {
      propensity.putIfAbsent(h, 0.6);
    }
    // last year's stars, as last year's round awarded them
    Map<HouseholdId, Set<String>> lastYear = new LinkedHashMap<>();
    for (HouseholdId h : town.hierarchy().households()) {
      double p = Math.max(0.05, Math.min(0.99, propensity.get(h) + random.nextGaussian() * 0.12));
      StarResult r = engine.evaluate(scheme, h, evidence(scheme, p, random, Map.of()));
      if (r.total() > 0) {
        lastYear.put(h, r.stars());
      }
    }
    StarRegister register = StarRegister.empty().record(year.previous(), lastYear);

    // this year's evidence: indicators, tags, the points balance and the black-list restriction
    List<StarResult> results = new ArrayList<>();
    Map<HouseholdId, StarResult> byHousehold = new HashMap<>();
    Instant balanceAt = year.endInstant(zone).minusSeconds(1);
    for (HouseholdId h : town.hierarchy().households()) {
      Map<String, Object> facts = new HashMap<>();
      for (Fact fact : scheme.facts()) {
        facts.put(fact.code(), factValue(fact, h, points, balanceAt, random));
      }
      Evidence evidence = evidence(scheme, propensity.get(h), random, facts);
      if (policy.conduct().blackListFact().isPresent()) {
        evidence = conduct.restrictions.mark(evidence, h, yearEnd,
            policy.conduct().blackListFact().get());
      }
      StarResult result = engine.evaluate(scheme, h, evidence);
      results.add(result);
      byHousehold.put(h, result);
    }
    YearEndAdjustment adjustment = register.adjust(year, results);

    // the rounds: opened on December's first working day
    LocalDate open = calendar.plusWorkingDays(LocalDate.of(year.start().getYear(), 12, 1)
        .minusDays(1), 1);
    SteppingClock clock = new SteppingClock(at(open, 9, zone), zone);
    Map<UnitId, RatingRound> rounds = new LinkedHashMap<>();
    Set<HouseholdId> participants = new HashSet<>();
    Map<HouseholdId, ImmutableSet<String>> awards = new LinkedHashMap<>();
    int objections = 0;
    int upheld = 0;
    for (UnitId village : town.villages()) {
      List<PersonId> members = town.committees().get(village);
      PersonId secretary = members.get(0);
      clock.moveTo(at(open, 9, zone));
      RatingRound round = RatingRound.open(policy.roundSetup(village, year,
          Committee.of(members), calendar), town.hierarchy(), secretary, clock);
      for (HouseholdId h : town.hierarchy().householdsWithin(village)) {
        StarResult result = byHousehold.get(h);
        double chance = engagement.get(village) * (result.total() > 0 ? 1.0 : 0.8);
        boolean takesPart = random.nextDouble() < chance;
        if (!takesPart) {
          continue;
        }
        Set<String> claim = new java.util.LinkedHashSet<>(result.stars());
        if (random.nextInt(12) == 0) { // some households claim a star they have not earned
          for (StarCategory c : scheme.categories()) {
            if (!claim.contains(c.code()) && claim.size() < scheme.maxStars()) {
              claim.add(c.code());
              break;
            }
          }
        }
        clock.moveTo(at(calendar.plusWorkingDays(open, 1), 10, zone));
        round = round.selfAssess(h, SelfAssessment.of(claim, "自评表"), PersonId.of(h.value() + "-head"),
            clock);
      }
      clock.moveTo(at(calendar.plusWorkingDays(open, 5), 9, zone));
      round = round.closeSelfAssessment(secretary, clock);
      // the two committees check each claim against the evidence, amend, then vote
      clock.moveTo(at(calendar.plusWorkingDays(open, 6), 14, zone));
      for (HouseholdId h : round.participants()) {
        ImmutableSet<String> verified = byHousehold.get(h).stars();
        if (!round.proposals().getOrDefault(h, ImmutableSet.of()).equals(verified)) {
          round = round.propose(h, verified, secretary, clock);
        }
      }
      // each member hands in a ballot sheet (表决票) with a vote on every household
      for (PersonId member : members) {
        Map<HouseholdId, VoteChoice> sheet = new LinkedHashMap<>();
        for (HouseholdId h : round.participants()) {
          sheet.put(h, random.nextInt(25) == 0 ? VoteChoice.ABSTAIN : VoteChoice.FOR);
        }
        round = round.voteAll(member, sheet, clock);
      }
      round = round.closeReview(secretary, clock);
      clock.moveTo(at(calendar.plusWorkingDays(open, 7), 9, zone));
      round = round.publicise(secretary, clock);
      // one villager objects to a posted result; the committees look into it
      List<HouseholdId> posted = new ArrayList<>(round.participants());
      if (!posted.isEmpty()) {
        HouseholdId target = posted.get(random.nextInt(posted.size()));
        clock.moveTo(at(calendar.plusWorkingDays(open, 8), 10, zone));
        round = round.lodgeObjection(PersonId.of("villager-" + village.value()), target,
            "对公示结果有异议", clock);
        objections++;
        String id = round.objections().get(round.objections().size() - 1).id();
        clock.moveTo(at(calendar.plusWorkingDays(open, 9), 15, zone));
        ImmutableSet<String> stars = round.proposals().getOrDefault(target, ImmutableSet.of());
        if (random.nextInt(4) == 0 && !stars.isEmpty()) {
          Set<String> fewer = new java.util.LinkedHashSet<>(stars);
          fewer.remove(stars.iterator().next());
          round = round.resolveObjection(id, Resolution.UPHELD, Optional.of(fewer), secretary,
              clock);
          upheld++;
        } else {
          round = round.resolveObjection(id, Resolution.DISMISSED, Optional.empty(), secretary,
              clock);
        }
      }
      LocalDate awardDay = calendar.plusWorkingDays(round.noticeEnd().orElseThrow(), 1);
      clock.moveTo(at(awardDay, 10, zone));
      round = round.award(secretary, clock);
      participants.addAll(round.participants());
      awards.putAll(round.awards());
      rounds.put(village, round);
    }
    // a household that did not take part holds no star this year (R-STAR-4: 能上能下)
    for (UnitId village : town.villages()) {
      for (HouseholdId h : town.hierarchy().householdsWithin(village)) {
        awards.putIfAbsent(h, ImmutableSet.of());
      }
    }
    StarRegister awarded = adjustment.register().record(year, awards);
    TargetReport targets = TargetReport.compute(town.hierarchy(), policy.targets(), participants,
        awards);
    Map<UnitId, VillageRecognition> recognition = new LinkedHashMap<>();
    for (UnitId village : town.villages()) {
      recognition.put(village, VillageRecognition.compile(town.hierarchy(), village, year,
          awarded, policy.targets()));
    }
    return new Outcome(targets, recognition, adjustment, rounds, objections, upheld);
  }

  private static Instant at(LocalDate day, int hour, ZoneId zone) {
    return day.atTime(hour, 0).atZone(zone).toInstant();
  }

  private static Object factValue(Fact fact, HouseholdId h, Optional<PointsLedger> points,
      Instant at, SplittableRandom random) {
    String code = fact.code();
    if (fact.type() == ValueType.BOOLEAN) {
      double chance = code.contains("VETERAN") ? 0.06 : code.contains("MODEL") ? 0.03
          : code.contains("CONVICT") || code.contains("CRIMINAL") ? 0.004 : 0.0;
      return random.nextDouble() < chance;
    }
    if (code.contains("POINTS") && points.isPresent()) {
      return points.get().balanceAt(AccountId.household(h), at);
    }
    return (long) random.nextInt(300);
  }

  /**
   * Evidence of a household that meets each indicator with probability {@code p} (a category's
   * indicators move together a little), plus the facts given.
   */
  static Evidence evidence(StarScheme scheme, double p, SplittableRandom random,
      Map<String, Object> facts) {
    Evidence.Builder b = Evidence.builder();
    Set<String> factCodes = new HashSet<>();
    scheme.facts().forEach(f -> factCodes.add(f.code()));
    for (StarCategory category : scheme.categories()) {
      double q = Math.max(0, Math.min(1, p + (random.nextDouble() - 0.5) * 0.3));
      for (Indicator indicator : category.indicators()) {
        if (indicator.fact().isPresent() || factCodes.contains(indicator.code())) {
          continue; // read from the facts below
        }
        boolean meets = random.nextDouble() < q;
        switch (indicator.type()) {
          case BOOLEAN:
            b.set(indicator.code(), meets);
            break;
          case COUNT:
            b.set(indicator.code(), count(indicator, meets, random));
            break;
          case NUMBER:
            b.set(indicator.code(), BigDecimal.valueOf(count(indicator, meets, random)));
            break;
          default:
            throw new AssertionError(indicator.type());
        }
      }
    }
    for (Map.Entry<String, Object> f : facts.entrySet()) {
      Object v = f.getValue();
      if (v instanceof Boolean) {
        b.set(f.getKey(), (Boolean) v);
      } else if (v instanceof Long) {
        Fact fact = scheme.facts().stream().filter(x -> x.code().equals(f.getKey())).findFirst()
            .orElseThrow();
        if (fact.type() == ValueType.NUMBER) {
          b.set(f.getKey(), BigDecimal.valueOf((Long) v));
        } else {
          b.set(f.getKey(), (long) (Long) v);
        }
      }
    }
    return b.build();
  }

  private static long count(Indicator indicator, boolean meets, SplittableRandom random) {
    if (indicator.atMost().isPresent()) {
      long limit = indicator.atMost().get().longValue();
      return meets ? Math.max(0, limit - random.nextInt(2)) : limit + 1 + random.nextInt(3);
    }
    if (indicator.cap().isPresent()) {
      int cap = indicator.cap().get();
      return meets ? cap : random.nextInt(Math.max(1, cap));
    }
    long least = indicator.atLeast().map(BigDecimal::longValue).orElse(1L);
    return meets ? least + random.nextInt(3) : Math.max(0, least - 1 - random.nextInt(2));
  }
}
