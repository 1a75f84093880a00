package io.github.xiangzhi.patrol.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.patrol.PatrolKind;
import io.github.xiangzhi.patrol.policy.GeoPoint;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 移交调解 — what the mediation module needs to open a matter from a finding (R-PAT-4): the
 * finding's id (kept on the matter as its source), the unit and household concerned, the kind,
 * the description, when it was found, who reported it and on what patrol. Patrol does not depend
 * on mediation: the caller hands these fields to mediation, then gives the matter's id back with
 * {@link Finding#linkMatter} or {@link FindingBook#linkMatter}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMatterReferral.class)
@JsonDeserialize(as = ImmutableMatterReferral.class)
public abstract class MatterReferral {

  /** The finding referred: the matter's source reference. */
  public abstract FindingId finding();

  /** The unit where it was found (the matter's grid or village). */
  public abstract UnitId unit();

  /** The household concerned, if one is. */
  public abstract Optional<HouseholdId> household();

  /** The finding's kind code: {@code DISPUTE}, {@code STRAW_BURNING}. */
  public abstract String kind();

  /** What was found. */
  public abstract String description();

  /** When it was found. */
  public abstract Instant foundAt();

  /** The patrol member who reported it. */
  public abstract PersonId reportedBy();

  /** The kind of patrol that found it. */
  public abstract PatrolKind patrol();

  /** Where it was found, if recorded. */
  public abstract Optional<GeoPoint> location();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a referral. */
  public static final class Builder extends ImmutableMatterReferral.Builder {}

  /** Names the finding, unit and kind; the description may hold personal data. */
  @Override
  public String toString() {
    return "MatterReferral{finding=" + finding() + ", unit=" + unit() + ", kind=" + kind() + "}";
  }
}
