package io.github.xiangzhi.rating.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xiangzhi.testkit.core.Examples;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.testkit.rating.LedgerCommand;
import io.github.xiangzhi.rating.testing.NaiveLedger;
import io.github.xiangzhi.testkit.rating.PointsGens;
import io.github.xiangzhi.testkit.core.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The stateful property of the points bank: generated command sequences — events, redemptions,
 * reversals, holds, captures, restocks, expiries, closures, repeats, replays and the clock moving
 * on — run against the ledger and against {@link NaiveLedger}, a model that recomputes everything
 * by loops, compared after every step and at the end.
 */
class PointsLedgerModelTest {
  private static final ZoneId ZONE = GovernanceCalendar.CHINA;

  /** What a command did: a result, or the error it was refused with. */
  record Outcome(Object value, PointsError error) {
    static Outcome of(Supplier<Object> action) {
      try {
        return new Outcome(action.get(), null);
      } catch (PointsException e) {
        return new Outcome(null, e.error());
      }
    }
  }

  @Test
  void R_PTS_2_ledgerMatchesTheModelAfterEveryCommandOfAnySequence() {
    qt().withExamples(Examples.of(300))
        .forAll(PointsGens.policies(), lists().of(PointsGens.commands()).ofSizeBetween(0, 60))
        .checkAssert((policy, commands) -> new Run(policy).run(commands));
  }

  /** One example: a ledger on a memory store, a model, the same clock. */
  static final class Run {
    final PointsPolicy policy;
    final TestClock clock = new TestClock(PointsGens.START);
    final LedgerStore store = LedgerStore.memory();
    final NaiveLedger model;
    PointsLedger real;
    final List<LedgerCommand> done = new ArrayList<>();

    Run(PointsPolicy policy) {
      this.policy = policy;
      this.model = new NaiveLedger(policy, ZONE, clock);
      this.real = rebuild();
    }

    PointsLedger rebuild() {
      return PointsLedger.builder().policy(policy).clock(clock).zone(ZONE).store(store).build();
    }

    void run(List<LedgerCommand> generatedCommands) {
      List<LedgerCommand> commands = new ArrayList<>();
      PointsGens.OPENED_FIRST.forEach(a -> commands.add(new LedgerCommand.Open(a)));
      commands.addAll(generatedCommands);
      for (LedgerCommand generated : commands) {
        LedgerCommand command = concrete(generated);
        if (command == null) {
          continue;
        }
        Outcome expected = Outcome.of(() -> apply(model, command));
        Outcome actual = Outcome.of(() -> apply(real, command));
        assertThat(actual).as("after %s", command).isEqualTo(expected);
        sameState(command);
      }
      atTheEnd();
    }

    /** The command as run: events moved to the clock's time, repeats resolved. */
    LedgerCommand concrete(LedgerCommand command) {
      if (command instanceof LedgerCommand.Repeat) {
        if (done.isEmpty()) {
          return null;
        }
        return done.get(((LedgerCommand.Repeat) command).index() % done.size());
      }
      if (command instanceof LedgerCommand.Record) {
        LedgerCommand.Record r = (LedgerCommand.Record) command;
        command = new LedgerCommand.Record(PointsGens.shifted(r.event(), clock.instant()),
            r.issuer());
      } else if (command instanceof LedgerCommand.Reverse) {
        LedgerCommand.Reverse r = (LedgerCommand.Reverse) command;
        command = new LedgerCommand.Reverse(r.id(), PointsGens.resolve(r.original(),
            ids(Posting.class)), r.reason());
      } else if (command instanceof LedgerCommand.Release) {
        LedgerCommand.Release r = (LedgerCommand.Release) command;
        command = new LedgerCommand.Release(r.id(), PointsGens.resolve(r.hold(), ids(Hold.class)));
      } else if (command instanceof LedgerCommand.Capture) {
        LedgerCommand.Capture k = (LedgerCommand.Capture) command;
        command = new LedgerCommand.Capture(k.id(), PointsGens.resolve(k.hold(), ids(Hold.class)),
            k.amount(), k.to());
      }
      if (!(command instanceof LedgerCommand.Advance || command instanceof LedgerCommand.Replay
          || command instanceof LedgerCommand.Expire)) {
        done.add(command);
      }
      return command;
    }

    /** The ids of the model's records of {@code type}, in order. */
    List<PostingId> ids(Class<? extends LedgerRecord> type) {
      List<PostingId> out = new ArrayList<>();
      for (LedgerRecord r : model.records()) {
        if (type.isInstance(r)) {
          out.add(r instanceof Posting ? ((Posting) r).id() : ((Hold) r).id());
        }
      }
      return out;
    }

    Object apply(NaiveLedger m, LedgerCommand c) {
      if (c instanceof LedgerCommand.Open) {
        return m.open(((LedgerCommand.Open) c).account());
      } else if (c instanceof LedgerCommand.Close) {
        return m.close(((LedgerCommand.Close) c).account());
      } else if (c instanceof LedgerCommand.Record) {
        LedgerCommand.Record r = (LedgerCommand.Record) c;
        return m.record(r.event(), r.issuer());
      } else if (c instanceof LedgerCommand.Redeem) {
        LedgerCommand.Redeem r = (LedgerCommand.Redeem) c;
        return m.redeem(r.id(), r.household(), r.supermarket(), r.item(), r.quantity());
      } else if (c instanceof LedgerCommand.Reverse) {
        LedgerCommand.Reverse r = (LedgerCommand.Reverse) c;
        return m.reverse(r.id(), r.original(), r.reason());
      } else if (c instanceof LedgerCommand.Freeze) {
        LedgerCommand.Freeze f = (LedgerCommand.Freeze) c;
        return m.hold(f.id(), f.household(), f.amount(), f.reason());
      } else if (c instanceof LedgerCommand.Release) {
        LedgerCommand.Release r = (LedgerCommand.Release) c;
        return m.release(r.id(), r.hold());
      } else if (c instanceof LedgerCommand.Capture) {
        LedgerCommand.Capture k = (LedgerCommand.Capture) c;
        return m.capture(k.id(), k.hold(), k.amount(), k.to());
      } else if (c instanceof LedgerCommand.Restock) {
        LedgerCommand.Restock r = (LedgerCommand.Restock) c;
        return m.restock(r.id(), r.supermarket(), r.item(), r.quantity());
      } else if (c instanceof LedgerCommand.Expire) {
        return m.expire(clock.instant().minus(((LedgerCommand.Expire) c).back()));
      } else if (c instanceof LedgerCommand.Advance) {
        return "advance"; // the clock moves once, in the real ledger's turn
      } else if (c instanceof LedgerCommand.Replay) {
        return m.records();
      }
      throw new AssertionError(c);
    }

    Object apply(PointsLedger l, LedgerCommand c) {
      if (c instanceof LedgerCommand.Open) {
        return l.open(((LedgerCommand.Open) c).account());
      } else if (c instanceof LedgerCommand.Close) {
        return l.close(((LedgerCommand.Close) c).account());
      } else if (c instanceof LedgerCommand.Record) {
        LedgerCommand.Record r = (LedgerCommand.Record) c;
        return l.record(r.event(), r.issuer());
      } else if (c instanceof LedgerCommand.Redeem) {
        LedgerCommand.Redeem r = (LedgerCommand.Redeem) c;
        return l.redeem(r.id(), r.household(), r.supermarket(), r.item(), r.quantity());
      } else if (c instanceof LedgerCommand.Reverse) {
        LedgerCommand.Reverse r = (LedgerCommand.Reverse) c;
        return l.reverse(r.id(), r.original(), r.reason());
      } else if (c instanceof LedgerCommand.Freeze) {
        LedgerCommand.Freeze f = (LedgerCommand.Freeze) c;
        return l.hold(f.id(), f.household(), f.amount(), f.reason());
      } else if (c instanceof LedgerCommand.Release) {
        LedgerCommand.Release r = (LedgerCommand.Release) c;
        return l.release(r.id(), r.hold());
      } else if (c instanceof LedgerCommand.Capture) {
        LedgerCommand.Capture k = (LedgerCommand.Capture) c;
        return l.capture(k.id(), k.hold(), k.amount(), k.to());
      } else if (c instanceof LedgerCommand.Restock) {
        LedgerCommand.Restock r = (LedgerCommand.Restock) c;
        return l.restock(r.id(), r.supermarket(), r.item(), r.quantity());
      } else if (c instanceof LedgerCommand.Expire) {
        return l.expire(clock.instant().minus(((LedgerCommand.Expire) c).back()));
      } else if (c instanceof LedgerCommand.Advance) {
        clock.advance(((LedgerCommand.Advance) c).by());
        return "advance";
      } else if (c instanceof LedgerCommand.Replay) {
        real = rebuild();
        return real.records();
      }
      throw new AssertionError(c);
    }

    /** Every account, total, stock, hold and posting agrees; the invariants hold. */
    void sameState(LedgerCommand after) {
      String as = "after " + after;
      assertThat(real.accounts()).as(as).isEqualTo(model.accounts());
      for (AccountId a : model.accounts()) {
        assertThat(real.account(a)).as("%s: %s", as, a).isEqualTo(model.account(a));
        if (a.kind() == AccountKind.HOUSEHOLD && !policy.penaltiesMayOverdraw()) {
          assertThat(real.account(a).get().balance()).as("%s: %s", as, a).isNotNegative();
        }
        if (a.kind() == AccountKind.SUPERMARKET) {
          for (CatalogueItem item : policy.catalogue()) {
            assertThat(real.stock(a.unit().get(), item.code())).as("%s: %s %s", as, a, item)
                .isEqualTo(model.stock(a, item.code()));
          }
        }
      }
      PointsTotals totals = real.totals();
      assertThat(totals).as(as).isEqualTo(model.totalsAt(Instant.MAX));
      assertThat(totals.isConserved()).as("%s: %s", as, totals).isTrue();
      for (int i = 0; i < 12; i++) {
        PostingId p = PostingId.of("p" + i);
        assertThat(real.holdState(p)).as("%s: hold %s", as, p).isEqualTo(model.holdState(p));
      }
    }

    void atTheEnd() {
      List<LedgerRecord> records = real.records();
      assertThat(records).isEqualTo(model.records());
      assertThat(store.records()).isEqualTo(records);
      // the balance at an instant equals a replay of the records up to it
      TreeSet<Instant> instants = new TreeSet<>();
      instants.add(PointsGens.START.minusNanos(1));
      for (LedgerRecord r : records) {
        instants.add(r.recordedAt());
        instants.add(r.recordedAt().minusNanos(1));
      }
      for (Instant t : instants) {
        LedgerStore prefix = LedgerStore.memory();
        records.stream().filter(r -> !r.recordedAt().isAfter(t)).forEach(prefix::append);
        PointsLedger replayed = PointsLedger.builder().policy(policy).clock(clock).zone(ZONE)
            .store(prefix).build();
        for (AccountId a : real.accounts()) {
          long expected = replayed.account(a).map(Account::balance).orElse(0L);
          assertThat(real.balanceAt(a, t)).as("%s at %s", a, t).isEqualTo(expected)
              .isEqualTo(model.balanceAt(a, t));
        }
        PointsTotals at = real.totalsAt(t);
        assertThat(at).as("totals at %s", t).isEqualTo(replayed.totals())
            .isEqualTo(model.totalsAt(t));
        assertThat(at.isConserved()).isTrue();
      }
      // passbooks for every month so far, and rankings
      for (AccountId a : real.accounts()) {
        if (a.kind() != AccountKind.HOUSEHOLD) {
          continue;
        }
        HouseholdId h = a.household().get();
        YearMonth last = YearMonth.from(LocalDate.ofInstant(clock.instant(), ZONE));
        for (YearMonth m = YearMonth.of(2023, 12); !m.isAfter(last); m = m.plusMonths(1)) {
          GovernancePeriod month = GovernancePeriod.ofMonth(m);
          assertThat(real.statement(h, month)).as("%s %s", h, m)
              .isEqualTo(model.statement(h, month));
        }
      }
      Function<HouseholdId, Optional<UnitId>> villages = h -> h.value().equals("h3")
          ? Optional.empty() : Optional.of(UnitId.of(h.value().equals("h2") ? "v1" : "v0"));
      for (GovernancePeriod period : List.of(GovernancePeriod.ofYear(2024),
          GovernancePeriod.ofYear(2023), GovernancePeriod.containing(PeriodKind.QUARTER,
              clock.instant(), ZONE))) {
        PointsRanking ranking = real.ranking(period, villages);
        Map<UnitId, List<RankedHousehold>> expected = model.ranking(period, villages);
        assertThat(ranking.villages()).as("%s", period).isEqualTo(expected);
        assertThat(ranking.unplaced()).allMatch(h -> h.value().equals("h3"));
      }
    }
  }
}
