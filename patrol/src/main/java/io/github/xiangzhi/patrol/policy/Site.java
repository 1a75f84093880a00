package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 巡逻部位 — a place on a route: a road junction, an entertainment venue, a key enterprise. A key
 * site (重点部位, R-PAT-3) raises its route's patrols per day.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSite.class)
@JsonDeserialize(as = ImmutableSite.class)
public abstract class Site implements Named {

  /** The site's code, unique on its route. */
  @Override
  public abstract String code();

  /** The site's name: 渝黔高速安澜出口. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The code of the site's kind, one of the policy's site kinds. */
  public abstract String kind();

  /** True for a key site (重点部位). */
  @JsonProperty
  @Value.Default
  public boolean key() {
    return false;
  }

  /** Where the site is, for checking where route check-ins were made. */
  public abstract Optional<GeoPoint> location();

  /** A site that is not a key site. */
  public static Site of(String code, String name, String kind) {
    return builder().code(code).name(name).kind(kind).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a site. */
  public static final class Builder extends ImmutableSite.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(Codes.isCode(kind()), "/kind", "core.code.syntax", kind());
    checks.throwIfAny();
  }
}
