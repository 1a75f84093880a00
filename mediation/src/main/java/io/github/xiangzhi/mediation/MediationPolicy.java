package io.github.xiangzhi.mediation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.grid.staff.Role;
import io.github.xiangzhi.mediation.deliberation.Procedure;
import io.github.xiangzhi.mediation.ladder.Ladder;
import io.github.xiangzhi.mediation.ladder.Tier;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.MatterReport;
import io.github.xiangzhi.mediation.matter.Severity;
import io.github.xiangzhi.mediation.transparency.Pledge;
import io.github.xiangzhi.mediation.transparency.SmallPower;
import io.github.xiangzhi.mediation.transparency.TransparencyRules;
import io.github.xiangzhi.mediation.triage.AffairClass;
import io.github.xiangzhi.mediation.triage.LegalTrack;
import io.github.xiangzhi.mediation.triage.Route;
import io.github.xiangzhi.mediation.triage.Triage;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 调解配置 — the profile section {@code mediation}: how a county mediates (R-MED-1 to R-MED-6).
 * The handler {@linkplain #roles() roles} its tiers name, the escalation {@linkplain #ladder()
 * ladder} with graded intake, three-way {@linkplain #triage() triage}, the legal-aid {@linkplain
 * #legalTracks() dual track} and the deliberation {@linkplain #procedures() procedures}; and
 * beside them transparency: 一晒一督 ({@link #transparency()}), the small-power list ({@link
 * #smallPowers()}) and the public pledges ({@link #pledges()}). {@link
 * #scheme()} optionally names the grid level scheme the tiers' levels belong to, so the profile
 * can check them.
 *
 * <pre>{@code
 * mediation:
 *   scheme: SHANGBA
 *   roles:
 *     - {code: GROUP_COUNCIL, name: 组级理事会成员}
 *     - {code: VILLAGE_CADRE, name: 村两委成员}
 *     - {code: TOWN_MEDIATOR, name: 镇调解员}
 *   ladder:
 *     entryTier: GROUP
 *     tiers:
 *       - {code: GROUP, name: 组, level: GROUP, roles: [GROUP_COUNCIL], limitDays: 3, escalatesTo: VILLAGE}
 *       - {code: VILLAGE, name: 村, level: VILLAGE, roles: [VILLAGE_CADRE], limitDays: 10, escalatesTo: TOWN}
 *       - {code: TOWN, name: 镇, level: TOWN, roles: [TOWN_MEDIATOR], limitDays: 20}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMediationPolicy.class)
@JsonDeserialize(as = ImmutableMediationPolicy.class)
public abstract class MediationPolicy {

  /**
   * The code of the grid level scheme the tiers' levels belong to ({@code ANLAN}, {@code
   * SHANGBA}…, one of grid's built-in schemes), so the profile checks that every level exists
   * and that levels rise along the chain. A docket checks the same against its hierarchy.
   */
  public abstract Optional<String> scheme();

  /** The roles handlers hold; every tier's roles must be among them. */
  public abstract ImmutableList<Role> roles();

  /** The escalation ladder and graded intake. */
  public abstract Ladder ladder();

  /** Three-way triage, where the county triages. */
  public abstract Optional<Triage> triage();

  /** The legal-aid dual track, first match wins; may be empty. */
  public abstract ImmutableList<LegalTrack> legalTracks();

  /** The deliberation procedures triage classes name. */
  public abstract ImmutableList<Procedure> procedures();

  /** 一晒一督 — the items villages post and who supervises them, if the county sets them. */
  public abstract Optional<TransparencyRules> transparency();

  /**
   * 小微权力清单 — the village's small powers, each with its body and steps; their codes are also
   * {@linkplain #procedure(String) procedures}, which a triage class may name.
   */
  public abstract ImmutableList<SmallPower> smallPowers();

  /** 提诺·亮诺·践诺 — the public pledges of cadres and members. */
  public abstract ImmutableList<Pledge> pledges();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a policy; {@code build()} checks every reference between its parts. */
  public static final class Builder extends ImmutableMediationPolicy.Builder {}

  /**
   * The procedure {@code code}, if any: one of {@link #procedures()}, or the steps of the small
   * power of that code.
   */
  public Optional<Procedure> procedure(String code) {
    Optional<Procedure> own = procedures().stream().filter(p -> p.code().equals(code))
        .findFirst();
    return own.isPresent() ? own : smallPower(code).map(SmallPower::procedure);
  }

  /** The small power {@code code}, if any. */
  public Optional<SmallPower> smallPower(String code) {
    return smallPowers().stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /** The legal-aid track a matter of {@code severity} and {@code kind} takes (R-MED-3). */
  public Optional<LegalTrack> legalTrack(Severity severity, MatterKind kind) {
    for (LegalTrack track : legalTracks()) {
      if (track.matches(severity, kind)) {
        return Optional.of(track);
      }
    }
    return Optional.empty();
  }

  /** The route of {@code report}; see {@link #route(Severity, MatterKind)}. */
  public Route route(MatterReport report) {
    return route(report.severity(), report.kind());
  }

  /**
   * Where a matter of {@code severity} and {@code kind} goes when filed: triage (R-MED-5) picks
   * its class; the class's tier, or else graded intake (R-MED-2), picks the entry tier; the class
   * may set the body, the deliberation procedure and a time limit of its own (限时承办); the first
   * matching legal-aid track (R-MED-3) adds its partner bodies.
   */
  public Route route(Severity severity, MatterKind kind) {
    Optional<AffairClass> affair = triage().map(t -> t.classify(severity, kind));
    Tier tier = affair.flatMap(AffairClass::tier).flatMap(ladder()::tier)
        .orElseGet(() -> ladder().entryFor(severity, kind));
    Route.Builder route = Route.builder().tier(tier.code())
        .limitDays(affair.flatMap(AffairClass::limitDays).orElse(tier.limitDays()));
    affair.ifPresent(a -> route.affair(a.code()));
    route.body(affair.flatMap(AffairClass::body).or(tier::body));
    affair.flatMap(AffairClass::procedure).ifPresent(route::procedure);
    legalTrack(severity, kind).ifPresent(t -> route.legalTrack(t.code()).addAllPartners(
        t.partners()));
    return route.build();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    scheme().ifPresent(s -> checks.check(Codes.isCode(s), "/scheme", "core.code.syntax", s));
    checks.unique("/roles", roles(), Role::code, "code");
    Set<String> roleCodes = new HashSet<>();
    roles().forEach(r -> roleCodes.add(r.code()));
    for (int i = 0; i < ladder().tiers().size(); i++) {
      Tier tier = ladder().tiers().get(i);
      for (String role : tier.roles()) {
        checks.check(roleCodes.contains(role), "/ladder/tiers/" + i + "/roles",
            "mediation.role.unknown", tier.code(), role);
      }
    }
    checks.unique("/procedures", procedures(), Procedure::code, "code");
    checks.unique("/legalTracks", legalTracks(), LegalTrack::code, "code");
    checks.unique("/smallPowers", smallPowers(), SmallPower::code, "code");
    checks.unique("/pledges", pledges(), Pledge::code, "code");
    Set<String> procedureCodes = new HashSet<>();
    procedures().forEach(p -> procedureCodes.add(p.code()));
    for (int i = 0; i < smallPowers().size(); i++) {
      checks.check(!procedureCodes.contains(smallPowers().get(i).code()),
          "/smallPowers/" + i + "/code", "mediation.smallPower.clash",
          smallPowers().get(i).code());
    }
    if (triage().isPresent()) {
      Triage triage = triage().get();
      for (int i = 0; i < triage.classes().size(); i++) {
        AffairClass c = triage.classes().get(i);
        String path = "/triage/classes/" + i;
        c.tier().ifPresent(t -> checks.check(ladder().tier(t).isPresent(), path + "/tier",
            "mediation.ladder.tier.unknown", t));
        c.procedure().ifPresent(p -> checks.check(procedure(p).isPresent(), path + "/procedure",
            "mediation.procedure.unknown", p));
      }
    }
    checks.throwIfAny();
  }
}
