package io.github.xiangzhi.rating.star.round;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.rating.star.StarCategory;
import io.github.xiangzhi.rating.star.StarScheme;
import org.immutables.value.Value;

/**
 * What a rating round is held on: the village and rating year, the level villages sit at, the
 * stars that may be claimed (from the scheme), the committees, the voting and notice rules, and
 * the working-day calendar the notice period is counted on.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoundSetup.class)
@JsonDeserialize(as = ImmutableRoundSetup.class)
public abstract class RoundSetup {

  /** The village (行政村) holding the round. */
  public abstract UnitId village();

  /** The rating year, a {@link GovernancePeriod} of kind YEAR. */
  public abstract GovernancePeriod year();

  /** The level code of villages in the hierarchy; {@code VILLAGE} by default. */
  @JsonProperty
  @Value.Default
  public String level() {
    return "VILLAGE";
  }

  /** The codes of the stars households may claim, in scheme order. */
  public abstract ImmutableList<String> categories();

  /** The most stars a household may hold; ten by default. */
  @JsonProperty
  @Value.Default
  public int maxStars() {
    return 10;
  }

  /** The two committees. */
  public abstract Committee committee();

  /** The voting and notice rules. */
  @JsonProperty
  @Value.Default
  public RoundRules rules() {
    return RoundRules.standard();
  }

  /** The calendar of working days; the standard one by default. */
  @JsonProperty
  @Value.Default
  public GovernanceCalendar calendar() {
    return GovernanceCalendar.standard();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a setup. */
  public static final class Builder extends ImmutableRoundSetup.Builder {
    /** Takes the claimable stars and the maximum from {@code scheme}. */
    public Builder scheme(StarScheme scheme) {
      categories(scheme.categories().stream().map(StarCategory::code)
          .collect(ImmutableList.toImmutableList()));
      maxStars(scheme.maxStars());
      return this;
    }
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(year().kind() == PeriodKind.YEAR, "/year", "rating.star.year.kind", year());
    checks.check(Codes.isCode(level()), "/level", "core.code.syntax", level());
    checks.check(!categories().isEmpty(), "/categories", "rating.star.scheme.noCategories",
        village());
    checks.check(maxStars() >= 1, "/maxStars", "rating.star.scheme.maxStars", maxStars(),
        StarScheme.MAX_CATEGORIES);
    checks.unique("/categories", categories(), c -> c, "category");
    checks.throwIfAny();
  }
}
