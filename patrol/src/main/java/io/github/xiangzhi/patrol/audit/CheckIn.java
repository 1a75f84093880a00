package io.github.xiangzhi.patrol.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.patrol.PatrolKind;
import io.github.xiangzhi.patrol.policy.GeoPoint;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 打卡 — a patrol member's check-in (004 "e通打卡"): who, when, on what kind of patrol, where —
 * the household of a visit, the route of a route patrol, the unit of an area patrol, camera round
 * or field day — and optionally the coordinates the device gave.
 *
 * <p>The target must fit the kind: a household for {@link PatrolKind#POINT}, a route for {@link
 * PatrolKind#ROUTE}, a unit for the others.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCheckIn.class)
@JsonDeserialize(as = ImmutableCheckIn.class)
public abstract class CheckIn {

  /** Who checked in. */
  public abstract PersonId person();

  /** When. */
  public abstract Instant at();

  /** On what kind of patrol. */
  public abstract PatrolKind kind();

  /** The household visited, for a household visit. */
  public abstract Optional<HouseholdId> household();

  /** The route's code, for a route patrol. */
  public abstract Optional<String> route();

  /** The unit, for an area patrol, a camera round or a field day. */
  public abstract Optional<UnitId> unit();

  /** Where the device was, if it said. */
  public abstract Optional<GeoPoint> location();

  /** A visit to {@code household} by {@code person} at {@code at}. */
  public static CheckIn visit(PersonId person, HouseholdId household, Instant at) {
    return builder().person(person).kind(PatrolKind.POINT).household(household).at(at).build();
  }

  /** A check-in on a patrol of {@code route} by {@code person} at {@code at}. */
  public static CheckIn route(PersonId person, String route, Instant at) {
    return builder().person(person).kind(PatrolKind.ROUTE).route(route).at(at).build();
  }

  /** A check-in on a {@code kind} patrol of {@code unit} by {@code person} at {@code at}. */
  public static CheckIn unit(PersonId person, PatrolKind kind, UnitId unit, Instant at) {
    return builder().person(person).kind(kind).unit(unit).at(at).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a check-in. */
  public static final class Builder extends ImmutableCheckIn.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    switch (kind()) {
      case POINT:
        checks.check(household().isPresent(), "/household", "patrol.checkIn.target", kind(),
            "household");
        break;
      case ROUTE:
        if (checks.check(route().isPresent(), "/route", "patrol.checkIn.target", kind(),
            "route")) {
          checks.check(Codes.isCode(route().get()), "/route", "core.code.syntax", route().get());
        }
        break;
      default:
        checks.check(unit().isPresent(), "/unit", "patrol.checkIn.target", kind(), "unit");
        break;
    }
    checks.throwIfAny();
  }
}
