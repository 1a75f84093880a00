package io.github.xiangzhi.mediation.transparency;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 承诺 — a cadre's or party member's public pledge (004: "深入开展提诺、亮诺、践诺行动"): made (提诺) on
 * a day at a unit, shown in public (亮诺) on a day, due by a day, and fulfilled (践诺) on a day. A
 * pledge without an owner is refused ({@code /owner}): a pledge is someone's.
 *
 * <pre>{@code
 * - {code: WT_2024_01, owner: wt-p05, unit: wt-v1-g1, content: 网格580服务每月上门, madeOn: 2024-01-10,
 *    shownOn: 2024-01-15, due: 2024-06-30, fulfilledOn: 2024-06-20}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePledge.class)
@JsonDeserialize(as = ImmutablePledge.class)
public abstract class Pledge {

  /** The pledge's code: {@code WT_2024_01}. */
  public abstract String code();

  /** Who pledges: a cadre or party member of the staff. */
  public abstract Optional<PersonId> owner();

  /** The unit the pledge is made at (its village or grid); roll-ups count it there. */
  public abstract UnitId unit();

  /** What is pledged. */
  public abstract String content();

  /** 提诺 — the day the pledge was made. */
  public abstract LocalDate madeOn();

  /** 亮诺 — the day it was shown in public, if it has been. */
  public abstract Optional<LocalDate> shownOn();

  /** The day it is due. */
  public abstract LocalDate due();

  /** 践诺 — the day it was fulfilled, if it has been. */
  public abstract Optional<LocalDate> fulfilledOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a pledge; {@code build()} refuses one without an owner. */
  public static final class Builder extends ImmutablePledge.Builder {}

  /** True when fulfilled on or before {@code day}. */
  public boolean fulfilledBy(LocalDate day) {
    return fulfilledOn().map(f -> !f.isAfter(day)).orElse(false);
  }

  /** True when past due on {@code day} and not fulfilled by then. */
  public boolean overdueOn(LocalDate day) {
    return day.isAfter(due()) && !fulfilledBy(day);
  }

  /** True when fulfilled after its due day. */
  public boolean fulfilledLate() {
    return fulfilledOn().map(f -> f.isAfter(due())).orElse(false);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(owner().isPresent(), "/owner", "mediation.pledge.owner.missing", code());
    checks.check(!content().isBlank(), "/content", "core.blank", "content");
    checks.check(!due().isBefore(madeOn()), "/due", "mediation.pledge.due.order", code(),
        madeOn(), due());
    shownOn().ifPresent(s -> checks.check(!s.isBefore(madeOn()), "/shownOn",
        "mediation.pledge.shown.order", code(), madeOn(), s));
    fulfilledOn().ifPresent(f -> checks.check(!f.isBefore(madeOn()), "/fulfilledOn",
        "mediation.pledge.fulfilled.order", code(), madeOn(), f));
    checks.throwIfAny();
  }
}
