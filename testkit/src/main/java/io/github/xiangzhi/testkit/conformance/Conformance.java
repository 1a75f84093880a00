package io.github.xiangzhi.testkit.conformance;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.group.SpecialGroupCatalog;
import io.github.xiangzhi.core.group.SpecialGroupCategory;
import io.github.xiangzhi.core.group.SpecialGroupMembership;
import io.github.xiangzhi.core.group.SpecialGroupRoster;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.level.Level;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.grid.profile.GridSection;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.ladder.EntryRule;
import io.github.xiangzhi.mediation.ladder.Ladder;
import io.github.xiangzhi.mediation.ladder.Tier;
import io.github.xiangzhi.mediation.matter.Docket;
import io.github.xiangzhi.mediation.matter.Matter;
import io.github.xiangzhi.mediation.matter.MatterReport;
import io.github.xiangzhi.patrol.policy.PatrolPolicy;
import io.github.xiangzhi.patrol.policy.SpecialGroupFrequency;
import io.github.xiangzhi.patrol.schedule.Infeasibility;
import io.github.xiangzhi.patrol.schedule.PatrolPlanner;
import io.github.xiangzhi.patrol.schedule.PlanInput;
import io.github.xiangzhi.patrol.schedule.PlanResult;
import io.github.xiangzhi.rating.points.AccountId;
import io.github.xiangzhi.rating.points.CatalogueItem;
import io.github.xiangzhi.rating.points.PointsException;
import io.github.xiangzhi.rating.points.PointsLedger;
import io.github.xiangzhi.rating.points.PointsPolicy;
import io.github.xiangzhi.rating.points.PointsRule;
import io.github.xiangzhi.rating.points.PointsTotals;
import io.github.xiangzhi.rating.points.PostingId;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.rating.star.target.TargetReport;
import io.github.xiangzhi.rating.star.target.TargetRules;
import io.github.xiangzhi.rating.star.target.UnitTargets;
import io.github.xiangzhi.testkit.conformance.ConformanceResult.Reason;
import io.github.xiangzhi.testkit.core.TestClock;
import io.github.xiangzhi.testkit.grid.GridGens;
import io.github.xiangzhi.testkit.mediation.LadderGens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * 一致性套件 — checks a county's profile: it loads; every rule can be satisfied (a household can
 * reach the maximum stars, the village targets are attainable, every special group has a visit
 * frequency, every tier has a handler and a time limit and the ladder ends at a top tier); and
 * properties hold on random data for the profile (stars monotone in evidence, escalation
 * terminates, the patrol plan is feasible for its staffing, the ledger conserves points).
 *
 * <pre>{@code
 * Conformance conformance = Conformance.of(ProfileSource.file("county.yaml"));
 * ConformanceReport report = conformance.checkAll();
 * report.isConforming();              // false
 * report.text(Locale.CHINA);          // every check, and why each failed one failed
 * }</pre>
 *
 * <p>A JUnit 5 suite gets one test per check by extending {@link CountyProfileConformance}. Checks
 * that need a section the profile lacks are skipped. Random data comes from {@link #seed()}, so a
 * run is repeatable. This class is thread-safe once built; the profile is loaded on first use.
 */
public final class Conformance {
  private final ProfileSource source;
  private final ProfileLoader loader;
  private final long seed;
  private final int examples;
  private volatile Loaded loaded;

  private record Loaded(Optional<CountyProfile> profile, Optional<ProfileException> problem) {}

  private Conformance(ProfileSource source, ProfileLoader loader, long seed, int examples) {
    this.source = source;
    this.loader = loader;
    this.seed = seed;
    this.examples = examples;
  }

  /** The suite for {@code source}, loaded with the standard loader, seed 2026, 50 examples. */
  public static Conformance of(ProfileSource source) {
    return new Conformance(source, ProfileLoader.standard(), 2026L, 50);
  }

  /** The same suite drawing its random data from {@code seed}. */
  public Conformance withSeed(long seed) {
    return new Conformance(source, loader, seed, examples);
  }

  /** The same suite trying each property on {@code examples} random examples. */
  public Conformance withExamples(int examples) {
    com.google.common.base.Preconditions.checkArgument(examples >= 1, "examples: %s", examples);
    return new Conformance(source, loader, seed, examples);
  }

  /** The same suite loading with {@code loader} (a county's own section types registered). */
  public Conformance withLoader(ProfileLoader loader) {
    return new Conformance(source, loader, seed, examples);
  }

  /** The source checked. */
  public ProfileSource source() {
    return source;
  }

  /** The seed of the random data. */
  public long seed() {
    return seed;
  }

  /** Runs every check. */
  public ConformanceReport checkAll() {
    Map<ConformanceCheck, ConformanceResult> results = new EnumMap<>(ConformanceCheck.class);
    for (ConformanceCheck check : ConformanceCheck.values()) {
      results.put(check, check(check));
    }
    return new ConformanceReport(source.name(), ImmutableList.copyOf(results.values()));
  }

  /** Runs {@code check}. */
  public ConformanceResult check(ConformanceCheck check) {
    Loaded l = load();
    if (l.profile().isEmpty()) {
      return check == ConformanceCheck.LOADS
          ? ConformanceResult.failed(check, List.of(new Reason("testkit.loads.failed",
              List.of(source.name(), l.problem().get().report(Locale.ENGLISH)))))
          : ConformanceResult.skipped(check, reason("testkit.skip.notLoaded", source.name()));
    }
    CountyProfile p = l.profile().get();
    List<Reason> failures = new ArrayList<>();
    Optional<Reason> skip;
    switch (check) {
      case LOADS:
        skip = Optional.empty();
        break;
      case MAX_STARS_REACHABLE:
        skip = needs(p, RatingPolicy.class, "rating");
        skip.ifPresentOrElse(s -> { }, () -> maxStars(p, failures));
        break;
      case TARGETS_ATTAINABLE:
        skip = needs(p, RatingPolicy.class, "rating");
        skip.ifPresentOrElse(s -> { }, () -> targets(p, failures));
        break;
      case SPECIAL_GROUPS_VISITED:
        skip = needs(p, PatrolPolicy.class, "patrol");
        skip.ifPresentOrElse(s -> { }, () -> visits(p, failures));
        break;
      case TIERS_HANDLED:
        skip = needs(p, MediationPolicy.class, "mediation");
        skip.ifPresentOrElse(s -> { }, () -> tiers(p, failures));
        break;
      case LADDER_ENDS_AT_TOP:
        skip = needs(p, MediationPolicy.class, "mediation");
        skip.ifPresentOrElse(s -> { }, () -> top(p, failures));
        break;
      case STARS_MONOTONE_IN_EVIDENCE:
        skip = needs(p, RatingPolicy.class, "rating");
        skip.ifPresentOrElse(s -> { }, () -> property(failures, () -> StarChecks.monotone(
            p.section(RatingPolicy.class).get().scheme(), seed, examples)));
        break;
      case ESCALATION_TERMINATES:
        skip = needs(p, MediationPolicy.class, "mediation");
        if (skip.isEmpty()) {
          Optional<Hierarchy> h = mediationHierarchy(p);
          if (h.isEmpty()) {
            skip = Optional.of(reason("testkit.skip.noHierarchy",
                p.section(MediationPolicy.class).get().scheme().orElse("-")));
          } else {
            property(failures, () -> escalation(p, h.get()));
          }
        }
        break;
      case PATROL_PLAN_FEASIBLE:
        skip = needs(p, PatrolPolicy.class, "patrol").or(() -> needs(p, GridSection.class, "grid"))
            .or(() -> missingPatrolRoles(p));
        skip.ifPresentOrElse(s -> { }, () -> property(failures, () -> plans(p)));
        break;
      case LEDGER_CONSERVES_POINTS:
        skip = needs(p, PointsPolicy.class, "points");
        skip.ifPresentOrElse(s -> { }, () -> property(failures, () -> ledger(p)));
        break;
      default:
        throw new AssertionError(check);
    }
    if (skip.isPresent()) {
      return ConformanceResult.skipped(check, skip.get());
    }
    return failures.isEmpty() ? ConformanceResult.passed(check)
        : ConformanceResult.failed(check, failures);
  }

  private Loaded load() {
    Loaded l = loaded;
    if (l == null) {
      try {
        l = new Loaded(Optional.of(source.load(loader)), Optional.empty());
      } catch (ProfileException e) {
        l = new Loaded(Optional.empty(), Optional.of(e));
      }
      loaded = l;
    }
    return l;
  }

  static Reason reason(String key, Object... arguments) {
    return new Reason(key, List.of(arguments));
  }

  private static Optional<Reason> needs(CountyProfile p, Class<?> type, String name) {
    return p.section(type).isPresent() ? Optional.empty()
        : Optional.of(reason("testkit.skip.noSection", name));
  }

  private static void property(List<Reason> failures, Runnable property) {
    try {
      property.run();
    } catch (AssertionError | RuntimeException e) {
      // QuickTheories puts the cause's stack into its message: keep the text, drop the frames
      String text = String.valueOf(e.getMessage()).lines()
          .filter(l -> !l.strip().startsWith("at ") && !l.strip().startsWith("..."))
          .collect(Collectors.joining("\n")).strip();
      failures.add(reason("testkit.property.failed", text));
    }
  }

  // ------------------------------------------------------------------------------ rating

  private void maxStars(CountyProfile p, List<Reason> failures) {
    StarScheme scheme = p.section(RatingPolicy.class).get().scheme();
    StarChecks.Witness best = StarChecks.bestEvidence(scheme);
    if (best.result().total() < scheme.maxStars()) {
      List<String> missing = best.result().outcomes().stream()
          .filter(o -> !best.result().hasStar(o.category()))
          .map(o -> o.category() + " (" + o.status() + ", " + o.score() + "+" + o.bonus() + "/"
              + o.passMark() + ")")
          .collect(Collectors.toList());
      failures.add(reason("testkit.maxStars.unreachable", scheme.code(), scheme.maxStars(),
          best.result().total(), String.join(", ", missing)));
    }
  }

  private void targets(CountyProfile p, List<Reason> failures) {
    RatingPolicy rating = p.section(RatingPolicy.class).get();
    StarScheme scheme = rating.scheme();
    TargetRules rules = rating.targets();
    if (rules.highStars() > scheme.maxStars() && !rules.highStarred().equals(io.github.xiangzhi.core.Share.ZERO)) {
      failures.add(reason("testkit.targets.highStars", rules.highStars(), scheme.code(),
          scheme.maxStars()));
    }
    Hierarchy hierarchy;
    Optional<GridSection> grid = p.section(GridSection.class);
    if (grid.isPresent() && grid.get().hierarchy().householdCount() > 0) {
      if (grid.get().levelScheme().indexOf(rules.level()) < 0) {
        failures.add(reason("testkit.targets.level", rules.level(),
            grid.get().levelScheme().code()));
        return;
      }
      hierarchy = grid.get().hierarchy();
    } else {
      LevelScheme one = LevelScheme.builder().code("CONFORMANCE").name("一致性检查")
          .addLevels(Level.builder().code(rules.level()).name(rules.level()).build()).build();
      var b = Hierarchy.builder(one).addUnit(Unit.root("village", rules.level(), "村"));
      for (int i = 0; i < 10; i++) {
        b.addHousehold(HouseholdId.of("h" + i), UnitId.of("village"));
      }
      hierarchy = b.build();
    }
    List<String> best = scheme.categories().stream().limit(scheme.maxStars())
        .map(c -> c.code()).collect(Collectors.toList());
    Map<HouseholdId, List<String>> stars = new HashMap<>();
    hierarchy.households().forEach(h -> stars.put(h, best));
    TargetReport report = TargetReport.compute(hierarchy, rules,
        new HashSet<>(hierarchy.households()), stars);
    for (UnitTargets village : report.failing()) {
      if (village.households() > 0) {
        failures.add(reason("testkit.targets.unmet", scheme.maxStars(), village.unit().value(),
            village.text(Locale.ENGLISH)));
      }
    }
  }

  // ------------------------------------------------------------------------------ patrol

  private void visits(CountyProfile p, List<Reason> failures) {
    SpecialGroupCatalog catalog = p.specialGroups();
    if (catalog.categories().isEmpty()) {
      return;
    }
    PatrolPolicy patrol = p.section(PatrolPolicy.class).get();
    List<String> codes = catalog.categories().stream().map(SpecialGroupCategory::code)
        .collect(Collectors.toList());
    if (patrol.visits().isEmpty()) {
      failures.add(reason("testkit.visits.noRule", String.join(", ", codes)));
      return;
    }
    // the general rule visits every household every N days, special groups included; a group's
    // own frequency may only shorten that, and the loader checks those name known groups
  }

  private static Optional<Reason> missingPatrolRoles(CountyProfile p) {
    PatrolPolicy policy = p.section(PatrolPolicy.class).get();
    Set<String> held = new HashSet<>();
    p.section(GridSection.class).get().staff().forEach(m -> held.addAll(m.roles()));
    Set<String> needed = new TreeSet<>();
    policy.teams().forEach(t -> t.members().forEach(slot -> needed.add(slot.role())));
    policy.visits().ifPresent(v -> needed.add(v.role()));
    policy.video().ifPresent(v -> needed.add(v.role()));
    policy.fieldDays().ifPresent(f -> needed.addAll(f.roles()));
    needed.removeAll(held);
    return needed.isEmpty() ? Optional.empty()
        : Optional.of(reason("testkit.skip.patrolRoles", String.join(", ", needed)));
  }

  private void plans(CountyProfile p) {
    GridSection grid = p.section(GridSection.class).get();
    PatrolPlanner planner = PatrolPlanner.of(p.section(PatrolPolicy.class).get());
    List<SpecialGroupCategory> categories = p.specialGroups().categories();
    qt().withFixedSeed(seed).withExamples(Math.max(1, examples / 5))
        .forAll(longs().all()).checkAssert(s -> {
          SplittableRandom r = new SplittableRandom(s);
          List<SpecialGroupMembership> members = new ArrayList<>();
          if (!categories.isEmpty()) {
            for (HouseholdId h : grid.hierarchy().households()) {
              if (r.nextInt(5) == 0) {
                SpecialGroupCategory c = categories.get(r.nextInt(categories.size()));
                members.add(SpecialGroupMembership.builder()
                    .person(PersonId.of("r-" + h.value())).household(h).category(c.code())
                    .sensitivity(c.sensitivity()).build());
              }
            }
          }
          LocalDate start = LocalDate.of(2024, 1, 1).plusWeeks(r.nextInt(0, 96));
          PlanInput input = PlanInput.builder().hierarchy(grid.hierarchy())
              .staffing(grid.staffing()).roster(SpecialGroupRoster.of(members))
              .calendar(p.calendar()).start(start).endExclusive(start.plusWeeks(r.nextInt(1, 5)))
              .build();
          PlanResult result = planner.plan(input, s);
          if (!result.isFeasible()) {
            throw new AssertionError(Conformance.reason("testkit.plan.infeasible",
                input.start(), input.endExclusive(), result.infeasibilities().size(),
                result.infeasibilities().stream().limit(5).map(i -> i.message(Locale.ENGLISH))
                    .collect(Collectors.joining("; "))).text(Locale.ENGLISH));
          }
        });
  }

  // ------------------------------------------------------------------------------ mediation

  private void tiers(CountyProfile p, List<Reason> failures) {
    MediationPolicy policy = p.section(MediationPolicy.class).get();
    Set<String> defined = new HashSet<>();
    policy.roles().forEach(r -> defined.add(r.code()));
    p.section(GridSection.class).ifPresent(g -> g.roles().forEach(r -> defined.add(r.code())));
    for (Tier tier : policy.ladder().tiers()) {
      if (tier.limitDays() <= 0) {
        failures.add(reason("testkit.tiers.noLimit", tier.code(), tier.limitDays()));
      }
      List<String> unknown = tier.roles().stream().filter(r -> !defined.contains(r)).sorted()
          .collect(Collectors.toList());
      if (tier.roles().isEmpty() || unknown.size() == tier.roles().size()) {
        failures.add(reason("testkit.tiers.noRoles", tier.code()));
      }
    }
  }

  private void top(CountyProfile p, List<Reason> failures) {
    Ladder ladder = p.section(MediationPolicy.class).get().ladder();
    List<Tier> chain = ladder.chain();
    Set<String> onChain = chain.stream().map(Tier::code)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    List<String> off = ladder.tiers().stream().map(Tier::code).filter(c -> !onChain.contains(c))
        .collect(Collectors.toList());
    if (!off.isEmpty()) {
      failures.add(reason("testkit.ladder.offChain", String.join(", ", off),
          String.join(" → ", onChain)));
    }
    Tier last = chain.get(chain.size() - 1);
    if (last.escalatesTo().isPresent()) {
      failures.add(reason("testkit.ladder.noTop", last.code()));
    }
    List<String> entries = new ArrayList<>();
    entries.add(ladder.entryTier());
    ladder.entryRules().stream().map(EntryRule::tier).forEach(entries::add);
    for (String entry : entries) {
      if (!onChain.contains(entry)) {
        failures.add(reason("testkit.ladder.entryOffChain", entry));
      }
    }
  }

  private Optional<Hierarchy> mediationHierarchy(CountyProfile p) {
    MediationPolicy policy = p.section(MediationPolicy.class).get();
    Optional<GridSection> grid = p.section(GridSection.class);
    if (grid.isPresent() && grid.get().hierarchy().unitCount() > 0 && (policy.scheme().isEmpty()
        || policy.scheme().get().equals(grid.get().levelScheme().code()))) {
      return Optional.of(grid.get().hierarchy());
    }
    return policy.scheme().flatMap(LevelSchemes::source)
        .map(s -> GridGens.hierarchy(s, seed, 30, 60));
  }

  private void escalation(CountyProfile p, Hierarchy hierarchy) {
    MediationPolicy policy = p.section(MediationPolicy.class).get();
    List<Tier> chain = policy.ladder().chain();
    String top = chain.get(chain.size() - 1).code();
    List<UnitId> leaves = new ArrayList<>();
    Set<UnitId> parents = new HashSet<>();
    hierarchy.units().forEach(u -> u.parent().ifPresent(parents::add));
    hierarchy.units().stream().map(Unit::id).filter(u -> !parents.contains(u))
        .forEach(leaves::add);
    Instant t0 = Instant.parse("2024-03-04T01:00:00Z");
    qt().withFixedSeed(seed).withExamples(examples).forAll(longs().all()).checkAssert(s -> {
      MatterReport base = LadderGens.report(hierarchy, s);
      UnitId at = leaves.get(new SplittableRandom(s).nextInt(leaves.size()));
      MatterReport report = MatterReport.builder().from(base).location(at).build();
      Docket docket = Docket.builder(policy, hierarchy).calendar(p.calendar())
          .clock(Clock.fixed(t0, ZoneOffset.UTC)).build();
      docket.open(report, t0);
      docket.file(report.id(), t0);
      Instant now = t0;
      int sweeps = 0;
      for (; sweeps <= chain.size() + 1; sweeps++) {
        now = now.plus(Duration.ofDays(400));
        if (docket.sweep(now).escalations().isEmpty()) {
          break;
        }
      }
      Matter matter = docket.matter(report.id());
      if (sweeps > chain.size() - 1 || !matter.tier().equals(Optional.of(top))) {
        throw new AssertionError(Conformance.reason("testkit.escalation.stuck",
            report.id().value(), report.kind(), report.severity(), at.value(),
            matter.tier().orElse("-"), sweeps, top).text(Locale.ENGLISH));
      }
    });
  }

  // ------------------------------------------------------------------------------ points

  private void ledger(CountyProfile p) {
    PointsPolicy policy = p.section(PointsPolicy.class).get();
    List<String> kinds = new ArrayList<>();
    policy.earning().stream().map(PointsRule::eventKind).forEach(kinds::add);
    policy.deductions().stream().map(PointsRule::eventKind).forEach(kinds::add);
    List<String> items = policy.catalogue().stream().map(CatalogueItem::code)
        .collect(Collectors.toList());
    qt().withFixedSeed(seed).withExamples(examples).forAll(longs().all()).checkAssert(s -> {
      SplittableRandom r = new SplittableRandom(s);
      TestClock clock = new TestClock(Instant.parse("2024-01-01T00:00:00Z"));
      PointsLedger ledger = PointsLedger.inMemory(policy, clock);
      List<UnitId> villages = List.of(UnitId.of("v0"), UnitId.of("v1"));
      List<HouseholdId> households = new ArrayList<>();
      for (UnitId v : villages) {
        ledger.open(AccountId.pool(v));
        ledger.open(AccountId.supermarket(v));
      }
      for (int h = 0; h < 4; h++) {
        households.add(HouseholdId.of("h" + h));
        ledger.open(AccountId.household(households.get(h)));
      }
      for (CatalogueItem item : policy.catalogue()) {
        for (UnitId v : villages) {
          attempt(() -> ledger.restock(PostingId.of("stock-" + v.value() + "-" + item.code()),
              v, item.code(), 5));
        }
      }
      List<PostingId> done = new ArrayList<>();
      List<String> steps = new ArrayList<>();
      for (int step = 0; step < 40; step++) {
        clock.advance(Duration.ofHours(r.nextInt(1, 24 * 20)));
        HouseholdId h = households.get(r.nextInt(households.size()));
        UnitId v = villages.get(r.nextInt(villages.size()));
        int op = r.nextInt(10);
        String id = "s" + step;
        if (op < 6 && !kinds.isEmpty()) {
          ConductEvent.Builder e = ConductEvent.builder();
          e.id(id).household(h).kind(kinds.get(r.nextInt(kinds.size())))
              .occurredAt(clock.instant().minusSeconds(r.nextInt(0, 3600)));
          ConductEvent event = e.build();
          steps.add("record " + event.kind() + " " + h.value());
          attempt(() -> done.add(ledger.record(event, v).value().id()));
        } else if (op < 8 && !items.isEmpty()) {
          String item = items.get(r.nextInt(items.size()));
          steps.add("redeem " + item + " " + h.value());
          attempt(() -> done.add(ledger.redeem(PostingId.of(id), h, v, item,
              r.nextInt(1, 3)).value().id()));
        } else if (op < 9 && !done.isEmpty()) {
          PostingId original = done.get(r.nextInt(done.size()));
          steps.add("reverse " + original.value());
          attempt(() -> done.add(ledger.reverse(PostingId.of(id), original, "更正").value()
              .id()));
        } else {
          steps.add("expire");
          ledger.expire(clock.instant());
        }
        PointsTotals totals = ledger.totals();
        if (!totals.isConserved()) {
          throw new AssertionError(Conformance.reason("testkit.ledger.notConserved",
              String.join(", ", steps), totals.issued(), totals.held(), totals.redeemed(),
              totals.expired(), totals.reversed()).text(Locale.ENGLISH));
        }
      }
    });
  }

  private static void attempt(Runnable request) {
    try {
      request.run();
    } catch (PointsException e) {
      // a refused request changes nothing; conservation is checked after every step
    }
  }
}
