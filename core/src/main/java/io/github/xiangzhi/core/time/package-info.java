/**
 * Governance periods and the working-day calendar (R-CORE-5): {@link
 * io.github.xiangzhi.core.time.GovernancePeriod} and {@link
 * io.github.xiangzhi.core.time.GovernanceCalendar}, with holidays and make-up workdays (调休) as
 * profile data.
 */
@XiangzhiStyle
package io.github.xiangzhi.core.time;

import io.github.xiangzhi.core.XiangzhiStyle;
