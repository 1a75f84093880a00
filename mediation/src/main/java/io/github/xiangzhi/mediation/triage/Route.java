package io.github.xiangzhi.mediation.triage;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.ValueChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 办理路径 — where a matter goes when it is filed: the tier it starts at (after triage, R-MED-5,
 * or graded intake, R-MED-2), the body and deliberation procedure of its triage class, its time
 * limit there, and its legal-aid track with the partner bodies (R-MED-3). Recorded on the filing
 * event.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoute.class)
@JsonDeserialize(as = ImmutableRoute.class)
public abstract class Route {

  /** The tier the matter starts at. */
  public abstract String tier();

  /** Its triage class, when the policy triages. */
  public abstract Optional<String> affair();

  /** The body that handles it: the class's, else the tier's. */
  public abstract Optional<String> body();

  /** The deliberation procedure it walks through, if any. */
  public abstract Optional<String> procedure();

  /** The time limit in working days at the entry tier. */
  public abstract int limitDays();

  /** Its legal-aid track, if one applies. */
  public abstract Optional<String> legalTrack();

  /** The partner bodies of its legal-aid track. */
  public abstract ImmutableList<String> partners();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a route. */
  public static final class Builder extends ImmutableRoute.Builder {}

  /** This route starting at {@code tier} with {@code limitDays}; {@code this} when unchanged. */
  public Route startingAt(String tier, int limitDays) {
    if (tier.equals(tier()) && limitDays == limitDays()) {
      return this;
    }
    return builder().from(this).tier(tier).limitDays(limitDays).build();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(limitDays() > 0, "/limitDays", "mediation.tier.limit", tier(), limitDays());
    checks.throwIfAny();
  }
}
