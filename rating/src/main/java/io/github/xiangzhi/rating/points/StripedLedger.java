package io.github.xiangzhi.rating.points;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.XiangzhiException;
import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.PeriodKind;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The {@link PointsLedger}: lock striping by account, a short commit section that decides ids,
 * orders records and hands them to the store, then the change applied to the accounts. See the
 * interface for the model; the comments here say where each step happens.
 *
 * <p>Every request follows the same shape: checks that need no lock (arguments, a committed id,
 * the rule, the accounts' existence — accounts are never removed), then the stripes of the
 * accounts in ascending order, the checks that need them (the id again, closed accounts, caps,
 * stock, balances, overflow), {@link #commit} (the id decided, sequence, time, store, published),
 * {@link #apply}. Nothing is mutated before the store has the record, so a refusal or a store
 * failure changes nothing. A request that finds its id taken in the commit section answers from
 * the record that took it, exactly as if it had come second.
 */
final class StripedLedger implements PointsLedger {

  /** A record made in the commit section, once its sequence number and time are known. */
  @FunctionalInterface
  private interface RecordMaker<R extends LedgerRecord> {
    R make(long sequence, Instant recordedAt);
  }

  /** A committed record and its entry in {@link #byId} (−1 for an account's record). */
  private record Made<R extends LedgerRecord>(R record, int entry) {}

  private final PointsPolicy policy;
  private final InstantSource clock;
  private final ZoneId zone;
  private final LedgerStore store;
  private final ReentrantLock[] stripes;
  private final int mask;

  private final ConcurrentHashMap<AccountId, AccountState> accounts = new ConcurrentHashMap<>();
  private final RecordIndex byId = new RecordIndex();
  private final ConcurrentHashMap<PostingId, PostingId> reversedBy = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<PostingId, HoldState> holdStates = new ConcurrentHashMap<>();
  private final List<AccountRecord> accountRecords = new ArrayList<>(); // guarded by itself
  /**
   * Σ max(−balance, 0) over all accounts: what pools issued plus households' debts. Kept within a
   * long, which bounds every balance and every total.
   */
  private final AtomicLong negativeMass = new AtomicLong();

  private final ReentrantLock commitLock = new ReentrantLock();
  private long sequence; // guarded by commitLock
  private Instant lastTime = Instant.MIN; // guarded by commitLock

  private final Map<String, PointsRule> cappedRules = new java.util.HashMap<>();
  private final PeriodCache expiryPeriods;
  private final PeriodCache[] capPeriods = new PeriodCache[PeriodKind.values().length];

  private StripedLedger(
      PointsPolicy policy, InstantSource clock, ZoneId zone, LedgerStore store, int stripeCount) {
    this.policy = policy;
    this.clock = clock;
    this.zone = zone;
    this.store = store;
    this.stripes = new ReentrantLock[stripeCount];
    for (int i = 0; i < stripeCount; i++) {
      stripes[i] = new ReentrantLock();
    }
    this.mask = stripeCount - 1;
    this.expiryPeriods = policy.expiry()
        .map(e -> new PeriodCache(e.period(), zone, e.periodsKept())).orElse(null);
    for (PeriodKind kind : PeriodKind.values()) {
      capPeriods[kind.ordinal()] = new PeriodCache(kind, zone, -1);
    }
    for (PointsRule rule : policy.earning()) {
      rule.cap().ifPresent(c -> cappedRules.put(rule.code(), rule));
    }
    for (PointsRule rule : policy.deductions()) {
      rule.cap().ifPresent(c -> cappedRules.put(rule.code(), rule));
    }
    accounts.put(AccountId.EXPIRY, new AccountState(AccountId.EXPIRY, false, byId));
    accounts.put(AccountId.REVERSAL, new AccountState(AccountId.REVERSAL, false, byId));
  }

  static StripedLedger create(
      PointsPolicy policy, InstantSource clock, ZoneId zone, LedgerStore store, int stripes) {
    StripedLedger ledger = new StripedLedger(policy, clock, zone, store, stripes);
    ledger.replay();
    return ledger;
  }

  @Override
  public PointsPolicy policy() {
    return policy;
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  // ------------------------------------------------------------------------------------ locks

  private int stripe(Object key) {
    int h = key.hashCode();
    return (h ^ (h >>> 16) ^ (h >>> 8)) & mask;
  }

  private void lock(int a, int b, int c) {
    int t;
    if (a > b) {
      t = a;
      a = b;
      b = t;
    }
    if (b > c) {
      t = b;
      b = c;
      c = t;
    }
    if (a > b) {
      t = a;
      a = b;
      b = t;
    }
    stripes[a].lock();
    if (b != a) {
      stripes[b].lock();
    }
    if (c != b) {
      stripes[c].lock();
    }
  }

  private void unlock(int a, int b, int c) {
    stripes[a].unlock();
    if (b != a) {
      stripes[b].unlock();
    }
    if (c != a && c != b) {
      stripes[c].unlock();
    }
  }

  private void lockAll() {
    for (ReentrantLock s : stripes) {
      s.lock();
    }
  }

  private void unlockAll() {
    for (int i = stripes.length - 1; i >= 0; i--) {
      stripes[i].unlock();
    }
  }

  // ------------------------------------------------------------------------------ commit, apply

  /**
   * The commit section: one request at a time, decides the id ({@code null} when another
   * request took it first: the caller answers exists or refuses), gives the record the next
   * sequence number and a time no earlier than the last, hands it to the store and publishes it
   * under its id. Called with the accounts' stripes held and every check passed; if the store
   * refuses, nothing was counted or published and the caller changes nothing.
   */
  private <R extends LedgerRecord> R commit(PostingId id, RecordMaker<R> maker) {
    Made<R> made = commit(id, maker, null, null);
    return made == null ? null : made.record();
  }

  /**
   * {@link #commit(PostingId, RecordMaker)} for a posting between {@code debit} and {@code
   * credit} (the ledger's own instances of its accounts, which the index keeps), with its entry.
   */
  private <R extends LedgerRecord> Made<R> commit(
      PostingId id, RecordMaker<R> maker, AccountId debit, AccountId credit) {
    commitLock.lock();
    try {
      if (id != null && byId.contains(id)) {
        return null;
      }
      Instant now = clock.instant();
      Instant at = now.isBefore(lastTime) ? lastTime : now;
      R record = maker.make(sequence + 1, at);
      try {
        store.append(record);
      } catch (PointsException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new PointsException(e, PointsError.JOURNAL_IO, store, String.valueOf(e));
      }
      sequence++;
      lastTime = at;
      int entry = -1;
      if (debit != null) { // a posting, with the ledger's instances of its accounts
        entry = byId.add(record, debit, credit);
      } else if (!(record instanceof AccountRecord)) {
        entry = byId.add(record);
      }
      return new Made<>(record, entry);
    } finally {
      commitLock.unlock();
    }
  }

  /**
   * Commits a posting whose points {@link #reserve} set aside and applies it: the reservation is
   * released when the store refuses the record or another request took {@code id} meanwhile (then
   * that request's posting answers "exists"). The stripes are held and every check has passed.
   */
  private Committed<Posting> commitReserved(PostingId id, long reserved, AccountState debit,
      AccountState credit, Predicate<Posting> sameRequest,
      RecordMaker<Posting> maker) {
    Made<Posting> made;
    try {
      made = commit(id, maker, debit.id, credit.id);
    } catch (RuntimeException e) {
      release(reserved);
      throw e;
    }
    if (made == null) { // the same id was committed meanwhile, on other accounts
      release(reserved);
      return Committed.exists(same(byId.get(id), Posting.class, sameRequest, id));
    }
    apply(made.record(), made.entry(), debit, credit);
    return Committed.created(made.record());
  }

  /**
   * Applies a committed posting, entry {@code entry} of {@link #byId}, to its accounts and
   * indexes; the stripes are held.
   */
  private void apply(Posting p, int entry, AccountState debit, AccountState credit) {
    debit.debit(p, entry);
    credit.credit(p, entry, credit.lots == null ? null : expiryOf(p.effectiveAt()));
    if (p.rule().isPresent()) {
      countCaps(p, debit);
      countCaps(p, credit);
    }
    if (p.item().isPresent()) {
      long q = p.quantity().orElse(0);
      if (debit.stock != null) {
        addStock(debit, p.item().get(), q);
      } else if (credit.stock != null) {
        addStock(credit, p.item().get(), -q);
      }
    }
    if (p.reverses().isPresent()) {
      reversedBy.put(p.reverses().get(), p.id());
    }
    if (p.hold().isPresent()) {
      resolve(debit, p.hold().get(), HoldState.CAPTURED);
    }
  }

  private void countCaps(Posting p, AccountState household) {
    if (household.caps == null || cappedRules.isEmpty()) {
      return;
    }
    PointsRule rule = cappedRules.get(p.rule().get());
    if (rule == null) {
      return;
    }
    long change = p.change(household.id);
    long counted = policy.isDeduction(rule) ? -change : change;
    household.caps.computeIfAbsent(capKey(rule, p.effectiveAt()), k -> new long[1])[0] += counted;
  }

  private AccountState.CapKey capKey(PointsRule rule, Instant at) {
    PointsCap cap = rule.cap().get();
    return new AccountState.CapKey(rule.code(),
        capPeriods[cap.period().ordinal()].window(at).period);
  }

  private long capUsed(AccountState household, PointsRule rule, Instant at) {
    long[] used = household.caps.get(capKey(rule, at));
    return used == null ? 0 : used[0];
  }

  private Instant expiryOf(Instant effectiveAt) {
    return expiryPeriods == null ? null : expiryPeriods.window(effectiveAt).expiry;
  }

  private long stockOf(AccountState supermarket, String item) {
    long[] s = supermarket.stock.get(item);
    if (s != null) {
      return s[0];
    }
    return policy.item(item).map(CatalogueItem::stock).orElse(0L);
  }

  private void addStock(AccountState supermarket, String item, long quantity) {
    long[] s = supermarket.stock.get(item);
    if (s == null) {
      supermarket.stock.put(item, new long[] {Math.addExact(stockOf(supermarket, item), quantity)});
    } else {
      s[0] = Math.addExact(s[0], quantity);
    }
  }

  private void resolve(AccountState household, PostingId holdId, HoldState state) {
    Hold hold = household.pending.remove(holdId);
    household.held -= hold.amount();
    holdStates.put(holdId, state);
  }

  /**
   * The change in {@link #negativeMass} a posting of {@code amount} from {@code debit} to
   * {@code credit} makes, reserved now; {@link #release} gives it back if the commit fails.
   *
   * @throws PointsException {@link PointsError#OVERFLOW} naming {@code id}
   */
  private long reserve(Object id, AccountState debit, AccountState credit, long amount) {
    try {
      long newDebit = Math.subtractExact(debit.balance, amount);
      long newCredit = Math.addExact(credit.balance, amount);
      long delta = Math.addExact(
          Math.subtractExact(negative(newDebit), negative(debit.balance)),
          Math.subtractExact(negative(newCredit), negative(credit.balance)));
      if (delta != 0) {
        long mass;
        do {
          mass = negativeMass.get();
        } while (!negativeMass.compareAndSet(mass, Math.addExact(mass, delta)));
      }
      return delta;
    } catch (ArithmeticException e) {
      throw new PointsException(PointsError.OVERFLOW, id);
    }
  }

  private void release(long delta) {
    if (delta != 0) {
      negativeMass.addAndGet(-delta);
    }
  }

  private static long negative(long balance) {
    return balance < 0 ? Math.negateExact(balance) : 0;
  }

  // ----------------------------------------------------------------------------- idempotency

  /**
   * The committed record under {@code id} if the same request made it, {@code null} if the id is
   * free; throws if a different request used it.
   */
  private static <R extends LedgerRecord> R same(
      LedgerRecord existing, Class<R> type, Predicate<R> sameRequest,
      PostingId id) {
    if (existing == null) {
      return null;
    }
    if (type.isInstance(existing) && sameRequest.test(type.cast(existing))) {
      return type.cast(existing);
    }
    throw new PointsException(PointsError.EXISTS_WITH_DIFFERENT_FIELDS, id);
  }

  private static void notReserved(PostingId id) {
    if (id.isReserved()) {
      throw new PointsException(PointsError.RESERVED_ID, id);
    }
  }

  private static void positive(String field, long value) {
    if (value <= 0) {
      throw new PointsException(PointsError.AMOUNT_NOT_POSITIVE, field, value);
    }
  }

  private AccountState known(AccountId id) {
    AccountState state = accounts.get(id);
    if (state == null) {
      throw new PointsException(PointsError.UNKNOWN_ACCOUNT, id);
    }
    return state;
  }

  private static void open(AccountState state) {
    if (state.closed) {
      throw new PointsException(PointsError.ACCOUNT_CLOSED, state.id);
    }
  }

  private static void available(AccountState state, long amount) {
    long available = state.available();
    if (available < amount) {
      throw new PointsException(PointsError.INSUFFICIENT_POINTS, state.id, available, amount);
    }
  }

  // -------------------------------------------------------------------------------- accounts

  @Override
  public Committed<Account> open(AccountId account) {
    Objects.requireNonNull(account, "account");
    if (account.kind().isSystem()) {
      return Committed.exists(snapshot(accounts.get(account)));
    }
    int s = stripe(account);
    lock(s, s, s);
    try {
      AccountState existing = accounts.get(account);
      if (existing != null) {
        return Committed.exists(existing.snapshot());
      }
      AccountRecord record = commit(null, (seq, at) -> AccountRecord.builder().sequence(seq)
          .recordedAt(at).account(account).action(AccountRecord.Action.OPENED).build());
      AccountState state = applyOpen(record);
      return Committed.created(state.snapshot());
    } finally {
      unlock(s, s, s);
    }
  }

  private AccountState applyOpen(AccountRecord record) {
    AccountState state = new AccountState(record.account(), expiryPeriods != null, byId);
    accounts.put(record.account(), state);
    synchronized (accountRecords) {
      accountRecords.add(record);
    }
    return state;
  }

  @Override
  public Committed<Account> close(AccountId account) {
    Objects.requireNonNull(account, "account");
    if (account.kind().isSystem()) {
      throw new PointsException(PointsError.SYSTEM_ACCOUNT, account);
    }
    AccountState state = known(account);
    int s = stripe(account);
    lock(s, s, s);
    try {
      if (state.closed) {
        return Committed.exists(state.snapshot());
      }
      if (state.pending != null && !state.pending.isEmpty()) {
        throw new PointsException(PointsError.HOLDS_PENDING, account, state.pending.size());
      }
      AccountRecord record = commit(null, (seq, at) -> AccountRecord.builder().sequence(seq)
          .recordedAt(at).account(account).action(AccountRecord.Action.CLOSED).build());
      applyClose(record, state);
      return Committed.created(state.snapshot());
    } finally {
      unlock(s, s, s);
    }
  }

  private void applyClose(AccountRecord record, AccountState state) {
    state.closed = true;
    synchronized (accountRecords) {
      accountRecords.add(record);
    }
  }

  private Account snapshot(AccountState state) {
    int s = stripe(state.id);
    lock(s, s, s);
    try {
      return state.snapshot();
    } finally {
      unlock(s, s, s);
    }
  }

  // -------------------------------------------------------------------------------- postings

  @Override
  public Committed<Posting> record(ConductEvent event, UnitId issuer) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(issuer, "issuer");
    PostingId id = PostingId.of(event.id());
    notReserved(id);
    AccountId pool = AccountId.pool(issuer);
    Predicate<Posting> sameRequest = p -> p.event().isPresent()
        && p.event().get().equals(event)
        && (p.type() != PostingType.EARNING || p.debit().equals(pool));
    Posting done = same(byId.get(id), Posting.class, sameRequest, id);
    if (done != null) {
      return Committed.exists(done);
    }
    Instant now = clock.instant();
    if (event.occurredAt().isAfter(now)) {
      throw new PointsException(PointsError.FUTURE_INSTANT, event.occurredAt(), now);
    }
    PointsRule rule = policy.ruleFor(event.kind())
        .orElseThrow(() -> new PointsException(PointsError.NO_RULE, event.kind()));
    boolean deduction = policy.isDeduction(rule);
    long requested;
    try {
      requested = Math.multiplyExact(rule.points(), event.quantity().orElse(1));
    } catch (ArithmeticException e) {
      throw new PointsException(PointsError.OVERFLOW, id);
    }
    AccountId householdId = AccountId.household(event.household());
    AccountState debit;
    AccountState credit;
    AccountState household;
    if (deduction) {
      household = debit = known(householdId);
      credit = accounts.get(AccountId.REVERSAL);
    } else {
      debit = known(pool);
      household = credit = known(householdId);
    }
    Instant effectiveAt = event.occurredAt();
    if (!deduction) {
      expiryOf(effectiveAt); // fails here, before any change, for an instant outside the calendar
    }
    int b = stripe(debit.id);
    int c = stripe(credit.id);
    lock(b, c, c);
    try {
      done = same(byId.get(id), Posting.class, sameRequest, id);
      if (done != null) {
        return Committed.exists(done);
      }
      open(debit);
      open(credit);
      long amount = requested;
      long cappedFrom = -1;
      if (rule.cap().isPresent()) {
        long left = rule.cap().get().maxPoints() - capUsed(household, rule, effectiveAt);
        if (left <= 0) {
          throw new PointsException(PointsError.CAP_REACHED, event.household(), rule.code(),
              capKey(rule, effectiveAt).period(), rule.cap().get().maxPoints());
        }
        if (amount > left) {
          cappedFrom = amount;
          amount = left;
        }
      }
      if (deduction && !policy.penaltiesMayOverdraw()) {
        available(household, amount);
      }
      long posted = amount;
      long uncapped = cappedFrom;
      long reserved = reserve(id, debit, credit, posted);
      return commitReserved(id, reserved, debit, credit, sameRequest, (seq, at) -> {
        Posting.Builder builder = Posting.builder();
        builder.id(id).sequence(seq).recordedAt(at).effectiveAt(effectiveAt)
            .type(deduction ? PostingType.DEDUCTION : PostingType.EARNING)
            .debit(debit.id).credit(credit.id).amount(posted).category(rule.category())
            .rule(rule.code()).event(event);
        if (uncapped >= 0) {
          builder.cappedFrom(uncapped);
        }
        return builder.build();
      });
    } finally {
      unlock(b, c, c);
    }
  }

  @Override
  public Committed<Posting> redeem(
      PostingId id, HouseholdId household, UnitId supermarket, String item, long quantity) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(supermarket, "supermarket");
    Objects.requireNonNull(item, "item");
    positive("quantity", quantity);
    notReserved(id);
    AccountId h = AccountId.household(household);
    AccountId sm = AccountId.supermarket(supermarket);
    Predicate<Posting> sameRequest = p -> p.type() == PostingType.REDEMPTION
        && p.debit().equals(h) && p.credit().equals(sm) && p.item().equals(Optional.of(item))
        && p.quantity().equals(java.util.OptionalLong.of(quantity));
    Posting done = same(byId.get(id), Posting.class, sameRequest, id);
    if (done != null) {
      return Committed.exists(done);
    }
    CatalogueItem catalogueItem = policy.item(item)
        .orElseThrow(() -> new PointsException(PointsError.UNKNOWN_ITEM, item));
    long amount;
    try {
      amount = Math.multiplyExact(catalogueItem.price(), quantity);
    } catch (ArithmeticException e) {
      throw new PointsException(PointsError.OVERFLOW, id);
    }
    AccountState debit = known(h);
    AccountState credit = known(sm);
    int b = stripe(h);
    int c = stripe(sm);
    lock(b, c, c);
    try {
      done = same(byId.get(id), Posting.class, sameRequest, id);
      if (done != null) {
        return Committed.exists(done);
      }
      open(debit);
      open(credit);
      long stock = stockOf(credit, item);
      if (stock < quantity) {
        throw new PointsException(PointsError.OUT_OF_STOCK, sm, item, stock, quantity);
      }
      available(debit, amount);
      long reserved = reserve(id, debit, credit, amount);
      return commitReserved(id, reserved, debit, credit, sameRequest,
          (seq, at) -> Posting.builder().id(id).sequence(seq).recordedAt(at).effectiveAt(at)
              .type(PostingType.REDEMPTION).debit(h).credit(sm).amount(amount).item(item)
              .quantity(quantity).build());
    } finally {
      unlock(b, c, c);
    }
  }

  @Override
  public Committed<Posting> reverse(PostingId id, PostingId original, String reason) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(reason, "reason");
    InvalidValueException.check(!reason.isBlank(), "core.blank", "reason");
    notReserved(id);
    Predicate<Posting> sameRequest = p -> p.type() == PostingType.REVERSAL
        && p.reverses().equals(Optional.of(original)) && p.memo().equals(Optional.of(reason));
    Posting done = same(byId.get(id), Posting.class, sameRequest, id);
    if (done != null) {
      return Committed.exists(done);
    }
    LedgerRecord found = byId.get(original);
    if (!(found instanceof Posting)) {
      throw new PointsException(PointsError.UNKNOWN_POSTING, original);
    }
    Posting o = (Posting) found;
    // the same points back; what a pool paid out goes to the reversal account instead
    AccountId to = o.debit().kind() == AccountKind.POOL ? AccountId.REVERSAL : o.debit();
    AccountState debit = accounts.get(o.credit());
    AccountState credit = accounts.get(to);
    if (credit.lots != null) {
      expiryOf(o.effectiveAt());
    }
    int b = stripe(debit.id);
    int c = stripe(credit.id);
    lock(b, c, c);
    try {
      done = same(byId.get(id), Posting.class, sameRequest, id);
      if (done != null) {
        return Committed.exists(done);
      }
      PostingId earlier = reversedBy.get(original);
      if (earlier != null) {
        throw new PointsException(PointsError.ALREADY_REVERSED, original, earlier);
      }
      open(debit);
      open(credit);
      if (o.item().isPresent() && credit.stock != null) {
        long stock = stockOf(credit, o.item().get());
        long q = o.quantity().orElse(0);
        if (stock < q) {
          throw new PointsException(PointsError.OUT_OF_STOCK, credit.id, o.item().get(), stock, q);
        }
      }
      available(debit, o.amount());
      if (o.item().isPresent() && debit.stock != null) {
        try {
          Math.addExact(stockOf(debit, o.item().get()), o.quantity().orElse(0));
        } catch (ArithmeticException e) {
          throw new PointsException(PointsError.OVERFLOW, id);
        }
      }
      long reserved = reserve(id, debit, credit, o.amount());
      return commitReserved(id, reserved, debit, credit, sameRequest, (seq, at) -> {
        Posting.Builder builder = Posting.builder();
        builder.id(id).sequence(seq).recordedAt(at).effectiveAt(o.effectiveAt())
            .type(PostingType.REVERSAL).debit(debit.id).credit(credit.id).amount(o.amount())
            .category(o.category()).rule(o.rule()).item(o.item()).quantity(o.quantity())
            .reverses(original).memo(reason);
        return builder.build();
      });
    } finally {
      unlock(b, c, c);
    }
  }

  // ----------------------------------------------------------------------------------- holds

  @Override
  public Committed<Hold> hold(PostingId id, HouseholdId household, long amount, HoldReason reason,
      Optional<String> memo) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(memo, "memo");
    positive("amount", amount);
    InvalidValueException.check(memo.map(m -> !m.isBlank()).orElse(true), "core.blank", "memo");
    notReserved(id);
    AccountId h = AccountId.household(household);
    Predicate<Hold> sameRequest = x -> x.account().equals(h)
        && x.amount() == amount && x.reason() == reason && x.memo().equals(memo);
    Hold done = same(byId.get(id), Hold.class, sameRequest, id);
    if (done != null) {
      return Committed.exists(done);
    }
    AccountState state = known(h);
    int b = stripe(h);
    lock(b, b, b);
    try {
      done = same(byId.get(id), Hold.class, sameRequest, id);
      if (done != null) {
        return Committed.exists(done);
      }
      open(state);
      available(state, amount);
      try {
        Math.addExact(state.held, amount);
      } catch (ArithmeticException e) {
        throw new PointsException(PointsError.OVERFLOW, id);
      }
      Hold hold = commit(id, (seq, at) -> Hold.builder().id(id).sequence(seq).recordedAt(at)
          .account(h).amount(amount).reason(reason).memo(memo).build());
      if (hold == null) {
        return Committed.exists(same(byId.get(id), Hold.class, sameRequest, id));
      }
      applyHold(hold, state);
      return Committed.created(hold);
    } finally {
      unlock(b, b, b);
    }
  }

  private void applyHold(Hold hold, AccountState state) {
    state.held += hold.amount();
    state.pending.put(hold.id(), hold);
    holdStates.put(hold.id(), HoldState.PENDING);
  }

  @Override
  public Committed<HoldRelease> release(PostingId id, PostingId hold) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(hold, "hold");
    notReserved(id);
    Predicate<HoldRelease> sameRequest = r -> r.hold().equals(hold);
    HoldRelease done = same(byId.get(id), HoldRelease.class, sameRequest, id);
    if (done != null) {
      return Committed.exists(done);
    }
    Hold target = knownHold(hold);
    AccountState state = accounts.get(target.account());
    int b = stripe(state.id);
    lock(b, b, b);
    try {
      done = same(byId.get(id), HoldRelease.class, sameRequest, id);
      if (done != null) {
        return Committed.exists(done);
      }
      HoldState current = holdStates.get(hold);
      if (current != HoldState.PENDING) {
        throw new PointsException(PointsError.HOLD_NOT_PENDING, hold, current);
      }
      HoldRelease release = commit(id, (seq, at) -> HoldRelease.builder().id(id).sequence(seq)
          .recordedAt(at).hold(hold).build());
      if (release == null) {
        return Committed.exists(same(byId.get(id), HoldRelease.class, sameRequest, id));
      }
      resolve(state, hold, HoldState.RELEASED);
      return Committed.created(release);
    } finally {
      unlock(b, b, b);
    }
  }

  private Hold knownHold(PostingId hold) {
    LedgerRecord found = byId.get(hold);
    if (!(found instanceof Hold)) {
      throw new PointsException(PointsError.UNKNOWN_HOLD, hold);
    }
    return (Hold) found;
  }

  @Override
  public Committed<Posting> capture(PostingId id, PostingId hold, long amount, AccountId to) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(hold, "hold");
    Objects.requireNonNull(to, "to");
    positive("amount", amount);
    notReserved(id);
    Predicate<Posting> sameRequest = p -> p.type() == PostingType.CAPTURE
        && p.hold().equals(Optional.of(hold)) && p.amount() == amount && p.credit().equals(to);
    Posting done = same(byId.get(id), Posting.class, sameRequest, id);
    if (done != null) {
      return Committed.exists(done);
    }
    Hold target = knownHold(hold);
    AccountState debit = accounts.get(target.account());
    int b = stripe(debit.id);
    int c = stripe(to);
    lock(b, c, c);
    try {
      done = same(byId.get(id), Posting.class, sameRequest, id);
      if (done != null) {
        return Committed.exists(done);
      }
      HoldState current = holdStates.get(hold);
      if (current != HoldState.PENDING) {
        throw new PointsException(PointsError.HOLD_NOT_PENDING, hold, current);
      }
      if (amount > target.amount()) {
        throw new PointsException(PointsError.CAPTURE_EXCEEDS_HOLD, hold, target.amount(), amount);
      }
      if (!(to.kind() == AccountKind.HOUSEHOLD || to.kind() == AccountKind.REVERSAL)
          || to.equals(target.account())) {
        throw new PointsException(PointsError.INVALID_TARGET, to);
      }
      AccountState credit = known(to);
      open(credit);
      // the hold's own points count as available to it; available + held never overflows
      long available = debit.available() == Long.MIN_VALUE
          ? Long.MIN_VALUE : debit.available() + target.amount();
      if (available < amount) {
        throw new PointsException(PointsError.INSUFFICIENT_POINTS, debit.id, available, amount);
      }
      if (credit.lots != null) {
        expiryOf(clock.instant()); // fails here, before any change, outside the calendar
      }
      long reserved = reserve(id, debit, credit, amount);
      return commitReserved(id, reserved, debit, credit, sameRequest,
          (seq, at) -> Posting.builder().id(id).sequence(seq).recordedAt(at).effectiveAt(at)
              .type(PostingType.CAPTURE).debit(debit.id).credit(to).amount(amount).hold(hold)
              .build());
    } finally {
      unlock(b, c, c);
    }
  }

  @Override
  public Committed<Restock> restock(PostingId id, UnitId supermarket, String item, long quantity) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(supermarket, "supermarket");
    Objects.requireNonNull(item, "item");
    positive("quantity", quantity);
    notReserved(id);
    AccountId sm = AccountId.supermarket(supermarket);
    Predicate<Restock> sameRequest = r -> r.supermarket().equals(sm)
        && r.item().equals(item) && r.quantity() == quantity;
    Restock done = same(byId.get(id), Restock.class, sameRequest, id);
    if (done != null) {
      return Committed.exists(done);
    }
    if (policy.item(item).isEmpty()) {
      throw new PointsException(PointsError.UNKNOWN_ITEM, item);
    }
    AccountState state = known(sm);
    int b = stripe(sm);
    lock(b, b, b);
    try {
      done = same(byId.get(id), Restock.class, sameRequest, id);
      if (done != null) {
        return Committed.exists(done);
      }
      open(state);
      try {
        Math.addExact(stockOf(state, item), quantity);
      } catch (ArithmeticException e) {
        throw new PointsException(PointsError.OVERFLOW, id);
      }
      Restock restock = commit(id, (seq, at) -> Restock.builder().id(id).sequence(seq)
          .recordedAt(at).supermarket(sm).item(item).quantity(quantity).build());
      if (restock == null) {
        return Committed.exists(same(byId.get(id), Restock.class, sameRequest, id));
      }
      addStock(state, item, quantity);
      return Committed.created(restock);
    } finally {
      unlock(b, b, b);
    }
  }

  @Override
  public List<Posting> expire(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Instant now = clock.instant();
    if (asOf.isAfter(now)) {
      throw new PointsException(PointsError.FUTURE_INSTANT, asOf, now);
    }
    if (expiryPeriods == null) {
      return List.of();
    }
    List<AccountState> households = new ArrayList<>();
    for (AccountState state : accounts.values()) {
      if (state.kind == AccountKind.HOUSEHOLD) {
        households.add(state);
      }
    }
    households.sort(Comparator.comparing(s -> s.id));
    AccountState expiry = accounts.get(AccountId.EXPIRY);
    int e = stripe(AccountId.EXPIRY);
    List<Posting> made = new ArrayList<>();
    for (AccountState household : households) {
      int h = stripe(household.id);
      lock(h, e, e);
      try {
        if (household.closed) {
          continue;
        }
        long amount = Math.min(household.lots.expiredBy(asOf), household.available());
        if (amount <= 0) {
          continue;
        }
        long reserved = reserve(household.id, household, expiry, amount);
        Made<Posting> p;
        try {
          p = commit(null, (seq, at) -> Posting.builder()
              .id(PostingId.of(PostingId.RESERVED_PREFIX + "expiry:" + seq)).sequence(seq)
              .recordedAt(at).effectiveAt(asOf).type(PostingType.EXPIRY).debit(household.id)
              .credit(AccountId.EXPIRY).amount(amount).build(), household.id, expiry.id);
        } catch (RuntimeException ex) {
          release(reserved);
          throw ex;
        }
        apply(p.record(), p.entry(), household, expiry);
        made.add(p.record());
      } finally {
        unlock(h, e, e);
      }
    }
    return made;
  }

  // --------------------------------------------------------------------------------- queries

  @Override
  public Optional<Account> account(AccountId account) {
    AccountState state = accounts.get(account);
    return state == null ? Optional.empty() : Optional.of(snapshot(state));
  }

  @Override
  public List<AccountId> accounts() {
    return accounts.keySet().stream().sorted().collect(ImmutableList.toImmutableList());
  }

  @Override
  public long balanceAt(AccountId account, Instant at) {
    AccountState state = known(account);
    int s = stripe(account);
    lock(s, s, s);
    try {
      return state.balanceAfterCount(state.countUpTo(at, true));
    } finally {
      unlock(s, s, s);
    }
  }

  @Override
  public Optional<Posting> posting(PostingId id) {
    LedgerRecord record = byId.get(id);
    return record instanceof Posting ? Optional.of((Posting) record) : Optional.empty();
  }

  @Override
  public Optional<HoldState> holdState(PostingId hold) {
    return Optional.ofNullable(holdStates.get(hold));
  }

  @Override
  public List<Hold> pendingHolds(HouseholdId household) {
    AccountState state = accounts.get(AccountId.household(household));
    if (state == null) {
      return List.of();
    }
    int s = stripe(state.id);
    lock(s, s, s);
    try {
      return ImmutableList.copyOf(state.pending.values());
    } finally {
      unlock(s, s, s);
    }
  }

  @Override
  public long stock(UnitId supermarket, String item) {
    if (policy.item(item).isEmpty()) {
      throw new PointsException(PointsError.UNKNOWN_ITEM, item);
    }
    AccountState state = known(AccountId.supermarket(supermarket));
    int s = stripe(state.id);
    lock(s, s, s);
    try {
      return stockOf(state, item);
    } finally {
      unlock(s, s, s);
    }
  }

  @Override
  public PointsTotals totals() {
    return totals(null);
  }

  @Override
  public PointsTotals totalsAt(Instant at) {
    return totals(Objects.requireNonNull(at, "at"));
  }

  private PointsTotals totals(Instant at) {
    long[] byKind = new long[AccountKind.values().length];
    lockAll();
    try {
      for (AccountState state : accounts.values()) {
        long balance = at == null ? state.balance : state.balanceAfterCount(
            state.countUpTo(at, true));
        byKind[state.kind.ordinal()] = Math.addExact(byKind[state.kind.ordinal()], balance);
      }
    } catch (ArithmeticException e) {
      throw new PointsException(PointsError.OVERFLOW, "totals");
    } finally {
      unlockAll();
    }
    return PointsTotals.builder().issued(-byKind[AccountKind.POOL.ordinal()])
        .held(byKind[AccountKind.HOUSEHOLD.ordinal()])
        .redeemed(byKind[AccountKind.SUPERMARKET.ordinal()])
        .expired(byKind[AccountKind.EXPIRY.ordinal()])
        .reversed(byKind[AccountKind.REVERSAL.ordinal()]).build();
  }

  @Override
  public PassbookStatement statement(HouseholdId household, GovernancePeriod period) {
    AccountId id = AccountId.household(household);
    AccountState state = known(id);
    Instant start = period.startInstant(zone);
    Instant end = period.endInstant(zone);
    PassbookStatement.Builder out = PassbookStatement.builder();
    out.household(household).period(period).zone(zone);
    int s = stripe(id);
    lock(s, s, s);
    try {
      int from = state.countUpTo(start, false);
      int to = state.countUpTo(end, false);
      long opening = state.balanceAfterCount(from);
      out.opening(opening).closing(state.balanceAfterCount(to));
      for (int i = from; i < to; i++) {
        Posting p = state.posting(i);
        out.addLines(PassbookLine.of(p, p.change(id), state.balanceAfter(i)));
      }
    } finally {
      unlock(s, s, s);
    }
    return out.build();
  }

  @Override
  public PointsRanking ranking(
      GovernancePeriod period, Function<HouseholdId, Optional<UnitId>> villageOf) {
    Objects.requireNonNull(villageOf, "villageOf");
    Instant start = period.startInstant(zone);
    Instant end = period.endInstant(zone);
    Map<UnitId, List<RankedHousehold.Builder>> byVillage = new TreeMap<>();
    List<HouseholdId> unplaced = new ArrayList<>();
    List<AccountState> households = new ArrayList<>();
    for (AccountState state : accounts.values()) {
      if (state.kind == AccountKind.HOUSEHOLD) {
        households.add(state);
      }
    }
    households.sort(Comparator.comparing(s -> s.id));
    for (AccountState state : households) {
      HouseholdId household = state.id.household().get();
      long total = 0;
      Map<String, Long> categories = new TreeMap<>();
      int s = stripe(state.id);
      lock(s, s, s);
      try {
        if (state.closed) {
          continue;
        }
        for (int i = 0; i < state.size(); i++) {
          Posting p = state.posting(i);
          if (p.rule().isEmpty() || p.effectiveAt().isBefore(start)
              || !p.effectiveAt().isBefore(end)) {
            continue;
          }
          long change = p.change(state.id);
          total = Math.addExact(total, change);
          categories.merge(p.category().orElse(""), change, Math::addExact);
        }
      } catch (ArithmeticException e) {
        throw new PointsException(PointsError.OVERFLOW, state.id);
      } finally {
        unlock(s, s, s);
      }
      Optional<UnitId> village = villageOf.apply(household);
      if (village == null || village.isEmpty()) {
        unplaced.add(household);
        continue;
      }
      RankedHousehold.Builder entry = RankedHousehold.builder();
      entry.household(household).village(village.get()).points(total).byCategory(categories);
      byVillage.computeIfAbsent(village.get(), v -> new ArrayList<>()).add(entry);
    }
    ImmutableMap.Builder<UnitId, ImmutableList<RankedHousehold>> villages = ImmutableMap.builder();
    for (Map.Entry<UnitId, List<RankedHousehold.Builder>> v : byVillage.entrySet()) {
      List<RankedHousehold> ranked = new ArrayList<>();
      for (RankedHousehold.Builder b : v.getValue()) {
        ranked.add(b.rank(1).build());
      }
      ranked.sort(Comparator.comparingLong(RankedHousehold::points).reversed()
          .thenComparing(RankedHousehold::household));
      ImmutableList.Builder<RankedHousehold> out = ImmutableList.builder();
      int rank = 0;
      for (int i = 0; i < ranked.size(); i++) {
        if (i == 0 || ranked.get(i).points() != ranked.get(i - 1).points()) {
          rank = i + 1;
        }
        out.add(RankedHousehold.builder().from(ranked.get(i)).rank(rank).build());
      }
      villages.put(v.getKey(), out.build());
    }
    return PointsRanking.builder().period(period).villages(villages.build())
        .unplaced(unplaced).build();
  }

  @Override
  public List<LedgerRecord> records() {
    List<LedgerRecord> out = new ArrayList<>();
    lockAll();
    try {
      out.addAll(byId.values());
      synchronized (accountRecords) {
        out.addAll(accountRecords);
      }
    } finally {
      unlockAll();
    }
    out.sort(Comparator.comparingLong(LedgerRecord::sequence));
    return ImmutableList.copyOf(out);
  }

  @Override
  public String toString() {
    return "PointsLedger[" + accounts.size() + " accounts, " + byId.size() + " records, "
        + store + "]";
  }

  // ---------------------------------------------------------------------------------- replay

  /** Rebuilds the ledger from its store, checking that each record follows from the last. */
  private void replay() {
    long[] position = {0};
    lockAll();
    try {
      store.replay(record -> {
        position[0]++;
        try {
          replayOne(record);
        } catch (XiangzhiException e) {
          throw new PointsException(e, PointsError.JOURNAL_INCONSISTENT, position[0],
              (LocalizedText) e::message);
        } catch (RuntimeException e) {
          throw new PointsException(e, PointsError.JOURNAL_INCONSISTENT, position[0],
              String.valueOf(e));
        }
      });
    } finally {
      unlockAll();
    }
  }

  private void replayOne(LedgerRecord record) {
    Objects.requireNonNull(record, "record");
    if (record.sequence() <= sequence) {
      throw new XiangzhiException("rating.points.replay.sequence", record.sequence(), sequence);
    }
    if (record.recordedAt().isBefore(lastTime)) {
      throw new XiangzhiException("rating.points.replay.time", record.recordedAt(), lastTime);
    }
    if (record instanceof AccountRecord) {
      AccountRecord r = (AccountRecord) record;
      AccountState state = accounts.get(r.account());
      if (r.action() == AccountRecord.Action.OPENED) {
        if (state != null) {
          throw new XiangzhiException("rating.points.replay.opened", r.account());
        }
        applyOpen(r);
      } else {
        if (state == null) {
          throw new PointsException(PointsError.UNKNOWN_ACCOUNT, r.account());
        }
        open(state);
        if (state.pending != null && !state.pending.isEmpty()) {
          throw new PointsException(PointsError.HOLDS_PENDING, r.account(), state.pending.size());
        }
        applyClose(r, state);
      }
    } else {
      PostingId id = RecordIndex.idOf(record);
      if (byId.contains(id)) {
        throw new XiangzhiException("rating.points.replay.duplicate", id);
      }
      if (record instanceof Posting) {
        replayPosting((Posting) record);
      } else if (record instanceof Hold) {
        Hold h = (Hold) record;
        AccountState state = known(h.account());
        open(state);
        Math.addExact(state.held, h.amount());
        applyHold(h, state);
      } else if (record instanceof HoldRelease) {
        HoldRelease r = (HoldRelease) record;
        Hold h = knownHold(r.hold());
        if (holdStates.get(r.hold()) != HoldState.PENDING) {
          throw new PointsException(PointsError.HOLD_NOT_PENDING, r.hold(),
              holdStates.get(r.hold()));
        }
        resolve(accounts.get(h.account()), r.hold(), HoldState.RELEASED);
      } else {
        Restock r = (Restock) record;
        AccountState state = known(r.supermarket());
        open(state);
        addStock(state, r.item(), r.quantity());
      }
    }
    if (!(record instanceof AccountRecord || record instanceof Posting)) {
      byId.add(record); // a posting was added by replayPosting, before it was applied
    }
    sequence = record.sequence();
    lastTime = record.recordedAt();
  }

  private void replayPosting(Posting p) {
    AccountState debit = known(p.debit());
    AccountState credit = known(p.credit());
    open(debit);
    open(credit);
    if (p.reverses().isPresent()) {
      PostingId original = p.reverses().get();
      if (!(byId.get(original) instanceof Posting)) {
        throw new PointsException(PointsError.UNKNOWN_POSTING, original);
      }
      if (reversedBy.containsKey(original)) {
        throw new PointsException(PointsError.ALREADY_REVERSED, original, reversedBy.get(original));
      }
    }
    if (p.hold().isPresent()) {
      Hold hold = knownHold(p.hold().get());
      if (holdStates.get(hold.id()) != HoldState.PENDING) {
        throw new PointsException(PointsError.HOLD_NOT_PENDING, hold.id(),
            holdStates.get(hold.id()));
      }
      if (!hold.account().equals(p.debit()) || p.amount() > hold.amount()) {
        throw new PointsException(PointsError.CAPTURE_EXCEEDS_HOLD, hold.id(), hold.amount(),
            p.amount());
      }
    }
    reserve(p.id(), debit, credit, p.amount());
    apply(p, byId.add(p, debit.id, credit.id), debit, credit);
  }
}
