package io.github.xiangzhi.rating.star.conduct;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 红黑榜规则 — which recorded conduct puts a household on the red list (exemplary conduct praised)
 * or the black list (violations exposed), what a black-list entry restricts and for how many
 * quarters, and which fact of the star scheme it sets, so the engine can veto on it (R-PTS-3,
 * R-STAR-7). 004 gives no period; the default of four quarters is a choice stated in the preset.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConductRules.class)
@JsonDeserialize(as = ImmutableConductRules.class)
public abstract class ConductRules {

  /** The conduct kinds that put a household on the red list: {@code GOOD_DEED}. */
  public abstract ImmutableSet<String> redKinds();

  /** The conduct kinds that put a household on the black list: {@code VIOLATION}. */
  public abstract ImmutableSet<String> blackKinds();

  /** The quarters after the listed one during which restrictions apply; four by default. */
  @JsonProperty
  @Value.Default
  public int restrictionQuarters() {
    return 4;
  }

  /** What a black-list entry restricts; dividends and awards by default. */
  @JsonProperty
  @Value.Default
  public ImmutableSet<RestrictionKind> restricts() {
    return Sets.immutableEnumSet(RestrictionKind.DIVIDENDS, RestrictionKind.AWARDS);
  }

  /**
   * The yes-or-no fact of the star scheme a household restricted from awards has, such as {@code
   * BLACK_LIST}; a veto of the scheme triggered by it withholds stars.
   */
  public abstract Optional<String> blackListFact();

  /** No kinds, no fact: lists stay empty. */
  public static ConductRules empty() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds rules. */
  public static final class Builder extends ImmutableConductRules.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    for (String kind : redKinds()) {
      checks.check(Codes.isCode(kind), "/redKinds", "core.code.syntax", kind);
      checks.check(!blackKinds().contains(kind), "/redKinds", "rating.star.conduct.kindBoth",
          kind);
    }
    for (String kind : blackKinds()) {
      checks.check(Codes.isCode(kind), "/blackKinds", "core.code.syntax", kind);
    }
    checks.check(restrictionQuarters() >= 1 && restrictionQuarters() <= 40,
        "/restrictionQuarters", "rating.star.conduct.quarters", restrictionQuarters());
    blackListFact().ifPresent(f ->
        checks.check(Codes.isCode(f), "/blackListFact", "core.code.syntax", f));
    checks.throwIfAny();
  }
}
