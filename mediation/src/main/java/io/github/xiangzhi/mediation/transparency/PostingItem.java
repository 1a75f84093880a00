package io.github.xiangzhi.mediation.transparency;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import io.github.xiangzhi.core.time.PeriodKind;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 公开事项 — an item a village must post (晒) each period: its kind (党务, 村务, 财务), how often
 * ({@link #every()}: each month, quarter or year), within how many working days after the period
 * ends ({@link #withinWorkingDays()}, counted on the governance calendar) and for how many days at
 * least it stays posted ({@link #minDays()}).
 *
 * <pre>{@code
 * - {code: FINANCE_MONTHLY, name: 村级财务收支, kind: FINANCIAL, every: MONTH, withinWorkingDays: 10, minDays: 15}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePostingItem.class)
@JsonDeserialize(as = ImmutablePostingItem.class)
public abstract class PostingItem implements Named {

  @Override
  public abstract String code();

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** 党务, 村务 or 财务. */
  public abstract AffairKind kind();

  /** How often the item is posted: one posting per such period. */
  public abstract PeriodKind every();

  /** The working days after its period ends by which a posting is due; 10 by default. */
  @JsonProperty
  @Value.Default
  public int withinWorkingDays() {
    return 10;
  }

  /** The days a posting must stay up at least; 7 by default. */
  @JsonProperty
  @Value.Default
  public int minDays() {
    return 7;
  }

  /** The source documents, such as {@code 002}. */
  public abstract ImmutableList<String> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an item. */
  public static final class Builder extends ImmutablePostingItem.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(every() != PeriodKind.DAY, "/every", "mediation.postingItem.every", code());
    checks.check(withinWorkingDays() >= 0 && withinWorkingDays() <= 60, "/withinWorkingDays",
        "mediation.postingItem.within", code(), withinWorkingDays());
    checks.check(minDays() >= 1 && minDays() <= 366, "/minDays", "mediation.postingItem.minDays",
        code(), minDays());
    checks.throwIfAny();
  }
}
