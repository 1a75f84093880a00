package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * 开户/销户记录 — an account opened or closed. A closed account takes no more postings.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("account")
@JsonSerialize(as = ImmutableAccountRecord.class)
@JsonDeserialize(as = ImmutableAccountRecord.class)
public abstract class AccountRecord implements LedgerRecord {

  /** What happened to the account. */
  public enum Action {
    /** 开户. */
    OPENED,
    /** 销户. */
    CLOSED
  }

  @Override
  public abstract long sequence();

  @Override
  public abstract Instant recordedAt();

  /** The account. */
  public abstract AccountId account();

  /** Opened or closed. */
  public abstract Action action();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a record. */
  public static final class Builder extends ImmutableAccountRecord.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(sequence() > 0, "/sequence", "rating.points.policy.positive", "sequence",
        sequence());
    checks.check(!account().kind().isSystem(), "/account", "rating.points.error.SYSTEM_ACCOUNT",
        account());
    checks.throwIfAny();
  }
}
