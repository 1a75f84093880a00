/**
 * 成效 — outcome metrics (R-MED-7) per unit and period: resolution rate per tier, working days to
 * resolve, deadline compliance, satisfaction and year-on-year change, rolled up the hierarchy.
 */
@XiangzhiStyle
package io.github.xiangzhi.mediation.metrics;

import io.github.xiangzhi.core.XiangzhiStyle;
