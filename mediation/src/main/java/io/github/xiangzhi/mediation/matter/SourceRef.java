package io.github.xiangzhi.mediation.matter;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import org.immutables.value.Value;

/**
 * 来源 — where a matter came from in another system: the id of a patrol finding (R-PAT-4), a
 * hotline ticket, a referral, as a plain string with its channel. The patrol module keeps the
 * matter's id on its finding, so the link is kept both ways by ids; a docket opens at most one
 * matter per source.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourceRef.class)
@JsonDeserialize(as = ImmutableSourceRef.class)
public abstract class SourceRef {

  /** The channel of the source: {@link Channel#PATROL} for a patrol finding. */
  @Value.Parameter
  public abstract Channel channel();

  /** The source's id in its system, 1 to 128 characters: {@code finding-2024-0012}. */
  @Value.Parameter
  public abstract String id();

  /** The source {@code id} on {@code channel}. */
  public static SourceRef of(Channel channel, String id) {
    return ImmutableSourceRef.of(channel, id);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(!id().isBlank() && id().length() <= 128, "/id", "mediation.source.id", id());
    checks.throwIfAny();
  }

  /** {@code PATROL:finding-2024-0012}. */
  @Override
  public String toString() {
    return channel() + ":" + id();
  }
}
