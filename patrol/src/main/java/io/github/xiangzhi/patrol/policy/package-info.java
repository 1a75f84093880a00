/**
 * 巡逻规则 — the patrol rules of a county, the profile section {@code patrol}: the area checklist
 * (面上巡, R-PAT-1), routes and their sites (线上巡), household visits and special-group
 * frequencies (点上巡, R-PAT-6), camera rounds (探头站岗、鼠标巡逻, R-PAT-2), teams and emphasis on
 * key places and periods (五位一体、重点区域重点时段重点部位, R-PAT-3), field days (逢十沉底, R-PAT-5)
 * and the audit's tolerances. {@link io.github.xiangzhi.patrol.policy.PatrolSection} registers the
 * section and its presets after sources 000, 002 and 004.
 */
@XiangzhiStyle
package io.github.xiangzhi.patrol.policy;

import io.github.xiangzhi.core.XiangzhiStyle;
