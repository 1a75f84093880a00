package io.github.xiangzhi.rating.star;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 一票否决 — a veto (R-STAR-7, R-PTS-3): when its {@link #trigger()} holds — a criminal conviction
 * (刑事犯罪), an entry on the moral black list (道德黑榜) — the household is denied the named
 * {@link #categories()}, or {@linkplain #everyStar() every star}, whatever its scores. A veto never
 * adds a star.
 *
 * <p>A yes-or-no trigger holds when the household has it; a count or number holds when it reaches
 * {@link #atLeast()} (1 by default).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVeto.class)
@JsonDeserialize(as = ImmutableVeto.class)
public abstract class Veto implements Named {

  /** The veto's code: {@code CRIMINAL_CONVICTION}. */
  @Override
  public abstract String code();

  /** The Chinese name: 刑事犯罪一票否决. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The fact or indicator that triggers the veto: {@code BLACK_LIST}. */
  public abstract String trigger();

  /** For a count or number trigger: the value from which the veto holds; 1 when absent. */
  public abstract Optional<BigDecimal> atLeast();

  /** True when the veto withholds every star; false by default. */
  @JsonProperty
  @Value.Default
  public boolean everyStar() {
    return false;
  }

  /** The codes of the categories withheld, when not every star is. */
  public abstract ImmutableList<String> categories();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a veto; {@code build()} checks that it withholds something. */
  public static final class Builder extends ImmutableVeto.Builder {}

  @Value.Check
  Veto check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(Codes.isCode(trigger()), "/trigger", "core.code.syntax", trigger());
    checks.check(everyStar() != !categories().isEmpty(), "/categories",
        "rating.star.veto.scope", code());
    checks.unique("/categories", categories(), c -> c, "category");
    checks.throwIfAny();
    Optional<BigDecimal> least = atLeast().map(Decimals::canonical);
    return least.equals(atLeast()) ? this : builder().from(this).atLeast(least).build();
  }
}
