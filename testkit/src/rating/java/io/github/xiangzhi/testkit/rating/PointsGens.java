package io.github.xiangzhi.testkit.rating;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.rating.points.AccountId;
import io.github.xiangzhi.rating.points.CatalogueItem;
import io.github.xiangzhi.rating.points.ExpiryPolicy;
import io.github.xiangzhi.rating.points.HoldReason;
import io.github.xiangzhi.rating.points.PointsCap;
import io.github.xiangzhi.rating.points.PointsCategory;
import io.github.xiangzhi.rating.points.PointsPolicy;
import io.github.xiangzhi.rating.points.PointsRule;
import io.github.xiangzhi.rating.points.Posting;
import io.github.xiangzhi.rating.points.PostingId;
import io.github.xiangzhi.rating.points.PostingType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the points bank: small policies that make every rule bite (caps
 * reached, stock short, amounts that overflow, points that expire within weeks) and command
 * sequences over a few households, villages and ids, so that ids collide and postings refer to
 * each other often.
 */
public final class PointsGens {
  private PointsGens() {}

  /** When generated command sequences start. */
  public static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  /** Huge points per event: four events overflow a long. */
  public static final long HUGE = Long.MAX_VALUE / 3;

  /** The event kinds generated; {@code NOTHING} has no rule. */
  public static final ImmutableList<String> KINDS = ImmutableList.of(
      "EARN_SMALL", "EARN_SMALL", "EARN_SMALL", "EARN_BIG", "EARN_BIG", "EARN_BIG", "EARN_BIG",
      "EARN_HUGE", "DEDUCT_SMALL", "DEDUCT_CAPPED", "DEDUCT_CAPPED", "NOTHING");

  /** The items generated; {@code CAVIAR} is not in the catalogue. */
  public static final ImmutableList<String> ITEMS = ImmutableList.of("SOAP", "OIL", "GOLD",
      "CAVIAR");

  /**
   * The accounts each run opens before its commands: pools and the supermarket of {@code v0}
   * and {@code v1}'s pool, households {@code h0} to {@code h2}; {@code h3}, {@code v1}'s
   * supermarket and everything of {@code v2} wait for a generated command.
   */
  public static final ImmutableList<AccountId> OPENED_FIRST = ImmutableList.of(
      AccountId.pool(UnitId.of("v0")), AccountId.pool(UnitId.of("v1")),
      AccountId.supermarket(UnitId.of("v0")), AccountId.household(HouseholdId.of("h0")),
      AccountId.household(HouseholdId.of("h1")), AccountId.household(HouseholdId.of("h2")));

  /** Households {@code h0} to {@code h3}. */
  public static final ImmutableList<HouseholdId> HOUSEHOLDS = ImmutableList.of(
      HouseholdId.of("h0"), HouseholdId.of("h1"), HouseholdId.of("h2"), HouseholdId.of("h3"));

  /** Villages {@code v0} to {@code v2}. */
  public static final ImmutableList<UnitId> VILLAGES = ImmutableList.of(
      UnitId.of("v0"), UnitId.of("v1"), UnitId.of("v2"));

  /**
   * The test policy: two earning rules of which one capped per month, one rule of huge points,
   * two deduction rules of which one capped per quarter, a catalogue of three items with small
   * stocks and one huge price.
   */
  public static PointsPolicy policy(boolean overdraw, Optional<ExpiryPolicy> expiry) {
    return PointsPolicy.builder()
        .addCategories(PointsCategory.of("LOVE", "储蓄友爱"), PointsCategory.of("PIETY", "储蓄孝顺"))
        .addEarning(rule("R_SMALL", "EARN_SMALL", "LOVE", 3, PointsCap.of(PeriodKind.MONTH, 10)))
        .addEarning(rule("R_BIG", "EARN_BIG", "PIETY", 7, null))
        .addEarning(rule("R_HUGE", "EARN_HUGE", "LOVE", HUGE, null))
        .addDeductions(rule("D_SMALL", "DEDUCT_SMALL", "LOVE", 4, null))
        .addDeductions(rule("D_CAPPED", "DEDUCT_CAPPED", "PIETY", 6,
            PointsCap.of(PeriodKind.QUARTER, 9)))
        .addCatalogue(CatalogueItem.of("SOAP", "肥皂", 5, 3), CatalogueItem.of("OIL", "食用油", 20, 1),
            CatalogueItem.of("GOLD", "金条", Long.MAX_VALUE / 2, 5))
        .expiry(expiry).penaltiesMayOverdraw(overdraw).build();
  }

  private static PointsRule rule(String code, String kind, String category, long points,
      PointsCap cap) {
    PointsRule.Builder b = PointsRule.builder();
    b.code(code).name(code).eventKind(kind).category(category).points(points);
    if (cap != null) {
      b.cap(cap);
    }
    return b.build();
  }

  /** The test policy with and without overdraw, with no expiry or a short one. */
  public static Gen<PointsPolicy> policies() {
    List<Optional<ExpiryPolicy>> expiries = List.of(Optional.empty(),
        Optional.of(ExpiryPolicy.of(PeriodKind.MONTH, 1)),
        Optional.of(ExpiryPolicy.of(PeriodKind.MONTH, 0)),
        Optional.of(ExpiryPolicy.of(PeriodKind.QUARTER, 0)));
    return arbitrary().pick(List.of(true, false)).zip(arbitrary().pick(expiries),
        PointsGens::policy);
  }

  /** Ids of new requests: a small pool, so they collide now and then. */
  public static Gen<PostingId> requestIds() {
    return Generate.frequency(Pair.of(40, integers().between(0, 19).map(i -> PostingId.of("p" + i))),
        Pair.of(1, Generate.constant(PostingId.of("sys:expiry:1"))));
  }

  /** Households, {@code h3} (not opened at first) less often. */
  public static Gen<HouseholdId> households() {
    return Generate.frequency(Pair.of(9, arbitrary().pick(HOUSEHOLDS.subList(0, 3))),
        Pair.of(1, Generate.constant(HOUSEHOLDS.get(3))));
  }

  /** Villages, mostly {@code v0}, whose pool and supermarket are open from the start. */
  public static Gen<UnitId> villages() {
    return Generate.frequency(Pair.of(6, Generate.constant(VILLAGES.get(0))),
        Pair.of(2, Generate.constant(VILLAGES.get(1))),
        Pair.of(1, Generate.constant(VILLAGES.get(2))));
  }

  /**
   * Ids that name an earlier record: mostly {@code ref-n}, which {@link #resolve} turns into the
   * id of the n-th record committed so far of the kind wanted; else an id that may name nothing.
   */
  public static Gen<PostingId> referenceIds() {
    return Generate.frequency(
        Pair.of(12, integers().between(0, 59).map(i -> PostingId.of("ref-" + i))),
        Pair.of(1, integers().between(0, 11).map(i -> PostingId.of("p" + i))),
        Pair.of(1, integers().between(0, 11).map(i -> PostingId.of("e" + i))),
        Pair.of(1, integers().between(1, 60).map(i -> PostingId.of("sys:expiry:" + i))));
  }

  /**
   * {@code reference} itself, or for {@code ref-n} the id of the n-th (modulo) of {@code ids}, the
   * ids of the records committed so far of the kind wanted ({@code ref-n} when there are none).
   */
  public static PostingId resolve(PostingId reference, List<PostingId> ids) {
    if (!reference.value().startsWith("ref-") || ids.isEmpty()) {
      return reference;
    }
    return ids.get(Integer.parseInt(reference.value().substring(4)) % ids.size());
  }

  /** Any account id, system accounts and never-opened villages included. */
  public static Gen<AccountId> accounts() {
    return Generate.frequency(
        Pair.of(5, households().map(AccountId::household)),
        Pair.of(3, villages().map(AccountId::pool)),
        Pair.of(3, villages().map(AccountId::supermarket)),
        Pair.of(1, arbitrary().pick(List.of(AccountId.EXPIRY, AccountId.REVERSAL))));
  }

  /**
   * Events of the test kinds for the test households with ids {@code e0} to {@code e39}: most
   * happened up to 60 days before {@link #START}, a few an hour after it; {@link #shifted} moves
   * them to the clock's time.
   */
  public static Gen<ConductEvent> events() {
    Gen<Long> back = Generate.frequency(Pair.of(20, longs().between(0, 60L * 24 * 3600)),
        Pair.of(1, Generate.constant(-3600L)));
    Gen<Long> quantity = Generate.frequency(Pair.of(3, Generate.constant(0L)),
        Pair.of(3, longs().between(1, 4)));
    return integers().between(0, 39).zip(households(), arbitrary().pick(KINDS),
        back, quantity, (id, household, kind, seconds, q) -> {
          ConductEvent.Builder b = ConductEvent.builder();
          b.id("e" + id).household(household).kind(kind).occurredAt(START.minusSeconds(seconds));
          if (q > 0) {
            b.quantity(q);
          }
          return (ConductEvent) b.build();
        });
  }

  /**
   * Ledger commands; event times are relative to {@link #START} and shifted to the clock when
   * run (see {@link #shifted}).
   */
  public static Gen<LedgerCommand> commands() {
    Gen<Long> smallAmounts = Generate.frequency(Pair.of(1, longs().between(-1, 0)),
        Pair.of(8, longs().between(1, 12)));
    Gen<LedgerCommand> open = accounts().map(LedgerCommand.Open::new);
    Gen<LedgerCommand> close = accounts().map(LedgerCommand.Close::new);
    Gen<LedgerCommand> record = events().zip(villages(),
        LedgerCommand.Record::new);
    Gen<LedgerCommand> redeem = requestIds().zip(households(),
        villages(), arbitrary().pick(ITEMS),
        Generate.frequency(Pair.of(1, longs().between(-1, 0)), Pair.of(6, longs().between(1, 3))),
        LedgerCommand.Redeem::new);
    Gen<LedgerCommand> reverse = requestIds().zip(referenceIds(),
        (id, original) -> new LedgerCommand.Reverse(id, original, "更正 " + original));
    Gen<LedgerCommand> freeze = requestIds().zip(households(), smallAmounts,
        arbitrary().enumValues(HoldReason.class), LedgerCommand.Freeze::new);
    Gen<LedgerCommand> release = requestIds().zip(referenceIds(), LedgerCommand.Release::new);
    Gen<LedgerCommand> capture = requestIds().zip(referenceIds(), smallAmounts,
        Generate.frequency(Pair.of(3, Generate.constant(AccountId.REVERSAL)), Pair.of(3, accounts())),
        LedgerCommand.Capture::new);
    Gen<LedgerCommand> restock = requestIds().zip(villages(),
        arbitrary().pick(ITEMS), Generate.frequency(Pair.of(1, longs().between(-1, 0)),
            Pair.of(5, longs().between(1, 3)), Pair.of(1, Generate.constant(Long.MAX_VALUE))),
        LedgerCommand.Restock::new);
    Gen<LedgerCommand> expire = Generate.frequency(
        Pair.of(8, longs().between(0, 20L * 24 * 3600)), Pair.of(1, Generate.constant(-1L)))
        .map(s -> new LedgerCommand.Expire(Duration.ofSeconds(s)));
    Gen<LedgerCommand> advance = longs().between(0, 40L * 24 * 3600)
        .map(s -> new LedgerCommand.Advance(Duration.ofSeconds(s)));
    Gen<LedgerCommand> repeat = integers().between(0, 59).map(LedgerCommand.Repeat::new);
    Gen<LedgerCommand> replay = Generate.constant(new LedgerCommand.Replay());
    return Generate.frequency(List.of(
        Pair.of(34, record), Pair.of(5, open), Pair.of(9, redeem), Pair.of(8, reverse),
        Pair.of(9, freeze), Pair.of(4, release), Pair.of(7, capture), Pair.of(3, restock),
        Pair.of(1, close), Pair.of(5, expire), Pair.of(7, advance), Pair.of(5, repeat),
        Pair.of(2, replay)));
  }

  /**
   * Postings of every type and every shape a ledger records or a store hands back: with and
   * without an event (whose household is one of the posting's accounts, or now and then another),
   * event quantities, sources, references and notes, capped amounts, items, reversals, holds and
   * memos; ids {@code p0…} or {@code 积分0…} from the seed's top bits (two postings of a list may share one), times
   * at nanosecond precision. Each is drawn from one seed, so a failure shows the seed's posting.
   */
  public static Gen<Posting> postings() {
    return longs().all().map(PointsGens::posting);
  }

  /** The posting {@link #postings()} draws from {@code seed}. */
  public static Posting posting(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    PostingType type = PostingType.values()[r.nextInt(PostingType.values().length)];
    AccountId household = AccountId.household(HOUSEHOLDS.get(r.nextInt(HOUSEHOLDS.size())));
    AccountId other = AccountId.household(HouseholdId.of("other-" + r.nextInt(3)));
    AccountId debit;
    AccountId credit;
    switch (type) {
      case EARNING:
        debit = AccountId.pool(VILLAGES.get(r.nextInt(VILLAGES.size())));
        credit = household;
        break;
      case DEDUCTION:
        debit = household;
        credit = AccountId.REVERSAL;
        break;
      case REDEMPTION:
        debit = household;
        credit = AccountId.supermarket(UnitId.of("town"));
        break;
      case EXPIRY:
        debit = household;
        credit = AccountId.EXPIRY;
        break;
      default: // CAPTURE, REVERSAL
        debit = household;
        credit = r.nextBoolean() ? AccountId.REVERSAL : other;
    }
    Instant at = START.plusSeconds(r.nextLong(0, 400L * 24 * 3600)).plusNanos(r.nextInt(1_000_000_000));
    Instant effective = r.nextBoolean() ? at : at.minusSeconds(r.nextLong(0, 90L * 24 * 3600))
        .minusNanos(r.nextInt(1_000_000_000));
    String id = (r.nextInt(6) == 0 ? "积分" : "p") + (seed >>> 40);
    Posting.Builder b = Posting.builder();
    b.id(PostingId.of(id)).sequence(1 + r.nextLong(0, Long.MAX_VALUE - 1)).recordedAt(at)
        .effectiveAt(effective).type(type).debit(debit).credit(credit)
        .amount(1 + r.nextLong(0, HUGE));
    if (r.nextInt(4) > 0) {
      b.category(r.nextBoolean() ? "INTEGRITY" : "FILIAL");
    }
    if (r.nextInt(4) > 0) {
      b.rule(KINDS.get(r.nextInt(KINDS.size())));
    }
    if (r.nextInt(4) == 0) {
      b.cappedFrom(r.nextLong(0, HUGE));
    }
    if (r.nextInt(3) > 0) {
      ConductEvent.Builder e = ConductEvent.builder();
      AccountId owner = r.nextInt(8) == 0 ? other
          : debit.household().isPresent() && r.nextBoolean() ? debit : credit;
      e.id(r.nextInt(10) == 0 ? "ev-" + id : id)
          .household(owner.household().orElse(HOUSEHOLDS.get(0)))
          .kind(KINDS.get(r.nextInt(KINDS.size())))
          .occurredAt(r.nextInt(10) == 0 ? effective.minusSeconds(1) : effective);
      if (r.nextBoolean()) {
        e.quantity(1 + r.nextLong(0, 100));
      }
      if (r.nextBoolean()) {
        e.source(r.nextBoolean() ? "patrol" : "mediation");
      }
      if (r.nextBoolean()) {
        e.reference("ref-" + r.nextInt(1000));
      }
      if (r.nextInt(4) == 0) {
        e.note(r.nextBoolean() ? "帮助调解邻里纠纷" : "");
      }
      b.event(e.build());
    }
    if (r.nextInt(8) == 0) {
      b.item(ITEMS.get(r.nextInt(ITEMS.size()))).quantity(1 + r.nextLong(0, 10));
    }
    if (r.nextInt(8) == 0) {
      b.reverses(PostingId.of("orig-" + r.nextInt(100)));
    }
    if (r.nextInt(8) == 0) {
      b.hold(PostingId.of("hold-" + r.nextInt(100)));
    }
    if (r.nextInt(8) == 0) {
      b.memo("更正");
    }
    return b.build();
  }

  /** {@code event} moved from {@link #START}'s time frame to {@code now}'s. */
  public static ConductEvent shifted(ConductEvent event, Instant now) {
    Duration offset = Duration.between(START, now);
    return ConductEvent.builder().from(event).occurredAt(event.occurredAt().plus(offset)).build();
  }
}
