/**
 * 事项 — matters and their closed loop (R-MED-4): what was reported, the append-only history of
 * events, the state derived from it, and the {@link io.github.xiangzhi.mediation.matter.Docket}
 * that records events, escalates up the ladder and keeps deadlines.
 */
@XiangzhiStyle
package io.github.xiangzhi.mediation.matter;

import io.github.xiangzhi.core.XiangzhiStyle;
