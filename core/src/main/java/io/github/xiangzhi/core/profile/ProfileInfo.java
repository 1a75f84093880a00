package io.github.xiangzhi.core.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.code.DivisionCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The profile's own section, {@code profile}: which county or town it configures and after which
 * local model.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProfileInfo.class)
@JsonDeserialize(as = ImmutableProfileInfo.class)
public abstract class ProfileInfo {

  /** The profile's id, lower-case English such as {@code anlan}. */
  public abstract String id();

  /** The place as written locally: 重庆市巴南区安澜镇. */
  public abstract String name();

  /** The place's division code, where known: 500113 for Banan district. */
  public abstract Optional<DivisionCode> division();

  /** The local governance model: 四联共治·数字赋能. */
  public abstract Optional<String> model();

  /** The documents the profile follows, such as a notice's number. */
  public abstract ImmutableList<String> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the section. */
  public static final class Builder extends ImmutableProfileInfo.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(id().matches("[a-z][a-z0-9-]{0,63}"), "/id", "core.profile.id", id());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.throwIfAny();
  }
}
