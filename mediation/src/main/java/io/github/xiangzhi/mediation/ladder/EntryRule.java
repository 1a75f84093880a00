package io.github.xiangzhi.mediation.ladder;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 分级受理 — a rule of graded intake (R-MED-2): matters of these severities and kinds start at this
 * tier. 001: "对于重大复杂疑难矛盾纠纷,上报司法所进行妥善调处" — major matters start at the judicial
 * office. An empty set matches every value; a rule must name at least one severity or kind.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEntryRule.class)
@JsonDeserialize(as = ImmutableEntryRule.class)
public abstract class EntryRule {

  /** What the rule says, as the source puts it: 重大复杂疑难纠纷上报司法所. */
  public abstract Optional<String> name();

  /** The severities it applies to; empty for all. */
  public abstract ImmutableSet<Severity> severities();

  /** The kinds it applies to; empty for all. */
  public abstract ImmutableSet<MatterKind> kinds();

  /** The tier such matters start at. */
  public abstract String tier();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a rule. */
  public static final class Builder extends ImmutableEntryRule.Builder {}

  /** True when a matter of {@code severity} and {@code kind} falls under the rule. */
  public boolean matches(Severity severity, MatterKind kind) {
    return (severities().isEmpty() || severities().contains(severity))
        && (kinds().isEmpty() || kinds().contains(kind));
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(tier()), "/tier", "core.code.syntax", tier());
    checks.check(!severities().isEmpty() || !kinds().isEmpty(), "", "mediation.rule.empty",
        tier());
    checks.throwIfAny();
  }
}
