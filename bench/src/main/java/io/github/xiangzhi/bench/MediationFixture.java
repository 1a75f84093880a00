package io.github.xiangzhi.bench;

import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.profile.CoreSections;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.HierarchyBuilder;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.MediationSection;
import io.github.xiangzhi.mediation.matter.Channel;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.MatterReport;
import io.github.xiangzhi.mediation.matter.Party;
import io.github.xiangzhi.mediation.matter.Severity;
import io.github.xiangzhi.mediation.matter.Side;
import java.util.SplittableRandom;

/**
 * The town the mediation benchmarks run in: Weituo's mediation preset and core's official
 * 2024–2025 calendar, loaded as a county loads them, over a town of 20 villages with 10 grids
 * each on grid's WEITUO scheme.
 */
final class MediationFixture {
  private MediationFixture() {}

  static final ProfileLoader LOADER = ProfileLoader.standard();

  static MediationPolicy weituoPolicy() {
    String yaml = "profile: {id: bench, name: 基准}\nmediation:\n"
        + new MediationSection().presets().get("WEITUO").indent(2);
    return LOADER.parse(yaml, "weituo").section(MediationPolicy.class).orElseThrow();
  }

  static GovernanceCalendar officialCalendar() {
    String yaml = "profile: {id: bench, name: 基准}\ncalendar:\n"
        + new CoreSections.Calendar().presets().get("CHINA_2024_2025").indent(2);
    return LOADER.parse(yaml, "calendar").calendar();
  }

  static final int VILLAGES = 20;
  static final int GRIDS = 10;

  static Hierarchy town() {
    HierarchyBuilder b = Hierarchy.builder(LevelSchemes.source("WEITUO").orElseThrow());
    b.addUnit(Unit.root("town", "TOWN", "渭沱镇"));
    for (int v = 0; v < VILLAGES; v++) {
      b.addUnit(Unit.of("v" + v, "town", "VILLAGE", "村" + v));
      for (int g = 0; g < GRIDS; g++) {
        b.addUnit(Unit.of("v" + v + "-g" + g, "v" + v, "GRID", "网格" + g));
      }
    }
    return b.build();
  }

  /** {@code n} neighbour disputes (民事, handled at the grid) at random grids, seeded. */
  static MatterReport[] reports(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    MatterReport template = MatterReport.builder().id(MatterId.of("template"))
        .kind(MatterKind.NEIGHBOUR).severity(Severity.ORDINARY).location(UnitId.of("v0-g0"))
        .reporter(PersonId.of("gw-1")).channel(Channel.PATROL)
        .addParties(Party.of("p-1", Side.APPLICANT), Party.of("p-2", Side.RESPONDENT)).build();
    MatterReport[] out = new MatterReport[n];
    for (int i = 0; i < n; i++) {
      out[i] = MatterReport.builder().from(template).id(MatterId.of("m" + i))
          .location(UnitId.of("v" + random.nextInt(VILLAGES) + "-g" + random.nextInt(GRIDS)))
          .build();
    }
    return out;
  }
}
