package io.github.xiangzhi.testkit.mediation;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.staff.Role;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.ladder.Ladder;
import io.github.xiangzhi.mediation.ladder.Tier;
import io.github.xiangzhi.mediation.matter.Channel;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.MatterReport;
import io.github.xiangzhi.mediation.matter.Party;
import io.github.xiangzhi.mediation.matter.Severity;
import io.github.xiangzhi.mediation.matter.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for mediation's ladders and reports: random escalation ladders over a
 * level scheme (internal tiers climbing the levels from the bottom, sometimes an external tier
 * at the top), policies around them, and random matter reports at the units of a hierarchy.
 */
public final class LadderGens {
  private LadderGens() {}

  /** The roles a generated policy defines; every tier takes one or two of them. */
  public static final List<Role> ROLES = List.of(Role.of("GRID_WORKER", "网格员", "grid worker"),
      Role.of("VILLAGE_CADRE", "村干部", "village cadre"),
      Role.builder().code("MEDIATOR").name("调解员").legalService(true).build(),
      Role.of("TOWN_CADRE", "镇干部", "town cadre"));

  /** Random ladders over {@code scheme}. */
  public static Gen<Ladder> ladders(LevelScheme scheme) {
    return longs().all().map(seed -> ladder(scheme, seed));
  }

  /**
   * The ladder {@code seed} gives over {@code scheme}: one tier for each of one to all of the
   * scheme's levels, from the lowest chosen level up, each escalating to the next; one time in
   * three an external tier (a court or bureau, at unit {@code COURT}) above them.
   */
  public static Ladder ladder(LevelScheme scheme, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> levels = new ArrayList<>();
    for (int i = scheme.depth() - 1; i >= 0; i--) {
      if (levels.isEmpty() || r.nextInt(3) > 0) {
        levels.add(scheme.levels().get(i).code());
      }
    }
    boolean external = r.nextInt(3) == 0;
    List<Tier> tiers = new ArrayList<>();
    int count = levels.size() + (external ? 1 : 0);
    for (int t = 0; t < count; t++) {
      Tier.Builder b = Tier.builder().code("T" + t).name("第" + t + "级")
          .limitDays(r.nextInt(1, 31))
          .addRoles(ROLES.get(r.nextInt(ROLES.size())).code());
      if (r.nextBoolean()) {
        b.addRoles(ROLES.get(r.nextInt(ROLES.size())).code());
      }
      if (t < levels.size()) {
        b.level(levels.get(t));
      } else {
        b.external(true).unit(UnitId.of("COURT"));
      }
      if (t + 1 < count) {
        b.escalatesTo("T" + (t + 1));
      }
      tiers.add(b.build());
    }
    return Ladder.builder().addAllTiers(tiers).entryTier("T0").build();
  }

  /** Random policies over {@code scheme}: a random ladder and {@link #ROLES}. */
  public static Gen<MediationPolicy> policies(LevelScheme scheme) {
    return ladders(scheme).map(ladder -> MediationPolicy.builder().scheme(scheme.code())
        .addAllRoles(ROLES).ladder(ladder).build());
  }

  /** Random reports of any kind, severity and channel at random units of {@code hierarchy}. */
  public static Gen<MatterReport> reports(Hierarchy hierarchy) {
    return longs().all().map(seed -> report(hierarchy, seed));
  }

  /** The report {@code seed} gives at a unit of {@code hierarchy}, id {@code m-<seed>}. */
  public static MatterReport report(Hierarchy hierarchy, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    return MatterReport.builder().id(MatterId.of("m-" + Math.floorMod(seed, 1_000_000L)))
        .kind(MatterKind.values()[r.nextInt(MatterKind.values().length)])
        .severity(Severity.values()[r.nextInt(Severity.values().length)])
        .location(hierarchy.unitAt(r.nextInt(hierarchy.unitCount())))
        .reporter(PersonId.of("reporter")).channel(Channel.values()[r.nextInt(
            Channel.values().length)])
        .addParties(Party.of(PersonId.of("p-a"), Side.APPLICANT),
            Party.of(PersonId.of("p-b"), Side.RESPONDENT))
        .build();
  }
}
