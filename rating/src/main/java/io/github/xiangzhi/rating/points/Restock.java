package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * 补货 — goods added to a points supermarket's stock of one item. A supermarket opens with the
 * catalogue's stock of each item; redemptions take from it, their reversals and restocks add.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("restock")
@JsonSerialize(as = ImmutableRestock.class)
@JsonDeserialize(as = ImmutableRestock.class)
public abstract class Restock implements LedgerRecord {

  /** The restock's id. */
  public abstract PostingId id();

  @Override
  public abstract long sequence();

  @Override
  public abstract Instant recordedAt();

  /** The supermarket restocked. */
  public abstract AccountId supermarket();

  /** The item's code. */
  public abstract String item();

  /** How many units were added; positive. */
  public abstract long quantity();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a restock. */
  public static final class Builder extends ImmutableRestock.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(quantity() > 0, "/quantity", "rating.points.error.AMOUNT_NOT_POSITIVE",
        "quantity", quantity());
    checks.check(sequence() > 0, "/sequence", "rating.points.policy.positive", "sequence",
        sequence());
    checks.check(supermarket().kind() == AccountKind.SUPERMARKET, "/supermarket",
        "rating.points.account.kind", supermarket(), AccountKind.SUPERMARKET);
    checks.throwIfAny();
  }
}
