package io.github.xiangzhi.mediation.transparency;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.time.PeriodKind;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 一晒一督规则 — the mediation section's {@code transparency}: the items every village posts (晒)
 * and the body that supervises (督) — the village affairs supervisory committee, by code or kind
 * ({@code SUPERVISORY_COMMITTEE}) — with how often it must review ({@link #reviewEvery()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTransparencyRules.class)
@JsonDeserialize(as = ImmutableTransparencyRules.class)
public abstract class TransparencyRules {

  /** The items to post. */
  public abstract ImmutableList<PostingItem> items();

  /** The supervising body by code or kind: {@code SUPERVISORY_COMMITTEE}. */
  public abstract Optional<String> supervisor();

  /** How often the supervisor reviews each village's postings; each quarter by default. */
  @JsonProperty
  @Value.Default
  public PeriodKind reviewEvery() {
    return PeriodKind.QUARTER;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds rules. */
  public static final class Builder extends ImmutableTransparencyRules.Builder {}

  /** The item {@code code}, if any. */
  public Optional<PostingItem> item(String code) {
    return items().stream().filter(i -> i.code().equals(code)).findFirst();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.unique("/items", items(), PostingItem::code, "code");
    supervisor().ifPresent(s -> checks.check(Codes.isCode(s), "/supervisor", "core.code.syntax",
        s));
    checks.check(reviewEvery() != PeriodKind.DAY, "/reviewEvery", "mediation.review.every");
    checks.throwIfAny();
  }
}
