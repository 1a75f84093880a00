/**
 * 巡逻排班 — the planner and its schedules (R-PAT-1 to R-PAT-6): for a period, a hierarchy, the
 * staff and the patrol rules, {@link io.github.xiangzhi.patrol.schedule.PatrolPlanner} produces a
 * {@link io.github.xiangzhi.patrol.schedule.Schedule} of route patrols at unannounced times, area
 * patrols, camera rounds, field days and household visits, with a report of every constraint it
 * could not meet ({@link io.github.xiangzhi.patrol.schedule.Infeasibility}) and the workload of
 * the grid workers.
 */
@XiangzhiStyle
package io.github.xiangzhi.patrol.schedule;

import io.github.xiangzhi.core.XiangzhiStyle;
