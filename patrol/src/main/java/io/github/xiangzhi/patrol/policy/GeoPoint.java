package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import org.immutables.value.Value;

/**
 * 坐标 — a point on the earth in decimal degrees (WGS-84 or the county's own datum, as long as
 * sites and check-ins use the same): a patrol site, where a check-in or a finding was made.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGeoPoint.class)
@JsonDeserialize(as = ImmutableGeoPoint.class)
public abstract class GeoPoint {

  /** Mean earth radius in metres, for {@link #distanceMetres}. */
  private static final double EARTH_RADIUS_METRES = 6_371_008.8;

  /** Degrees north, -90 to 90. */
  public abstract double latitude();

  /** Degrees east, -180 to 180. */
  public abstract double longitude();

  /** The point at {@code latitude}, {@code longitude}. */
  public static GeoPoint of(double latitude, double longitude) {
    return ImmutableGeoPoint.builder().latitude(latitude).longitude(longitude).build();
  }

  /** The great-circle distance to {@code other} in metres (haversine formula). */
  public final double distanceMetres(GeoPoint other) {
    double phi1 = Math.toRadians(latitude());
    double phi2 = Math.toRadians(other.latitude());
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude() - longitude());
    double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(latitude() >= -90 && latitude() <= 90, "/latitude", "patrol.location.latitude",
        latitude());
    checks.check(longitude() >= -180 && longitude() <= 180, "/longitude",
        "patrol.location.longitude", longitude());
    checks.throwIfAny();
  }
}
