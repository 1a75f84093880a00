package io.github.xiangzhi.rating.star;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 星级类别 — one star of the scheme (R-STAR-1), such as 爱党爱国星 ("爱党爱国、拥护集体"): earned when
 * the points of its {@link #indicators()}, with any bonus (R-STAR-7), reach its {@link
 * #passMark()} (R-STAR-2).
 *
 * <p>A {@linkplain #required() required} category is a basic star (基础星): a household that does
 * not hold every required category holds no star at all.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStarCategory.class)
@JsonDeserialize(as = ImmutableStarCategory.class)
public abstract class StarCategory implements Named {

  /** The most indicators one category may have. */
  public static final int MAX_INDICATORS = 100;

  /** The category's code, unique in the scheme: {@code LOVE_PARTY_AND_COUNTRY}. */
  @Override
  public abstract String code();

  /** The Chinese name: 爱党爱国. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** What the star stands for, as the source words it: 爱党爱国、拥护集体. */
  public abstract Optional<String> description();

  /** True for a basic star every starred household must hold; false by default. */
  @JsonProperty
  @Value.Default
  public boolean required() {
    return false;
  }

  /** The points needed to earn the star. */
  public abstract int passMark();

  /** The scored indicators (an immutable list; see {@link StarScheme} on the type). */
  public abstract List<Indicator> indicators();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a category; {@code build()} checks that the pass mark can be reached. */
  public static final class Builder extends ImmutableStarCategory.Builder {}

  /**
   * The most points the indicators can give, bonuses not counted: a pass mark above it could be
   * reached only through a bonus, which is a tilt, not a way in.
   */
  public int attainable() {
    int sum = 0;
    for (Indicator indicator : indicators()) {
      sum += indicator.maxPoints();
    }
    return sum;
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(!indicators().isEmpty(), "/indicators", "rating.star.category.noIndicators",
        code());
    checks.check(indicators().size() <= MAX_INDICATORS, "/indicators",
        "rating.star.category.tooManyIndicators", code(), indicators().size(), MAX_INDICATORS);
    checks.unique("/indicators", indicators(), Indicator::code, "code");
    checks.check(passMark() >= 1, "/passMark", "rating.star.category.passMark.positive", code(),
        passMark());
    if (!indicators().isEmpty() && indicators().size() <= MAX_INDICATORS) {
      checks.check(passMark() <= attainable(), "/passMark",
          "rating.star.category.passMark.unattainable", code(), passMark(), attainable());
    }
    checks.throwIfAny();
  }
}
