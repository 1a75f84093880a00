package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.ValueChecks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 积分制度 — a county's points policy, the profile section {@code points} (R-PTS-1): the
 * categories of conduct (002: 储蓄友爱、储蓄孝顺、储蓄诚信), the earning rules (加分) and deduction
 * rules (扣分) that turn conduct events into points, when points expire, and the points
 * supermarket's catalogue (004: 积分超市).
 *
 * <p>Every rule names a known category; rule codes are unique across earning and deduction
 * rules, and so are event kinds, so an event meets at most one rule. Item codes are unique.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePointsPolicy.class)
@JsonDeserialize(as = ImmutablePointsPolicy.class)
public abstract class PointsPolicy {

  /** The categories of conduct, in the order the profile lists them. */
  public abstract ImmutableList<PointsCategory> categories();

  /** The rules that award points (加分). */
  public abstract ImmutableList<PointsRule> earning();

  /** The rules that take points away (扣分). */
  public abstract ImmutableList<PointsRule> deductions();

  /** When points expire; never if absent. */
  public abstract Optional<ExpiryPolicy> expiry();

  /** The points supermarket's items. */
  public abstract ImmutableList<CatalogueItem> catalogue();

  /**
   * True when a deduction may take a household below zero (a debt later earnings pay off);
   * false by default, when a deduction larger than the available points is refused.
   */
  @JsonProperty
  @Value.Default
  public boolean penaltiesMayOverdraw() {
    return false;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a policy; {@code build()} checks every cross-reference and uniqueness. */
  public static final class Builder extends ImmutablePointsPolicy.Builder {}

  /** The category with {@code code}, if any. */
  public Optional<PointsCategory> category(String code) {
    return Optional.ofNullable(categoriesByCode().get(code));
  }

  /** The rule, earning or deduction, for events of {@code eventKind}, if any. */
  public Optional<PointsRule> ruleFor(String eventKind) {
    return Optional.ofNullable(rulesByKind().get(eventKind));
  }

  /** The rule, earning or deduction, with {@code code}, if any. */
  public Optional<PointsRule> rule(String code) {
    return Optional.ofNullable(rulesByCode().get(code));
  }

  /** True when {@code rule} is one of the deduction rules. */
  public boolean isDeduction(PointsRule rule) {
    return deductionCodes().containsKey(rule.code());
  }

  /** The supermarket item with {@code code}, if any. */
  public Optional<CatalogueItem> item(String code) {
    return Optional.ofNullable(itemsByCode().get(code));
  }

  @Value.Lazy
  ImmutableMap<String, PointsCategory> categoriesByCode() {
    return index(categories(), PointsCategory::code);
  }

  @Value.Lazy
  ImmutableMap<String, PointsRule> rulesByKind() {
    ImmutableMap.Builder<String, PointsRule> out = ImmutableMap.builder();
    earning().forEach(r -> out.put(r.eventKind(), r));
    deductions().forEach(r -> out.put(r.eventKind(), r));
    return out.buildKeepingLast();
  }

  @Value.Lazy
  ImmutableMap<String, PointsRule> rulesByCode() {
    ImmutableMap.Builder<String, PointsRule> out = ImmutableMap.builder();
    earning().forEach(r -> out.put(r.code(), r));
    deductions().forEach(r -> out.put(r.code(), r));
    return out.buildKeepingLast();
  }

  @Value.Lazy
  ImmutableMap<String, PointsRule> deductionCodes() {
    return index(deductions(), PointsRule::code);
  }

  @Value.Lazy
  ImmutableMap<String, CatalogueItem> itemsByCode() {
    return index(catalogue(), CatalogueItem::code);
  }

  private static <T> ImmutableMap<String, T> index(
      List<T> elements, java.util.function.Function<T, String> key) {
    Map<String, T> out = new HashMap<>();
    for (T element : elements) {
      out.putIfAbsent(key.apply(element), element);
    }
    return ImmutableMap.copyOf(out);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.unique("/categories", categories(), PointsCategory::code, "code");
    checks.unique("/catalogue", catalogue(), CatalogueItem::code, "code");
    Map<String, String> codes = new HashMap<>();
    Map<String, String> kinds = new HashMap<>();
    rules(checks, "/earning", earning(), codes, kinds);
    rules(checks, "/deductions", deductions(), codes, kinds);
    checks.throwIfAny();
  }

  private void rules(ValueChecks checks, String list, List<PointsRule> rules,
      Map<String, String> codes, Map<String, String> kinds) {
    for (int i = 0; i < rules.size(); i++) {
      PointsRule rule = rules.get(i);
      String at = list + "/" + i;
      String earlier = codes.putIfAbsent(rule.code(), at);
      checks.check(earlier == null, at + "/code", "rating.points.policy.duplicate", "code",
          rule.code(), earlier);
      earlier = kinds.putIfAbsent(rule.eventKind(), at);
      checks.check(earlier == null, at + "/eventKind", "rating.points.policy.duplicate",
          "eventKind", rule.eventKind(), earlier);
      checks.check(categoriesByCode().containsKey(rule.category()), at + "/category",
          "rating.points.policy.unknownCategory", rule.code(), rule.category());
    }
  }
}
