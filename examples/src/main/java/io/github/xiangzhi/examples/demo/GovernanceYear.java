package io.github.xiangzhi.examples.demo;

import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.grid.profile.GridSection;
import io.github.xiangzhi.grid.worklist.AccountabilityReport;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.matter.Matter;
import io.github.xiangzhi.mediation.matter.Outcome;
import io.github.xiangzhi.patrol.policy.PatrolPolicy;
import io.github.xiangzhi.rating.points.PointsPolicy;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * 治理年度 — one governance year of a synthetic town, run across every module the profile
 * configures, in the order their results feed each other: patrols, mediation, the quarterly red
 * and black lists, the points bank (which the patrols, mediation and lists feed through conduct
 * events), and the ten-star rating (which reads the points balance and the black list).
 *
 * <p>Everything random is drawn from one seed, so one seed gives one year. This class is
 * immutable and thread-safe.
 */
public final class GovernanceYear {

  private final CountyProfile profile;
  private final SyntheticTown town;
  private final GovernancePeriod year;
  private final long seed;
  private final Optional<PatrolYear.Outcome> patrol;
  private final Optional<MediationYear.Outcome> mediation;
  private final Optional<RatingYear.Conduct> conduct;
  private final Optional<PointsYear.Outcome> points;
  private final Optional<RatingYear.Outcome> rating;
  private final List<AccountabilityReport> workLists;

  private GovernanceYear(CountyProfile profile, SyntheticTown town, GovernancePeriod year,
      long seed, Optional<PatrolYear.Outcome> patrol, Optional<MediationYear.Outcome> mediation,
      Optional<RatingYear.Conduct> conduct, Optional<PointsYear.Outcome> points,
      Optional<RatingYear.Outcome> rating, List<AccountabilityReport> workLists) {
    this.profile = profile;
    this.town = town;
    this.year = year;
    this.seed = seed;
    this.patrol = patrol;
    this.mediation = mediation;
    this.conduct = conduct;
    this.points = points;
    this.rating = rating;
    this.workLists = List.copyOf(workLists);
  }

  /** Runs {@code year} for {@code town}, configured by {@code profile}, drawing from {@code seed}. */
  public static GovernanceYear run(CountyProfile profile, SyntheticTown town,
      GovernancePeriod year, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    GovernanceCalendar calendar = profile.calendar();
    Optional<PatrolYear.Outcome> patrol = profile.section(PatrolPolicy.class)
        .map(p -> PatrolYear.run(p, town, profile.specialGroups(), calendar, year, random.split()));
    Optional<MediationYear.Outcome> mediation = profile.section(MediationPolicy.class)
        .map(m -> MediationYear.run(m, town, calendar, year, random.split()));
    Optional<RatingPolicy> ratingPolicy = profile.section(RatingPolicy.class);
    Optional<RatingYear.Conduct> conduct = ratingPolicy
        .map(r -> RatingYear.conduct(r, town, year, calendar.zone(), random.split()));

    List<ConductEvent> fed = new ArrayList<>();
    conduct.ifPresent(c -> fed.addAll(c.events));
    mediation.ifPresent(m -> {
      // a neighbour who helped settle a dispute by agreement earns 调解帮扶 points (000 联调)
      for (Matter matter : m.matters) {
        if (matter.feedback().map(f -> f.outcome() == Outcome.AGREEMENT).orElse(false)
            && matter.resolvedAt().isPresent() && year.contains(matter.resolvedAt().get(),
                calendar.zone())) {
          List<io.github.xiangzhi.core.id.HouseholdId> near =
              town.hierarchy().contains(matter.report().location())
                  ? town.hierarchy().households(matter.report().location()) : List.of();
          if (!near.isEmpty()) {
            fed.add(ConductEvent.builder().id("help-" + matter.id().value())
                .household(near.get(near.size() - 1)).kind("MEDIATION_HELP")
                .occurredAt(matter.resolvedAt().get()).source("mediation")
                .reference(matter.id().value()).build());
          }
        }
      }
    });
    SplittableRandom pointsRandom = random.split();
    Optional<PointsYear.Outcome> points = profile.section(PointsPolicy.class).map(p ->
        PointsYear.run(p, town, year, calendar.zone(),
            PointsYear.events(p, town, year, calendar.zone(), pointsRandom, fed), pointsRandom));
    SplittableRandom ratingRandom = random.split();
    Optional<RatingYear.Outcome> rating = ratingPolicy.map(r -> RatingYear.run(r, town, calendar,
        year, conduct.orElseThrow(), points.map(p -> p.ledger), ratingRandom));
    SplittableRandom workRandom = random.split();
    List<AccountabilityReport> workLists = profile.section(GridSection.class)
        .map(g -> WorkListYear.run(g, year, workRandom)).orElse(List.of());
    return new GovernanceYear(profile, town, year, seed, patrol, mediation, conduct, points,
        rating, workLists);
  }

  /** The profile the year ran under. */
  public CountyProfile profile() {
    return profile;
  }

  /** The town. */
  public SyntheticTown town() {
    return town;
  }

  /** The year. */
  public GovernancePeriod year() {
    return year;
  }

  /** The seed everything was drawn from. */
  public long seed() {
    return seed;
  }

  Optional<PatrolYear.Outcome> patrol() {
    return patrol;
  }

  Optional<MediationYear.Outcome> mediation() {
    return mediation;
  }

  Optional<RatingYear.Conduct> conduct() {
    return conduct;
  }

  Optional<PointsYear.Outcome> points() {
    return points;
  }

  Optional<RatingYear.Outcome> rating() {
    return rating;
  }

  List<AccountabilityReport> workLists() {
    return workLists;
  }
}
