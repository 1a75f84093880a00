package io.github.xiangzhi.rating.star;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 评星依据 — what is known of one household for one rating year: the values of its indicators and
 * facts, by code. Yes-or-no values are {@link #flags()} (the codes that hold; absent means no),
 * whole counts are {@link #counts()}, decimals are {@link #numbers()}. Whether the codes and types
 * fit a scheme is checked when the evidence is evaluated ({@link EvidenceException}). Decimals are
 * kept without trailing zeros, so 120.50 and 120.5 are the same evidence.
 *
 * <pre>{@code
 * Evidence evidence = Evidence.builder()
 *     .flag("SUPPORTS_COLLECTIVE").set("VOLUNTEER_SERVICES", 3)
 *     .set("POINTS_BALANCE", new BigDecimal("120.5")).flag("VETERAN_HOUSEHOLD").build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
public abstract class Evidence {

  /** The yes-or-no indicators and facts that hold for the household. */
  public abstract ImmutableSet<String> flags();

  /** The counts, at least zero each. */
  public abstract ImmutableMap<String, Long> counts();

  /** The decimal values. */
  public abstract ImmutableMap<String, BigDecimal> numbers();

  /** No evidence at all. */
  public static Evidence empty() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds evidence; {@code build()} checks codes, counts and that no code is given twice. */
  public static final class Builder extends ImmutableEvidence.Builder {
    /** Records that the yes-or-no {@code code} holds. */
    public Builder flag(String code) {
      addFlags(code);
      return this;
    }

    /** Records the yes-or-no {@code code}: only a value that holds is kept. */
    public Builder set(String code, boolean value) {
      if (value) {
        addFlags(code);
      }
      return this;
    }

    /** Records the count {@code code}. */
    public Builder set(String code, long count) {
      putCount(code, count);
      return this;
    }

    /** Records the decimal {@code code}. */
    public Builder set(String code, BigDecimal number) {
      putNumber(code, number);
      return this;
    }
  }

  /** Every code the evidence names. */
  public Set<String> codes() {
    Set<String> all = new HashSet<>(flags());
    all.addAll(counts().keySet());
    all.addAll(numbers().keySet());
    return all;
  }

  /**
   * This evidence with everything {@code more} records added; a code both record takes the value
   * of {@code more}.
   */
  public Evidence with(Evidence more) {
    Builder b = builder();
    for (String flag : flags()) {
      if (!more.counts().containsKey(flag) && !more.numbers().containsKey(flag)) {
        b.flag(flag);
      }
    }
    b.addAllFlags(more.flags());
    for (Map.Entry<String, Long> e : counts().entrySet()) {
      if (!more.codes().contains(e.getKey())) {
        b.set(e.getKey(), e.getValue());
      }
    }
    for (Map.Entry<String, BigDecimal> e : numbers().entrySet()) {
      if (!more.codes().contains(e.getKey())) {
        b.set(e.getKey(), e.getValue());
      }
    }
    b.putAllCounts(more.counts());
    b.putAllNumbers(more.numbers());
    return b.build();
  }

  @Value.Check
  Evidence check() {
    ValueChecks checks = new ValueChecks();
    for (String code : flags()) {
      checks.check(Codes.isCode(code), "/flags", "core.code.syntax", code);
    }
    for (Map.Entry<String, Long> e : counts().entrySet()) {
      checks.check(Codes.isCode(e.getKey()), "/counts", "core.code.syntax", e.getKey());
      checks.check(e.getValue() >= 0, "/counts/" + e.getKey(),
          "rating.star.evidence.count.negative", e.getKey(), e.getValue());
      checks.check(!flags().contains(e.getKey()), "/counts/" + e.getKey(),
          "rating.star.evidence.twice", e.getKey());
    }
    for (String code : numbers().keySet()) {
      checks.check(Codes.isCode(code), "/numbers", "core.code.syntax", code);
      checks.check(!flags().contains(code) && !counts().containsKey(code), "/numbers/" + code,
          "rating.star.evidence.twice", code);
    }
    checks.throwIfAny();
    boolean canonical = true;
    for (BigDecimal number : numbers().values()) {
      canonical &= Decimals.canonical(number).equals(number);
    }
    if (canonical) {
      return this;
    }
    Map<String, BigDecimal> numbers = new java.util.LinkedHashMap<>();
    numbers().forEach((code, number) -> numbers.put(code, Decimals.canonical(number)));
    return builder().from(this).numbers(numbers).build();
  }
}
