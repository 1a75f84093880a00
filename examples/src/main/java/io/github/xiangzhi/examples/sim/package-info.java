/**
 * 政策模拟 — the policy-threshold simulator behind {@code xiangzhi simulate}: a Monte Carlo of the
 * ten-star system (R-STAR-1 to 7) under a profile's scheme and village targets.
 *
 * <p>The pieces: {@link io.github.xiangzhi.examples.sim.SimulationSettings} (the profile section
 * {@code simulation}: the model's parameters), {@link io.github.xiangzhi.examples.sim.Simulation}
 * (the model compiled from a profile, run over villages in parallel), {@link
 * io.github.xiangzhi.examples.sim.Seeds} (every random stream from the master seed, the run and the
 * village), {@link io.github.xiangzhi.examples.sim.SimulationResult} (integer counts per run and
 * year, written as CSV), {@link io.github.xiangzhi.examples.sim.AttainmentChart} (the chart) and
 * {@link io.github.xiangzhi.examples.sim.ProfileOverrides} ({@code --set path=value}).
 */
@XiangzhiStyle
package io.github.xiangzhi.examples.sim;

import io.github.xiangzhi.core.XiangzhiStyle;
