package io.github.xiangzhi.rating.star;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 加分倾斜 — bonus points (R-STAR-7): a household whose yes-or-no {@link #trigger()} holds, such as
 * 退役军人户 (veteran household) or 道德模范户 (moral-model household), gets {@link #points()} added to
 * the score of each of its {@link #categories()}. A bonus helps a household reach a pass mark; it
 * never earns a star on its own where the indicators score nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBonus.class)
@JsonDeserialize(as = ImmutableBonus.class)
public abstract class Bonus implements Named {

  /** The bonus's code: {@code VETERAN}. */
  @Override
  public abstract String code();

  /** The Chinese name: 退役军人户加分. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The yes-or-no fact or indicator that earns the bonus: {@code VETERAN_HOUSEHOLD}. */
  public abstract String trigger();

  /** The points added to each category. */
  public abstract int points();

  /** The codes of the categories the points go to. */
  public abstract ImmutableList<String> categories();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a bonus. */
  public static final class Builder extends ImmutableBonus.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(Codes.isCode(trigger()), "/trigger", "core.code.syntax", trigger());
    checks.check(points() >= 1 && points() <= Indicator.MAX_POINTS, "/points",
        "rating.star.bonus.points", code(), points(), Indicator.MAX_POINTS);
    checks.check(!categories().isEmpty(), "/categories", "rating.star.bonus.noCategories", code());
    checks.unique("/categories", categories(), c -> c, "category");
    checks.throwIfAny();
  }
}
