package io.github.xiangzhi.patrol.finding;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.patrol.PatrolKind;
import io.github.xiangzhi.patrol.policy.GeoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 巡逻发现 — something a patrol found (R-PAT-4: "发现问题及时处置或反馈"): a dispute brewing, straw
 * burning, a blocked drain, a slope that may slide. A finding is recorded {@linkplain
 * FindingStatus#OPEN open}, then either handled on the spot, handed to mediation — where it
 * becomes a matter whose {@link MatterId} it keeps, while the matter keeps this finding's id — or
 * kept as a {@link Hazard} with an owner and a deadline in working days.
 *
 * <p>Transitions return a new finding; one the status does not allow throws a {@link
 * FindingStateException} naming the finding, its status and the action, and changes nothing.
 *
 * <pre>{@code
 * Finding f = Finding.builder().id(FindingId.of("F-1"))...build();
 * MatterReferral referral = f.referral();          // hand these fields to mediation
 * Finding referred = f.referToMediation(now);      // optional: mark it handed over
 * Finding linked = referred.linkMatter(matterId);  // the id mediation gave back
 * }</pre>
 *
 * <p>{@link #toString()} leaves out the description, which may hold personal data.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {

  /** The finding's id. */
  public abstract FindingId id();

  /** The kind of patrol that found it. */
  public abstract PatrolKind patrol();

  /** The patrol member who reported it. */
  public abstract PersonId reportedBy();

  /** When it was found. */
  public abstract Instant foundAt();

  /** The unit where it was found. */
  public abstract UnitId unit();

  /** The household concerned, if one is. */
  public abstract Optional<HouseholdId> household();

  /** What kind of finding, as a code: a checklist item's code, or {@code DISPUTE}. */
  public abstract String kind();

  /** What was found. */
  public abstract String description();

  /** Where it was found, if recorded. */
  public abstract Optional<GeoPoint> location();

  /** Where the finding stands; {@link FindingStatus#OPEN} when recorded. */
  @Value.Default
  public FindingStatus status() {
    return FindingStatus.OPEN;
  }

  /** What was done on the spot, when it was handled there. */
  public abstract Optional<String> handling();

  /** When it was handled on the spot, or handed to mediation. */
  public abstract Optional<Instant> handledAt();

  /** The matter mediation opened from it. */
  public abstract Optional<MatterId> matter();

  /** The hazard it became. */
  public abstract Optional<Hazard> hazard();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a finding. */
  public static final class Builder extends ImmutableFinding.Builder {}

  /**
   * This finding handled on the spot: {@code note} says what was done, {@code at} when.
   *
   * @throws FindingStateException unless the finding is open
   * @throws InvalidValueException if {@code at} is before it was found or the note is blank
   */
  public final Finding handleOnSpot(String note, Instant at) {
    requireStatus("handleOnSpot", FindingStatus.OPEN);
    checkTime(at);
    InvalidValueException.check(!note.isBlank(), "core.blank", "handling");
    return builder().from(this).status(FindingStatus.HANDLED_ON_SPOT).handling(note)
        .handledAt(at).build();
  }

  /**
   * What the mediation module needs to open a matter from this finding.
   *
   * @throws FindingStateException unless the finding is open or referred
   */
  public final MatterReferral referral() {
    requireStatus("referral", FindingStatus.OPEN, FindingStatus.REFERRED);
    return MatterReferral.builder().finding(id()).unit(unit()).household(household())
        .kind(kind()).description(description()).foundAt(foundAt()).reportedBy(reportedBy())
        .patrol(patrol()).location(location()).build();
  }

  /**
   * This finding marked as handed to mediation at {@code at}, awaiting the matter's id.
   *
   * @throws FindingStateException unless the finding is open
   */
  public final Finding referToMediation(Instant at) {
    requireStatus("referToMediation", FindingStatus.OPEN);
    checkTime(at);
    return builder().from(this).status(FindingStatus.REFERRED).handledAt(at).build();
  }

  /**
   * This finding linked to the matter mediation opened from it.
   *
   * @throws FindingStateException unless the finding is open or referred (a finding links one
   *     matter, once)
   */
  public final Finding linkMatter(MatterId matter) {
    checkNotNull(matter, "matter");
    requireStatus("linkMatter", FindingStatus.OPEN, FindingStatus.REFERRED);
    return builder().from(this).status(FindingStatus.MATTER_OPENED).matter(matter).build();
  }

  /**
   * This finding kept as a hazard: {@code owner} must put it right within {@code workingDays}
   * working days of {@code calendar}, counted from the day it was found in the calendar's zone.
   *
   * @throws FindingStateException unless the finding is open
   * @throws InvalidValueException if {@code workingDays} is less than one
   */
  public final Finding raiseHazard(HazardOwner owner, int workingDays,
      GovernanceCalendar calendar) {
    checkNotNull(owner, "owner");
    requireStatus("raiseHazard", FindingStatus.OPEN);
    InvalidValueException.check(workingDays >= 1, "patrol.hazard.workingDays", workingDays);
    LocalDate raised = LocalDate.ofInstant(foundAt(), calendar.zone());
    Hazard hazard = Hazard.builder().owner(owner).raisedOn(raised).workingDays(workingDays)
        .deadline(calendar.plusWorkingDays(raised, workingDays)).build();
    return builder().from(this).status(FindingStatus.HAZARD_OPEN).hazard(hazard).build();
  }

  /**
   * This finding's hazard put right at {@code at}; {@code note} says how.
   *
   * @throws FindingStateException unless the hazard is open
   */
  public final Finding closeHazard(Instant at, String note) {
    requireStatus("closeHazard", FindingStatus.HAZARD_OPEN);
    checkTime(at);
    InvalidValueException.check(!note.isBlank(), "core.blank", "closingNote");
    Hazard closed = Hazard.builder().from(hazard().orElseThrow()).closedAt(at).closingNote(note)
        .build();
    return builder().from(this).status(FindingStatus.HAZARD_CLOSED).hazard(closed).build();
  }

  private void requireStatus(String action, FindingStatus... allowed) {
    for (FindingStatus s : allowed) {
      if (status() == s) {
        return;
      }
    }
    throw new FindingStateException("patrol.finding.state", id(), status(), action);
  }

  private void checkTime(Instant at) {
    checkNotNull(at, "at");
    InvalidValueException.check(!at.isBefore(foundAt()), "patrol.finding.beforeFound", id(), at,
        foundAt());
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(kind()), "/kind", "core.code.syntax", kind());
    checks.check(!description().isBlank(), "/description", "core.blank", "description");
    FindingStatus s = status();
    checks.check(handling().isPresent() == (s == FindingStatus.HANDLED_ON_SPOT), "/handling",
        "patrol.finding.field", "handling", s);
    checks.check(handledAt().isPresent() == (s == FindingStatus.HANDLED_ON_SPOT
        || s == FindingStatus.REFERRED || (s == FindingStatus.MATTER_OPENED
        && handledAt().isPresent())), "/handledAt", "patrol.finding.field", "handledAt", s);
    checks.check(matter().isPresent() == (s == FindingStatus.MATTER_OPENED), "/matter",
        "patrol.finding.field", "matter", s);
    boolean hazardState = s == FindingStatus.HAZARD_OPEN || s == FindingStatus.HAZARD_CLOSED;
    checks.check(hazard().isPresent() == hazardState, "/hazard", "patrol.finding.field", "hazard",
        s);
    if (hazard().isPresent()) {
      checks.check(hazard().get().closedAt().isPresent() == (s == FindingStatus.HAZARD_CLOSED),
          "/hazard/closedAt", "patrol.finding.field", "hazard/closedAt", s);
    }
    checks.throwIfAny();
  }

  /** Names the finding, its status, kind and unit; the description may hold personal data. */
  @Override
  public String toString() {
    return "Finding{" + id() + ", " + status() + ", kind=" + kind() + ", unit=" + unit()
        + matter().map(m -> ", matter=" + m).orElse("") + "}";
  }
}
