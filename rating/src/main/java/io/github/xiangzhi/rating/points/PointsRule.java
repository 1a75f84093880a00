package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 积分规则 — how a kind of {@link io.github.xiangzhi.core.event.ConductEvent} turns into points:
 * an earning rule (加分) in {@link PointsPolicy#earning()} or a deduction rule (扣分) in {@link
 * PointsPolicy#deductions()}. An event is worth {@link #points()} for each unit of its quantity
 * (one unit when it has none), cut to the {@link #cap()} if there is one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePointsRule.class)
@JsonDeserialize(as = ImmutablePointsRule.class)
public abstract class PointsRule implements Named {

  /** The rule's stable code, upper-case English: {@code VOLUNTEER_PATROL}. */
  @Override
  public abstract String code();

  /** The rule as people read it: 参加志愿巡逻. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The kind of event the rule applies to, as {@code ConductEvent.kind()} names it. */
  public abstract String eventKind();

  /** The code of the category the points count towards. */
  public abstract String category();

  /** Points per unit of the event's quantity; positive (a deduction rule takes them away). */
  public abstract long points();

  /** The most points a household gets (or loses) under this rule in one period, if limited. */
  public abstract Optional<PointsCap> cap();

  /** The source documents behind the rule. */
  public abstract ImmutableList<String> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a rule; {@code build()} checks codes and points. */
  public static final class Builder extends ImmutablePointsRule.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(Codes.isCode(eventKind()), "/eventKind", "core.code.syntax", eventKind());
    checks.check(Codes.isCode(category()), "/category", "core.code.syntax", category());
    checks.check(points() > 0, "/points", "rating.points.policy.positive", "points", points());
    checks.throwIfAny();
  }
}
