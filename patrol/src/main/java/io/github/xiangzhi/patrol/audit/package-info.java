/**
 * 巡逻核查 — check-ins and the coverage audit (R-PAT-1, R-PAT-6): {@link
 * io.github.xiangzhi.patrol.audit.CheckIn}s (who, where, when, optional coordinates) matched
 * against a schedule by {@link io.github.xiangzhi.patrol.audit.PatrolAuditor} give patrols done on
 * time, late, missed and pending per worker, grid and kind, the households not visited within
 * their frequency, and the check-ins that match nothing.
 */
@XiangzhiStyle
package io.github.xiangzhi.patrol.audit;

import io.github.xiangzhi.core.XiangzhiStyle;
