package io.github.xiangzhi.rating.star;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.time.GovernancePeriod;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * 年底动态调整 — the outcome of a year-end adjustment (R-STAR-4): one {@link StarChange} per
 * household re-assessed, and the register with the year recorded.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableYearEndAdjustment.class)
@JsonDeserialize(as = ImmutableYearEndAdjustment.class)
public abstract class YearEndAdjustment {

  /** The year adjusted. */
  public abstract GovernancePeriod year();

  /** One change per household re-assessed, in the order given. */
  public abstract ImmutableList<StarChange> changes();

  /** The register with this year's stars recorded. */
  public abstract StarRegister register();

  /** The changes that added or removed a star: the list to post (增星减星). */
  public List<StarChange> changed() {
    return changes().stream().filter(StarChange::changed).collect(Collectors.toList());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an adjustment. */
  public static final class Builder extends ImmutableYearEndAdjustment.Builder {}
}
