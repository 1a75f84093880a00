package io.github.xiangzhi.examples.demo;

import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.rating.points.AccountId;
import io.github.xiangzhi.rating.points.CatalogueItem;
import io.github.xiangzhi.rating.points.PassbookStatement;
import io.github.xiangzhi.rating.points.PointsException;
import io.github.xiangzhi.rating.points.PointsLedger;
import io.github.xiangzhi.rating.points.PointsPolicy;
import io.github.xiangzhi.rating.points.PointsRanking;
import io.github.xiangzhi.rating.points.PointsRule;
import io.github.xiangzhi.rating.points.PointsTotals;
import io.github.xiangzhi.rating.points.PostingId;
import io.github.xiangzhi.rating.points.RankedHousehold;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The town's points bank over the year (R-PTS-1, 2): conduct events — patrol shifts, volunteer
 * hours, elder care, help in mediation, red and black list entries — posted through the policy's
 * rules into passbooks, and monthly trips to the points supermarket.
 */
final class PointsYear {
  private PointsYear() {}

  /** What the year's points came to. */
  static final class Outcome {
    final PointsLedger ledger;
    final PointsTotals totals;
    final PointsRanking ranking;
    final int recorded;
    final int refused;
    final int redemptions;
    final long redeemedPoints;
    final Optional<PassbookStatement> sample;

    Outcome(PointsLedger ledger, PointsTotals totals, PointsRanking ranking, int recorded,
        int refused, int redemptions, long redeemedPoints, Optional<PassbookStatement> sample) {
      this.ledger = ledger;
      this.totals = totals;
      this.ranking = ranking;
      this.recorded = recorded;
      this.refused = refused;
      this.redemptions = redemptions;
      this.redeemedPoints = redeemedPoints;
      this.sample = sample;
    }
  }

  /** Plans the year's conduct events for the town's households, plus {@code more}. */
  static List<ConductEvent> events(PointsPolicy policy, SyntheticTown town, GovernancePeriod year,
      ZoneId zone, SplittableRandom random, List<ConductEvent> more) {
    Set<String> kinds = new HashSet<>();
    policy.earning().forEach(r -> kinds.add(r.eventKind()));
    policy.deductions().forEach(r -> kinds.add(r.eventKind()));
    List<ConductEvent> events = new ArrayList<>();
    int n = 0;
    for (HouseholdId h : town.hierarchy().households()) {
      double civic = random.nextDouble();
      n = plan(events, kinds, "PATROL_SHIFT", h, civic > 0.9 ? 10 + random.nextInt(14) : 0,
          year, zone, random, n);
      n = plan(events, kinds, "VOLUNTEER_HOUR", h, civic > 0.6 ? random.nextInt(8) : 0, year,
          zone, random, n);
      n = plan(events, kinds, "ELDER_CARE", h, civic > 0.75 ? 2 + random.nextInt(10) : 0, year,
          zone, random, n);
      n = plan(events, kinds, "VILLAGE_RULES_BROKEN", h, random.nextInt(60) == 0 ? 1 : 0, year,
          zone, random, n);
    }
    for (ConductEvent e : more) {
      if (kinds.contains(e.kind())) {
        events.add(e);
      }
    }
    events.sort(Comparator.comparing(ConductEvent::occurredAt).thenComparing(ConductEvent::id));
    return events;
  }

  private static int plan(List<ConductEvent> events, Set<String> kinds, String kind,
      HouseholdId h, int times, GovernancePeriod year, ZoneId zone, SplittableRandom random,
      int n) {
    if (!kinds.contains(kind)) {
      return n;
    }
    for (int i = 0; i < times; i++) {
      LocalDate day = year.start().plusDays(random.nextInt((int) year.lengthInDays()));
      Instant at = day.atTime(LocalTime.of(8 + random.nextInt(10), random.nextInt(60)))
          .atZone(zone).toInstant();
      events.add(ConductEvent.builder().id(String.format(java.util.Locale.ROOT, "ev-%06d", ++n))
          .household(h).kind(kind).occurredAt(at).quantity(1).source("demo").build());
    }
    return n;
  }

  static Outcome run(PointsPolicy policy, SyntheticTown town, GovernancePeriod year, ZoneId zone,
      List<ConductEvent> events, SplittableRandom random) {
    SteppingClock clock = new SteppingClock(year.startInstant(zone), zone);
    PointsLedger ledger = PointsLedger.builder().policy(policy).clock(clock).zone(zone).build();
    for (UnitId village : town.villages()) {
      ledger.open(AccountId.pool(village));
      if (!policy.catalogue().isEmpty()) {
        ledger.open(AccountId.supermarket(village));
      }
    }
    for (HouseholdId h : town.hierarchy().households()) {
      ledger.open(AccountId.household(h));
    }
    int recorded = 0;
    int refused = 0;
    int redemptions = 0;
    long redeemedPoints = 0;
    int e = 0;
    GovernancePeriod month = GovernancePeriod.containing(
        io.github.xiangzhi.core.time.PeriodKind.MONTH, year.start());
    long cheapest = policy.catalogue().stream().mapToLong(CatalogueItem::price).min()
        .orElse(Long.MAX_VALUE);
    while (year.contains(month.start())) {
      Instant monthEnd = month.endInstant(zone);
      for (; e < events.size() && events.get(e).occurredAt().isBefore(monthEnd); e++) {
        ConductEvent event = events.get(e);
        clock.moveTo(event.occurredAt().plusSeconds(60));
        Optional<UnitId> village = town.villageOf(event.household());
        if (village.isEmpty()) {
          continue;
        }
        try {
          ledger.record(event, village.get());
          recorded++;
        } catch (PointsException refusal) {
          refused++; // a cap reached, a balance that may not go negative: refused, nothing posted
        }
      }
      // the supermarket is open on the last working days of the month
      clock.moveTo(monthEnd.minusSeconds(6 * 3600));
      if (!policy.catalogue().isEmpty()) {
        for (HouseholdId h : town.hierarchy().households()) {
          long balance = ledger.balanceAt(AccountId.household(h), clock.instant());
          if (balance < cheapest || random.nextInt(4) != 0) {
            continue;
          }
          List<CatalogueItem> affordable = new ArrayList<>();
          for (CatalogueItem item : policy.catalogue()) {
            if (item.price() <= balance) {
              affordable.add(item);
            }
          }
          CatalogueItem item = affordable.get(random.nextInt(affordable.size()));
          try {
            ledger.redeem(PostingId.of("buy-" + month + "-" + h.value()), h,
                town.villageOf(h).orElseThrow(), item.code(), 1);
            redemptions++;
            redeemedPoints += item.price();
          } catch (PointsException refusal) {
            refused++; // out of stock, or points frozen by a hold
          }
        }
      }
      month = month.next();
    }
    clock.moveTo(year.endInstant(zone).minusSeconds(1));
    PointsRanking ranking = ledger.ranking(year, town::villageOf);
    Optional<PassbookStatement> sample = Optional.empty();
    if (!town.villages().isEmpty()) {
      List<RankedHousehold> top = ranking.top(town.villages().get(0), 1);
      if (!top.isEmpty()) {
        sample = Optional.of(ledger.statement(top.get(0).household(), year));
      }
    }
    return new Outcome(ledger, ledger.totals(), ranking, recorded, refused, redemptions,
        redeemedPoints, sample);
  }

  /** The rule behind an event kind, for labels. */
  static Optional<PointsRule> rule(PointsPolicy policy, String kind) {
    return policy.earning().stream().filter(r -> r.eventKind().equals(kind)).findFirst()
        .or(() -> policy.deductions().stream().filter(r -> r.eventKind().equals(kind))
            .findFirst());
  }
}
