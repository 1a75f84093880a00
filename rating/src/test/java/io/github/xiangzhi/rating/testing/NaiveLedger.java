package io.github.xiangzhi.rating.testing;

import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.rating.points.Account;
import io.github.xiangzhi.rating.points.AccountId;
import io.github.xiangzhi.rating.points.AccountKind;
import io.github.xiangzhi.rating.points.AccountRecord;
import io.github.xiangzhi.rating.points.CatalogueItem;
import io.github.xiangzhi.rating.points.Committed;
import io.github.xiangzhi.rating.points.Hold;
import io.github.xiangzhi.rating.points.HoldReason;
import io.github.xiangzhi.rating.points.HoldRelease;
import io.github.xiangzhi.rating.points.HoldState;
import io.github.xiangzhi.rating.points.LedgerRecord;
import io.github.xiangzhi.rating.points.PassbookLine;
import io.github.xiangzhi.rating.points.PassbookStatement;
import io.github.xiangzhi.rating.points.PointsError;
import io.github.xiangzhi.rating.points.PointsException;
import io.github.xiangzhi.rating.points.PointsPolicy;
import io.github.xiangzhi.rating.points.PointsRule;
import io.github.xiangzhi.rating.points.PointsTotals;
import io.github.xiangzhi.rating.points.Posting;
import io.github.xiangzhi.rating.points.PostingId;
import io.github.xiangzhi.rating.points.PostingType;
import io.github.xiangzhi.rating.points.RankedHousehold;
import io.github.xiangzhi.rating.points.Restock;
import java.math.BigInteger;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A deliberately simple points ledger, the reference the real one is checked against: a list of
 * records and sets of opened and closed accounts, every balance, hold, stock and cap recomputed
 * by looping over the records, the checks made in the order {@link
 * io.github.xiangzhi.rating.points.PointsLedger}'s Javadoc documents. Slow on purpose; single
 * threaded.
 */
public final class NaiveLedger {
  private final PointsPolicy policy;
  private final ZoneId zone;
  private final InstantSource clock;
  private final Set<AccountId> opened = new HashSet<>();
  private final Set<AccountId> closed = new HashSet<>();
  private final List<LedgerRecord> records = new ArrayList<>();
  private long sequence;
  private Instant last = Instant.MIN;

  /** An empty model. */
  public NaiveLedger(PointsPolicy policy, ZoneId zone, InstantSource clock) {
    this.policy = policy;
    this.zone = zone;
    this.clock = clock;
    opened.add(AccountId.EXPIRY);
    opened.add(AccountId.REVERSAL);
  }

  private static PointsException refuse(PointsError error) {
    return new PointsException(error);
  }

  // ------------------------------------------------------------------------------- queries

  /** Every record, in order. */
  public List<LedgerRecord> records() {
    return List.copyOf(records);
  }

  private List<Posting> postings() {
    List<Posting> out = new ArrayList<>();
    for (LedgerRecord r : records) {
      if (r instanceof Posting) {
        out.add((Posting) r);
      }
    }
    return out;
  }

  /** Every account opened, system accounts included, sorted. */
  public List<AccountId> accounts() {
    return new ArrayList<>(new TreeSet<>(opened));
  }

  private LedgerRecord byId(PostingId id) {
    for (LedgerRecord r : records) {
      if (r instanceof Posting && ((Posting) r).id().equals(id)
          || r instanceof Hold && ((Hold) r).id().equals(id)
          || r instanceof HoldRelease && ((HoldRelease) r).id().equals(id)
          || r instanceof Restock && ((Restock) r).id().equals(id)) {
        return r;
      }
    }
    return null;
  }

  /** The balance after every posting. */
  public long balance(AccountId account) {
    return balanceAt(account, Instant.MAX);
  }

  /** The balance after every posting recorded at or before {@code at}. */
  public long balanceAt(AccountId account, Instant at) {
    long sum = 0;
    for (Posting p : postings()) {
      if (!p.recordedAt().isAfter(at)) {
        sum += p.change(account);
      }
    }
    return sum;
  }

  /** Where the hold stands, if it exists. */
  public Optional<HoldState> holdState(PostingId hold) {
    if (!(byId(hold) instanceof Hold)) {
      return Optional.empty();
    }
    for (LedgerRecord r : records) {
      if (r instanceof HoldRelease && ((HoldRelease) r).hold().equals(hold)) {
        return Optional.of(HoldState.RELEASED);
      }
      if (r instanceof Posting && ((Posting) r).hold().equals(Optional.of(hold))) {
        return Optional.of(HoldState.CAPTURED);
      }
    }
    return Optional.of(HoldState.PENDING);
  }

  private List<Hold> pending(AccountId account) {
    List<Hold> out = new ArrayList<>();
    for (LedgerRecord r : records) {
      if (r instanceof Hold && ((Hold) r).account().equals(account)
          && holdState(((Hold) r).id()).get() == HoldState.PENDING) {
        out.add((Hold) r);
      }
    }
    return out;
  }

  /** Points frozen on the account. */
  public long held(AccountId account) {
    long sum = 0;
    for (Hold h : pending(account)) {
      sum += h.amount();
    }
    return sum;
  }

  private BigInteger available(AccountId account) {
    return BigInteger.valueOf(balance(account)).subtract(BigInteger.valueOf(held(account)));
  }

  /** The account's snapshot, if opened. */
  public Optional<Account> account(AccountId account) {
    if (!opened.contains(account)) {
      return Optional.empty();
    }
    return Optional.of(Account.builder().id(account).closed(closed.contains(account))
        .balance(balance(account)).held(held(account)).build());
  }

  /** The stock of an item in a supermarket. */
  public long stock(AccountId supermarket, String item) {
    long stock = policy.catalogue().stream().filter(i -> i.code().equals(item))
        .mapToLong(CatalogueItem::stock).findFirst().orElse(0);
    for (LedgerRecord r : records) {
      if (r instanceof Restock && ((Restock) r).supermarket().equals(supermarket)
          && ((Restock) r).item().equals(item)) {
        stock += ((Restock) r).quantity();
      }
      if (r instanceof Posting && ((Posting) r).item().equals(Optional.of(item))) {
        Posting p = (Posting) r;
        if (p.credit().equals(supermarket)) {
          stock -= p.quantity().getAsLong();
        } else if (p.debit().equals(supermarket)) {
          stock += p.quantity().getAsLong();
        }
      }
    }
    return stock;
  }

  /** Totals by kind at {@code at}. */
  public PointsTotals totalsAt(Instant at) {
    long[] byKind = new long[AccountKind.values().length];
    for (AccountId a : opened) {
      byKind[a.kind().ordinal()] += balanceAt(a, at);
    }
    return PointsTotals.builder().issued(-byKind[AccountKind.POOL.ordinal()])
        .held(byKind[AccountKind.HOUSEHOLD.ordinal()])
        .redeemed(byKind[AccountKind.SUPERMARKET.ordinal()])
        .expired(byKind[AccountKind.EXPIRY.ordinal()])
        .reversed(byKind[AccountKind.REVERSAL.ordinal()]).build();
  }

  /** The passbook of {@code household} for {@code period}. */
  public PassbookStatement statement(HouseholdId household, GovernancePeriod period) {
    AccountId a = AccountId.household(household);
    Instant start = period.startInstant(zone);
    Instant end = period.endInstant(zone);
    long opening = 0;
    for (Posting p : postings()) {
      if (p.recordedAt().isBefore(start)) {
        opening += p.change(a);
      }
    }
    PassbookStatement.Builder b = PassbookStatement.builder();
    b.household(household).period(period).zone(zone).opening(opening);
    long balance = opening;
    for (Posting p : postings()) {
      if (p.change(a) != 0 && !p.recordedAt().isBefore(start) && p.recordedAt().isBefore(end)) {
        balance += p.change(a);
        b.addLines(PassbookLine.of(p, p.change(a), balance));
      }
    }
    return b.closing(balance).build();
  }

  /** Each village's open passbooks ranked: rank = 1 + households with more points. */
  public Map<UnitId, List<RankedHousehold>> ranking(GovernancePeriod period,
      Function<HouseholdId, Optional<UnitId>> villageOf) {
    Instant start = period.startInstant(zone);
    Instant end = period.endInstant(zone);
    Map<UnitId, List<RankedHousehold>> out = new TreeMap<>();
    Map<HouseholdId, Long> points = new LinkedHashMap<>();
    Map<HouseholdId, Map<String, Long>> categories = new LinkedHashMap<>();
    for (AccountId a : accounts()) {
      if (a.kind() != AccountKind.HOUSEHOLD || closed.contains(a)
          || villageOf.apply(a.household().get()).isEmpty()) {
        continue;
      }
      long sum = 0;
      Map<String, Long> byCategory = new TreeMap<>();
      for (Posting p : postings()) {
        boolean involved = p.debit().equals(a) || p.credit().equals(a);
        if (involved && p.rule().isPresent() && !p.effectiveAt().isBefore(start)
            && p.effectiveAt().isBefore(end)) {
          sum += p.change(a);
          byCategory.merge(p.category().get(), p.change(a), Long::sum);
        }
      }
      points.put(a.household().get(), sum);
      categories.put(a.household().get(), byCategory);
    }
    for (Map.Entry<HouseholdId, Long> e : points.entrySet()) {
      UnitId village = villageOf.apply(e.getKey()).get();
      int better = 0;
      for (Map.Entry<HouseholdId, Long> other : points.entrySet()) {
        if (villageOf.apply(other.getKey()).get().equals(village)
            && other.getValue() > e.getValue()) {
          better++;
        }
      }
      out.computeIfAbsent(village, v -> new ArrayList<>()).add(RankedHousehold.builder()
          .household(e.getKey()).village(village).points(e.getValue()).rank(better + 1)
          .byCategory(categories.get(e.getKey())).build());
    }
    for (List<RankedHousehold> list : out.values()) {
      list.sort(Comparator.comparingInt(RankedHousehold::rank)
          .thenComparing(RankedHousehold::household));
    }
    return out;
  }

  // ------------------------------------------------------------------------------ commands

  private Instant commitTime() {
    Instant now = clock.instant();
    return now.isBefore(last) ? last : now;
  }

  private <R extends LedgerRecord> R add(R record) {
    records.add(record);
    sequence = record.sequence();
    last = record.recordedAt();
    return record;
  }

  private void checkOpened(AccountId a) {
    if (!opened.contains(a)) {
      throw refuse(PointsError.UNKNOWN_ACCOUNT);
    }
  }

  private void checkNotClosed(AccountId a) {
    if (closed.contains(a)) {
      throw refuse(PointsError.ACCOUNT_CLOSED);
    }
  }

  /** Refuses with OVERFLOW unless Σ max(−balance, 0) over every account fits in a long. */
  private void checkMass(AccountId debit, AccountId credit, long amount) {
    BigInteger mass = BigInteger.ZERO;
    for (AccountId a : opened) {
      BigInteger b = BigInteger.valueOf(balance(a));
      if (a.equals(debit)) {
        b = b.subtract(BigInteger.valueOf(amount));
      }
      if (a.equals(credit)) {
        b = b.add(BigInteger.valueOf(amount));
      }
      if (b.signum() < 0) {
        mass = mass.add(b.negate());
      }
    }
    if (mass.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
      throw refuse(PointsError.OVERFLOW);
    }
  }

  private static void checkId(PostingId id) {
    if (id.value().startsWith("sys:")) {
      throw refuse(PointsError.RESERVED_ID);
    }
  }

  /** Opens an account. */
  public Committed<Account> open(AccountId a) {
    if (opened.contains(a)) {
      return Committed.exists(account(a).get());
    }
    add(AccountRecord.builder().sequence(sequence + 1).recordedAt(commitTime()).account(a)
        .action(AccountRecord.Action.OPENED).build());
    opened.add(a);
    return Committed.created(account(a).get());
  }

  /** Closes an account. */
  public Committed<Account> close(AccountId a) {
    if (a.kind().isSystem()) {
      throw refuse(PointsError.SYSTEM_ACCOUNT);
    }
    checkOpened(a);
    if (closed.contains(a)) {
      return Committed.exists(account(a).get());
    }
    if (!pending(a).isEmpty()) {
      throw refuse(PointsError.HOLDS_PENDING);
    }
    add(AccountRecord.builder().sequence(sequence + 1).recordedAt(commitTime()).account(a)
        .action(AccountRecord.Action.CLOSED).build());
    closed.add(a);
    return Committed.created(account(a).get());
  }

  /** Records an event. */
  public Committed<Posting> record(ConductEvent event, UnitId issuer) {
    PostingId id = PostingId.of(event.id());
    checkId(id);
    AccountId pool = AccountId.pool(issuer);
    LedgerRecord existing = byId(id);
    if (existing != null) {
      if (existing instanceof Posting && ((Posting) existing).event().equals(Optional.of(event))
          && (((Posting) existing).type() != PostingType.EARNING
          || ((Posting) existing).debit().equals(pool))) {
        return Committed.exists((Posting) existing);
      }
      throw refuse(PointsError.EXISTS_WITH_DIFFERENT_FIELDS);
    }
    if (event.occurredAt().isAfter(clock.instant())) {
      throw refuse(PointsError.FUTURE_INSTANT);
    }
    PointsRule rule = null;
    boolean deduction = false;
    for (PointsRule r : policy.earning()) {
      if (r.eventKind().equals(event.kind())) {
        rule = r;
      }
    }
    for (PointsRule r : policy.deductions()) {
      if (r.eventKind().equals(event.kind())) {
        rule = r;
        deduction = true;
      }
    }
    if (rule == null) {
      throw refuse(PointsError.NO_RULE);
    }
    BigInteger product = BigInteger.valueOf(rule.points())
        .multiply(BigInteger.valueOf(event.quantity().orElse(1)));
    if (product.bitLength() > 63) {
      throw refuse(PointsError.OVERFLOW);
    }
    long amount = product.longValue();
    AccountId household = AccountId.household(event.household());
    AccountId debit = deduction ? household : pool;
    AccountId credit = deduction ? AccountId.REVERSAL : household;
    checkOpened(debit);
    checkOpened(credit);
    checkNotClosed(debit);
    checkNotClosed(credit);
    long cappedFrom = -1;
    if (rule.cap().isPresent()) {
      GovernancePeriod period = GovernancePeriod.containing(rule.cap().get().period(),
          event.occurredAt(), zone);
      long used = 0;
      for (Posting p : postings()) {
        if (p.rule().equals(Optional.of(rule.code())) && period.contains(p.effectiveAt(), zone)) {
          used += deduction ? -p.change(household) : p.change(household);
        }
      }
      long left = rule.cap().get().maxPoints() - used;
      if (left <= 0) {
        throw refuse(PointsError.CAP_REACHED);
      }
      if (amount > left) {
        cappedFrom = amount;
        amount = left;
      }
    }
    if (deduction && !policy.penaltiesMayOverdraw()
        && available(household).compareTo(BigInteger.valueOf(amount)) < 0) {
      throw refuse(PointsError.INSUFFICIENT_POINTS);
    }
    checkMass(debit, credit, amount);
    Posting.Builder b = Posting.builder();
    b.id(id).sequence(sequence + 1).recordedAt(commitTime()).effectiveAt(event.occurredAt())
        .type(deduction ? PostingType.DEDUCTION : PostingType.EARNING).debit(debit)
        .credit(credit).amount(amount).category(rule.category()).rule(rule.code()).event(event);
    if (cappedFrom >= 0) {
      b.cappedFrom(cappedFrom);
    }
    return Committed.created(add(b.build()));
  }

  /** Redeems goods. */
  public Committed<Posting> redeem(PostingId id, HouseholdId household, UnitId supermarket,
      String item, long quantity) {
    if (quantity <= 0) {
      throw refuse(PointsError.AMOUNT_NOT_POSITIVE);
    }
    checkId(id);
    AccountId h = AccountId.household(household);
    AccountId sm = AccountId.supermarket(supermarket);
    LedgerRecord existing = byId(id);
    if (existing != null) {
      if (existing instanceof Posting && ((Posting) existing).type() == PostingType.REDEMPTION
          && ((Posting) existing).debit().equals(h) && ((Posting) existing).credit().equals(sm)
          && ((Posting) existing).item().equals(Optional.of(item))
          && ((Posting) existing).quantity().equals(OptionalLong.of(quantity))) {
        return Committed.exists((Posting) existing);
      }
      throw refuse(PointsError.EXISTS_WITH_DIFFERENT_FIELDS);
    }
    CatalogueItem catalogueItem = policy.catalogue().stream()
        .filter(i -> i.code().equals(item)).findFirst()
        .orElseThrow(() -> refuse(PointsError.UNKNOWN_ITEM));
    BigInteger product = BigInteger.valueOf(catalogueItem.price())
        .multiply(BigInteger.valueOf(quantity));
    if (product.bitLength() > 63) {
      throw refuse(PointsError.OVERFLOW);
    }
    long amount = product.longValue();
    checkOpened(h);
    checkOpened(sm);
    checkNotClosed(h);
    checkNotClosed(sm);
    if (stock(sm, item) < quantity) {
      throw refuse(PointsError.OUT_OF_STOCK);
    }
    if (available(h).compareTo(BigInteger.valueOf(amount)) < 0) {
      throw refuse(PointsError.INSUFFICIENT_POINTS);
    }
    checkMass(h, sm, amount);
    Instant at = commitTime();
    return Committed.created(add(Posting.builder().id(id).sequence(sequence + 1).recordedAt(at)
        .effectiveAt(at).type(PostingType.REDEMPTION).debit(h).credit(sm).amount(amount)
        .item(item).quantity(quantity).build()));
  }

  /** Reverses a posting. */
  public Committed<Posting> reverse(PostingId id, PostingId original, String reason) {
    checkId(id);
    LedgerRecord existing = byId(id);
    if (existing != null) {
      if (existing instanceof Posting && ((Posting) existing).type() == PostingType.REVERSAL
          && ((Posting) existing).reverses().equals(Optional.of(original))
          && ((Posting) existing).memo().equals(Optional.of(reason))) {
        return Committed.exists((Posting) existing);
      }
      throw refuse(PointsError.EXISTS_WITH_DIFFERENT_FIELDS);
    }
    if (!(byId(original) instanceof Posting)) {
      throw refuse(PointsError.UNKNOWN_POSTING);
    }
    Posting o = (Posting) byId(original);
    for (Posting p : postings()) {
      if (p.reverses().equals(Optional.of(original))) {
        throw refuse(PointsError.ALREADY_REVERSED);
      }
    }
    AccountId debit = o.credit();
    AccountId credit = o.debit().kind() == AccountKind.POOL ? AccountId.REVERSAL : o.debit();
    checkNotClosed(debit);
    checkNotClosed(credit);
    if (o.item().isPresent() && credit.kind() == AccountKind.SUPERMARKET
        && stock(credit, o.item().get()) < o.quantity().getAsLong()) {
      throw refuse(PointsError.OUT_OF_STOCK);
    }
    if (available(debit).compareTo(BigInteger.valueOf(o.amount())) < 0) {
      throw refuse(PointsError.INSUFFICIENT_POINTS);
    }
    if (o.item().isPresent() && debit.kind() == AccountKind.SUPERMARKET
        && BigInteger.valueOf(stock(debit, o.item().get()))
            .add(BigInteger.valueOf(o.quantity().getAsLong())).bitLength() > 63) {
      throw refuse(PointsError.OVERFLOW);
    }
    checkMass(debit, credit, o.amount());
    return Committed.created(add(Posting.builder().id(id).sequence(sequence + 1)
        .recordedAt(commitTime()).effectiveAt(o.effectiveAt()).type(PostingType.REVERSAL)
        .debit(debit).credit(credit).amount(o.amount()).category(o.category()).rule(o.rule())
        .item(o.item()).quantity(o.quantity()).reverses(original).memo(reason).build()));
  }

  /** Freezes points. */
  public Committed<Hold> hold(PostingId id, HouseholdId household, long amount,
      HoldReason reason) {
    if (amount <= 0) {
      throw refuse(PointsError.AMOUNT_NOT_POSITIVE);
    }
    checkId(id);
    AccountId h = AccountId.household(household);
    LedgerRecord existing = byId(id);
    if (existing != null) {
      if (existing instanceof Hold && ((Hold) existing).account().equals(h)
          && ((Hold) existing).amount() == amount && ((Hold) existing).reason() == reason
          && ((Hold) existing).memo().isEmpty()) {
        return Committed.exists((Hold) existing);
      }
      throw refuse(PointsError.EXISTS_WITH_DIFFERENT_FIELDS);
    }
    checkOpened(h);
    checkNotClosed(h);
    if (available(h).compareTo(BigInteger.valueOf(amount)) < 0) {
      throw refuse(PointsError.INSUFFICIENT_POINTS);
    }
    return Committed.created(add(Hold.builder().id(id).sequence(sequence + 1)
        .recordedAt(commitTime()).account(h).amount(amount).reason(reason).build()));
  }

  /** Releases a hold. */
  public Committed<HoldRelease> release(PostingId id, PostingId hold) {
    checkId(id);
    LedgerRecord existing = byId(id);
    if (existing != null) {
      if (existing instanceof HoldRelease && ((HoldRelease) existing).hold().equals(hold)) {
        return Committed.exists((HoldRelease) existing);
      }
      throw refuse(PointsError.EXISTS_WITH_DIFFERENT_FIELDS);
    }
    if (!(byId(hold) instanceof Hold)) {
      throw refuse(PointsError.UNKNOWN_HOLD);
    }
    if (holdState(hold).get() != HoldState.PENDING) {
      throw refuse(PointsError.HOLD_NOT_PENDING);
    }
    return Committed.created(add(HoldRelease.builder().id(id).sequence(sequence + 1)
        .recordedAt(commitTime()).hold(hold).build()));
  }

  /** Captures a hold. */
  public Committed<Posting> capture(PostingId id, PostingId hold, long amount, AccountId to) {
    if (amount <= 0) {
      throw refuse(PointsError.AMOUNT_NOT_POSITIVE);
    }
    checkId(id);
    LedgerRecord existing = byId(id);
    if (existing != null) {
      if (existing instanceof Posting && ((Posting) existing).type() == PostingType.CAPTURE
          && ((Posting) existing).hold().equals(Optional.of(hold))
          && ((Posting) existing).amount() == amount && ((Posting) existing).credit().equals(to)) {
        return Committed.exists((Posting) existing);
      }
      throw refuse(PointsError.EXISTS_WITH_DIFFERENT_FIELDS);
    }
    if (!(byId(hold) instanceof Hold)) {
      throw refuse(PointsError.UNKNOWN_HOLD);
    }
    Hold h = (Hold) byId(hold);
    if (holdState(hold).get() != HoldState.PENDING) {
      throw refuse(PointsError.HOLD_NOT_PENDING);
    }
    if (amount > h.amount()) {
      throw refuse(PointsError.CAPTURE_EXCEEDS_HOLD);
    }
    if (!(to.kind() == AccountKind.HOUSEHOLD || to.kind() == AccountKind.REVERSAL)
        || to.equals(h.account())) {
      throw refuse(PointsError.INVALID_TARGET);
    }
    checkOpened(to);
    checkNotClosed(to);
    if (available(h.account()).add(BigInteger.valueOf(h.amount()))
        .compareTo(BigInteger.valueOf(amount)) < 0) {
      throw refuse(PointsError.INSUFFICIENT_POINTS);
    }
    checkMass(h.account(), to, amount);
    Instant at = commitTime();
    return Committed.created(add(Posting.builder().id(id).sequence(sequence + 1).recordedAt(at)
        .effectiveAt(at).type(PostingType.CAPTURE).debit(h.account()).credit(to).amount(amount)
        .hold(hold).build()));
  }

  /** Restocks a supermarket. */
  public Committed<Restock> restock(PostingId id, UnitId supermarket, String item,
      long quantity) {
    if (quantity <= 0) {
      throw refuse(PointsError.AMOUNT_NOT_POSITIVE);
    }
    checkId(id);
    AccountId sm = AccountId.supermarket(supermarket);
    LedgerRecord existing = byId(id);
    if (existing != null) {
      if (existing instanceof Restock && ((Restock) existing).supermarket().equals(sm)
          && ((Restock) existing).item().equals(item)
          && ((Restock) existing).quantity() == quantity) {
        return Committed.exists((Restock) existing);
      }
      throw refuse(PointsError.EXISTS_WITH_DIFFERENT_FIELDS);
    }
    if (policy.catalogue().stream().noneMatch(i -> i.code().equals(item))) {
      throw refuse(PointsError.UNKNOWN_ITEM);
    }
    checkOpened(sm);
    checkNotClosed(sm);
    if (BigInteger.valueOf(stock(sm, item)).add(BigInteger.valueOf(quantity)).bitLength() > 63) {
      throw refuse(PointsError.OVERFLOW);
    }
    return Committed.created(add(Restock.builder().id(id).sequence(sequence + 1)
        .recordedAt(commitTime()).supermarket(sm).item(item).quantity(quantity).build()));
  }

  /** Expires points as of {@code asOf}. */
  public List<Posting> expire(Instant asOf) {
    if (asOf.isAfter(clock.instant())) {
      throw refuse(PointsError.FUTURE_INSTANT);
    }
    List<Posting> made = new ArrayList<>();
    if (policy.expiry().isEmpty()) {
      return made;
    }
    for (AccountId a : accounts()) {
      if (a.kind() != AccountKind.HOUSEHOLD || closed.contains(a)) {
        continue;
      }
      long expired = 0;
      for (Map.Entry<Instant, Long> lot : lots(a).entrySet()) {
        if (!lot.getKey().isAfter(asOf)) {
          expired += lot.getValue();
        }
      }
      BigInteger amount = BigInteger.valueOf(expired).min(available(a));
      if (amount.signum() <= 0) {
        continue;
      }
      long seq = sequence + 1;
      made.add(add(Posting.builder().id(PostingId.of("sys:expiry:" + seq)).sequence(seq)
          .recordedAt(commitTime()).effectiveAt(asOf).type(PostingType.EXPIRY).debit(a)
          .credit(AccountId.EXPIRY).amount(amount.longValueExact()).build()));
    }
    return made;
  }

  /**
   * The household's points by expiry, replaying its postings: a credit adds a lot (after paying
   * any debt), a debit takes from the lots that expire first.
   */
  private TreeMap<Instant, Long> lots(AccountId a) {
    TreeMap<Instant, Long> lots = new TreeMap<>();
    long balance = 0;
    for (Posting p : postings()) {
      long change = p.change(a);
      if (change > 0) {
        long toLots = balance >= 0 ? change : Math.max(0, balance + change);
        if (toLots > 0) {
          lots.merge(policy.expiry().get().expiresAt(p.effectiveAt(), zone), toLots, Long::sum);
        }
      } else if (change < 0 && balance > 0) {
        long take = Math.min(-change, balance);
        while (take > 0) {
          Map.Entry<Instant, Long> first = lots.firstEntry();
          long used = Math.min(take, first.getValue());
          take -= used;
          if (used == first.getValue()) {
            lots.remove(first.getKey());
          } else {
            lots.put(first.getKey(), first.getValue() - used);
          }
        }
      }
      balance += change;
    }
    return lots;
  }
}
