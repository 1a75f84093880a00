/**
 * 时限 — calendar-aware deadlines (R-MED-1): a tier's time limit counted in working days on the
 * governance calendar, reminders before it, and the {@link
 * io.github.xiangzhi.mediation.deadline.EscalationScheduler} that returns what is due.
 */
@XiangzhiStyle
package io.github.xiangzhi.mediation.deadline;

import io.github.xiangzhi.core.XiangzhiStyle;
