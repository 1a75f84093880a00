package io.github.xiangzhi.testkit;

import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.rating.points.PointsPolicy;
import io.github.xiangzhi.testkit.rating.LedgerCommand;
import io.github.xiangzhi.testkit.rating.PointsGens;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * 积分生成器 — points policies and command sequences for the points bank ({@link PointsGens} has
 * the households, villages and ids they use):
 *
 * <pre>{@code
 * qt().forAll(Points.policies(), Points.commands(60)).checkAssert((policy, commands) -> ...);
 * }</pre>
 */
public final class Points {
  private Points() {}

  /** Small policies that make every rule bite: caps, short stocks, overflow, quick expiry. */
  public static Gen<PointsPolicy> policies() {
    return PointsGens.policies();
  }

  /** Conduct events of the policies' kinds for households {@code h0} to {@code h3}. */
  public static Gen<ConductEvent> events() {
    return PointsGens.events();
  }

  /** Sequences of one to {@code maxLength} ledger commands. */
  public static Gen<List<LedgerCommand>> commands(int maxLength) {
    return org.quicktheories.generators.SourceDSL.lists().of(PointsGens.commands())
        .ofSizeBetween(1, maxLength);
  }
}
