package io.github.xiangzhi.mediation.matter;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 信息上报 — what is known of a matter when it is reported (R-MED-4's first step): its id, kind and
 * severity, where it arose (a unit of the hierarchy), who reported it and through which channel,
 * the parties, and where it came from in another system (a patrol finding).
 *
 * <p>The summary may hold personal details, so {@code toString} leaves it out.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMatterReport.class)
@JsonDeserialize(as = ImmutableMatterReport.class)
public abstract class MatterReport {

  /** The matter's id. */
  public abstract MatterId id();

  /** What it is about. */
  public abstract MatterKind kind();

  /** How serious it is, for graded intake; {@link Severity#ORDINARY} by default. */
  @JsonProperty
  @Value.Default
  public Severity severity() {
    return Severity.ORDINARY;
  }

  /** Where it arose: a unit of the hierarchy, usually a grid or a courtyard. */
  public abstract UnitId location();

  /** Who reported it: a grid worker, a resident, a hotline operator. */
  public abstract PersonId reporter();

  /** How it reached the docket. */
  public abstract Channel channel();

  /** The parties; each person once. */
  public abstract ImmutableList<Party> parties();

  /** Where it came from in another system, such as a patrol finding. */
  public abstract Optional<SourceRef> source();

  /** What happened, in a sentence or two; left out of {@code toString}. */
  @Value.Redacted
  public abstract Optional<String> summary();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a report; {@code build()} checks that each party appears once. */
  public static final class Builder extends ImmutableMatterReport.Builder {}

  /** True when {@code person} is one of the parties. */
  public boolean hasParty(PersonId person) {
    for (Party p : parties()) {
      if (p.person().equals(person)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.unique("/parties", parties(), Party::person, "person");
    checks.throwIfAny();
  }
}
