package io.github.xiangzhi.mediation.triage;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 三事分流 — three-way triage (R-MED-5) as profile data: the classes (民事, 村事, 政事) with their
 * routes, and the rules that sort matters into them, first match wins, else {@link
 * #defaultAffair()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTriage.class)
@JsonDeserialize(as = ImmutableTriage.class)
public abstract class Triage {

  /** The classes. */
  public abstract ImmutableList<AffairClass> classes();

  /** The rules, first match wins. */
  public abstract ImmutableList<TriageRule> rules();

  /** The class of matters no rule matches. */
  public abstract String defaultAffair();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a triage; {@code build()} checks that every class named exists. */
  public static final class Builder extends ImmutableTriage.Builder {}

  @Value.Lazy
  ImmutableMap<String, AffairClass> byCode() {
    Map<String, AffairClass> map = new HashMap<>();
    classes().forEach(c -> map.putIfAbsent(c.code(), c));
    return ImmutableMap.copyOf(map);
  }

  /** The class {@code code}, if any. */
  public Optional<AffairClass> affair(String code) {
    return Optional.ofNullable(byCode().get(code));
  }

  /** The class of a matter of {@code severity} and {@code kind}. */
  public AffairClass classify(Severity severity, MatterKind kind) {
    for (TriageRule rule : rules()) {
      if (rule.matches(severity, kind)) {
        return byCode().get(rule.affair());
      }
    }
    return byCode().get(defaultAffair());
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(!classes().isEmpty(), "/classes", "mediation.triage.empty");
    checks.unique("/classes", classes(), AffairClass::code, "code");
    Map<String, AffairClass> known = new HashMap<>();
    classes().forEach(c -> known.putIfAbsent(c.code(), c));
    for (int i = 0; i < rules().size(); i++) {
      String affair = rules().get(i).affair();
      checks.check(known.containsKey(affair), "/rules/" + i + "/affair",
          "mediation.triage.affair.unknown", affair);
    }
    if (checks.check(Codes.isCode(defaultAffair()), "/defaultAffair", "core.code.syntax",
        defaultAffair())) {
      checks.check(known.containsKey(defaultAffair()), "/defaultAffair",
          "mediation.triage.affair.unknown", defaultAffair());
    }
    checks.throwIfAny();
  }
}
