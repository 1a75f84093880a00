/**
 * 调解层级 — the escalation ladder (R-MED-1, R-MED-2): tiers tied to levels of the hierarchy (or to
 * bodies outside it), their handler roles and time limits in working days, and the entry rules of
 * graded intake.
 */
@XiangzhiStyle
package io.github.xiangzhi.mediation.ladder;

import io.github.xiangzhi.core.XiangzhiStyle;
