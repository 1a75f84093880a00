package io.github.xiangzhi.mediation.triage;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 法律援助双轨 — one track of the legal-aid dual track (R-MED-3) as a routing rule. 001: "对本网格内纠纷
 * 实行'双轨'制,属于一般性纠纷,通过与派出所、民政和劳动保障等部门的协调配合解决;属于复杂性纠纷,通过法律援助解决".
 * A matter takes the first track whose severities and kinds it matches (an empty set matches
 * all), and its route names the track's partner bodies.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLegalTrack.class)
@JsonDeserialize(as = ImmutableLegalTrack.class)
public abstract class LegalTrack implements Named {

  /** The track's code: {@code COORDINATION}, {@code LEGAL_AID}. */
  @Override
  public abstract String code();

  /** The name as the source writes it: 法律援助. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The severities it takes; empty for all. */
  public abstract ImmutableSet<Severity> severities();

  /** The kinds it takes; empty for all. */
  public abstract ImmutableSet<MatterKind> kinds();

  /** The bodies that work the matter with the mediators: {@code POLICE_STATION}. */
  public abstract ImmutableList<String> partners();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a track. */
  public static final class Builder extends ImmutableLegalTrack.Builder {}

  /** True when a matter of {@code severity} and {@code kind} takes this track. */
  public boolean matches(Severity severity, MatterKind kind) {
    return (severities().isEmpty() || severities().contains(severity))
        && (kinds().isEmpty() || kinds().contains(kind));
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    for (String partner : partners()) {
      checks.check(Codes.isCode(partner), "/partners", "core.code.syntax", partner);
    }
    checks.throwIfAny();
  }
}
