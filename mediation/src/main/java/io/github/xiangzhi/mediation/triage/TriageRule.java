package io.github.xiangzhi.mediation.triage;

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
 * 分流规则 — a rule of three-way triage (R-MED-5): matters of these kinds and severities belong to
 * this class. An empty set matches every value; a rule names at least one kind or severity.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTriageRule.class)
@JsonDeserialize(as = ImmutableTriageRule.class)
public abstract class TriageRule {

  /** What the rule says: 村级组织承担的事项. */
  public abstract Optional<String> name();

  /** The kinds it applies to; empty for all. */
  public abstract ImmutableSet<MatterKind> kinds();

  /** The severities it applies to; empty for all. */
  public abstract ImmutableSet<Severity> severities();

  /** The code of the class such matters belong to. */
  public abstract String affair();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a rule. */
  public static final class Builder extends ImmutableTriageRule.Builder {}

  /** True when a matter of {@code severity} and {@code kind} falls under the rule. */
  public boolean matches(Severity severity, MatterKind kind) {
    return (severities().isEmpty() || severities().contains(severity))
        && (kinds().isEmpty() || kinds().contains(kind));
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(affair()), "/affair", "core.code.syntax", affair());
    checks.check(!severities().isEmpty() || !kinds().isEmpty(), "", "mediation.rule.empty",
        affair());
    checks.throwIfAny();
  }
}
