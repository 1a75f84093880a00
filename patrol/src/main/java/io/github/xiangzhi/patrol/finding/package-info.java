/**
 * 巡逻发现 — what patrols find and how it is closed (R-PAT-4): a {@link
 * io.github.xiangzhi.patrol.finding.Finding} is handled on the spot, handed to mediation as a
 * matter (the two linked both ways by ids), or kept as a hazard with an owner and a deadline in
 * working days; a {@link io.github.xiangzhi.patrol.finding.FindingBook} keeps a town's findings.
 */
@XiangzhiStyle
package io.github.xiangzhi.patrol.finding;

import io.github.xiangzhi.core.XiangzhiStyle;
