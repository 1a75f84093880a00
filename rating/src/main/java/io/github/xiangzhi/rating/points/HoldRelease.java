package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * 解冻 — a pending {@link Hold} released: its points are available again.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("release")
@JsonSerialize(as = ImmutableHoldRelease.class)
@JsonDeserialize(as = ImmutableHoldRelease.class)
public abstract class HoldRelease implements LedgerRecord {

  /** The release's own id. */
  public abstract PostingId id();

  @Override
  public abstract long sequence();

  @Override
  public abstract Instant recordedAt();

  /** The hold released. */
  public abstract PostingId hold();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a release. */
  public static final class Builder extends ImmutableHoldRelease.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(sequence() > 0, "/sequence", "rating.points.policy.positive", "sequence",
        sequence());
    checks.throwIfAny();
  }
}
