package io.github.xiangzhi.rating.star.target;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.ValueChecks;
import org.immutables.value.Value;

/**
 * 创评指标 — the targets every village must meet (R-STAR-5, 001): "农户参评率应不低于90%,星级评定率
 * 原则上应不低于农户总数量的40%,六星级及以上文明户应不低于星级文明户评定总量的60%". The shares, the
 * "six" and the level the targets apply at are profile data; the defaults are 001's.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetRules.class)
@JsonDeserialize(as = ImmutableTargetRules.class)
public abstract class TargetRules {

  /** The level code of the units the targets apply to; {@code VILLAGE} by default. */
  @JsonProperty
  @Value.Default
  public String level() {
    return "VILLAGE";
  }

  /** The share of households that must take part (参评率); 90% by default. */
  @JsonProperty
  @Value.Default
  public Share participation() {
    return Share.ofPercent(90);
  }

  /** The share of households that must hold a star (星级评定率); 40% by default. */
  @JsonProperty
  @Value.Default
  public Share starred() {
    return Share.ofPercent(40);
  }

  /** The number of stars that counts as high (六星级及以上); six by default. */
  @JsonProperty
  @Value.Default
  public int highStars() {
    return 6;
  }

  /** The share of starred households that must hold {@link #highStars()} or more; 60%. */
  @JsonProperty
  @Value.Default
  public Share highStarred() {
    return Share.ofPercent(60);
  }

  /** 001's targets. */
  public static TargetRules standard() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds target rules. */
  public static final class Builder extends ImmutableTargetRules.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(level()), "/level", "core.code.syntax", level());
    checks.check(highStars() >= 1, "/highStars", "rating.star.target.highStars", highStars());
    checks.throwIfAny();
  }
}
