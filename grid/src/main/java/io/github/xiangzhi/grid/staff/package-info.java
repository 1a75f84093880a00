/**
 * 人员 — the people who govern (R-GRID-4, 5, 6): roles, staff members and their assignments to
 * units, from which staffing rules, responsibility packages and access scopes are checked.
 */
@XiangzhiStyle
package io.github.xiangzhi.grid.staff;

import io.github.xiangzhi.core.XiangzhiStyle;
