package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import org.immutables.value.Value;

/**
 * 核查口径 — the tolerances of the coverage audit: how far from its scheduled time a check-in
 * still counts as on time, how much later as late, and how far from a route's sites a check-in
 * is flagged. The defaults are choices, not a source's: 30 minutes' grace, two hours' lateness
 * for timed patrols, two days' lateness for household visits, 500 metres.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAuditRule.class)
@JsonDeserialize(as = ImmutableAuditRule.class)
public abstract class AuditRule {

  /** Minutes before the start or after the end of a timed patrol that still count as on time. */
  @JsonProperty
  @Value.Default
  public int graceMinutes() {
    return 30;
  }

  /** Minutes after the end of a timed patrol within which a check-in counts as late. */
  @JsonProperty
  @Value.Default
  public int lateMinutes() {
    return 120;
  }

  /** Days after a household visit's day within which a visit counts as late. */
  @JsonProperty
  @Value.Default
  public int lateDays() {
    return 2;
  }

  /** Metres from the nearest site beyond which a route check-in is flagged as distant. */
  @JsonProperty
  @Value.Default
  public int maxDistanceMetres() {
    return 500;
  }

  /** The default tolerances. */
  public static AuditRule standard() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds audit tolerances. */
  public static final class Builder extends ImmutableAuditRule.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(graceMinutes() >= 0 && graceMinutes() <= 720, "/graceMinutes",
        "patrol.audit.range", "graceMinutes", graceMinutes(), 0, 720);
    checks.check(lateMinutes() >= graceMinutes() && lateMinutes() <= 1440, "/lateMinutes",
        "patrol.audit.range", "lateMinutes", lateMinutes(), graceMinutes(), 1440);
    checks.check(lateDays() >= 0 && lateDays() <= 366, "/lateDays", "patrol.audit.range",
        "lateDays", lateDays(), 0, 366);
    checks.check(maxDistanceMetres() >= 0, "/maxDistanceMetres", "patrol.audit.range",
        "maxDistanceMetres", maxDistanceMetres(), 0, Integer.MAX_VALUE);
    checks.throwIfAny();
  }
}
