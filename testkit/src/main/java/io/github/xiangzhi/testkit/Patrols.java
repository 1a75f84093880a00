package io.github.xiangzhi.testkit;

import io.github.xiangzhi.patrol.policy.PatrolPolicy;
import io.github.xiangzhi.testkit.patrol.PatrolGens;
import org.quicktheories.core.Gen;

/**
 * 巡防生成器 — random towns to plan patrols for: a hierarchy, staff holding the roles the policy
 * names, a special-group roster, a patrol policy with every kind of patrol, a calendar and a
 * planning window of 1 to 60 days.
 *
 * <pre>{@code
 * qt().forAll(Patrols.towns()).checkAssert(town -> {
 *   XiangzhiAssertions.assertThat(PatrolPlanner.of(town.policy()).plan(town.input(), 7L)).isFeasible();
 * });
 * }</pre>
 */
public final class Patrols {
  private Patrols() {}

  /** Random towns (plan inputs with their policy). */
  public static Gen<PatrolGens.Town> towns() {
    return PatrolGens.towns();
  }

  /** Random patrol policies (those of {@link #towns()}). */
  public static Gen<PatrolPolicy> policies() {
    return towns().map(PatrolGens.Town::policy);
  }
}
