package io.github.xiangzhi.testkit;

import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.ladder.Ladder;
import io.github.xiangzhi.mediation.matter.MatterReport;
import io.github.xiangzhi.testkit.mediation.LadderGens;
import io.github.xiangzhi.testkit.mediation.MatterGens;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * 调解生成器 — ladders, policies, matter reports and command sequences for mediation:
 *
 * <pre>{@code
 * qt().forAll(Mediation.ladders(scheme)).checkAssert(l -> assertThat(l.chain()).hasSameSizeAs(l.tiers()));
 * qt().forAll(Mediation.commands(4, 40)).checkAssert(commands -> ... run against a Docket ...);
 * }</pre>
 */
public final class Mediation {
  private Mediation() {}

  /** Random escalation ladders over {@code scheme}. */
  public static Gen<Ladder> ladders(LevelScheme scheme) {
    return LadderGens.ladders(scheme);
  }

  /** Random mediation policies over {@code scheme}. */
  public static Gen<MediationPolicy> policies(LevelScheme scheme) {
    return LadderGens.policies(scheme);
  }

  /** Random matter reports at the units of {@code hierarchy}. */
  public static Gen<MatterReport> reports(Hierarchy hierarchy) {
    return LadderGens.reports(hierarchy);
  }

  /**
   * Event sequences: one to {@code maxLength} docket commands over {@code matters} matters (open,
   * file, assign, … sweep), the clock moving on between them.
   */
  public static Gen<List<MatterGens.Command>> commands(int matters, int maxLength) {
    return MatterGens.sequences(matters, maxLength);
  }
}
