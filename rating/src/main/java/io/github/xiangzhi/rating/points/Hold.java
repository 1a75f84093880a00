package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 冻结 — points of a passbook frozen while an objection is reviewed or after the passbook was
 * reported lost. A pending hold lowers the account's available points (balance − held) but not
 * its balance; it ends once, released ({@link HoldRelease}) or captured (a {@link
 * PostingType#CAPTURE} posting).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("hold")
@JsonSerialize(as = ImmutableHold.class)
@JsonDeserialize(as = ImmutableHold.class)
public abstract class Hold implements LedgerRecord {

  /** The hold's id. */
  public abstract PostingId id();

  @Override
  public abstract long sequence();

  @Override
  public abstract Instant recordedAt();

  /** The household account whose points are frozen. */
  public abstract AccountId account();

  /** The points frozen; positive. */
  public abstract long amount();

  /** Why. */
  public abstract HoldReason reason();

  /** More about why. */
  public abstract Optional<String> memo();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a hold. */
  public static final class Builder extends ImmutableHold.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(amount() > 0, "/amount", "rating.points.error.AMOUNT_NOT_POSITIVE", "amount",
        amount());
    checks.check(sequence() > 0, "/sequence", "rating.points.policy.positive", "sequence",
        sequence());
    checks.check(account().kind() == AccountKind.HOUSEHOLD, "/account",
        "rating.points.account.kind", account(), AccountKind.HOUSEHOLD);
    checks.throwIfAny();
  }
}
