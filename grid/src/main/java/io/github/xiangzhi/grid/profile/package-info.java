/**
 * 网格配置节 — the county profile's {@code grid} section: its value {@link
 * io.github.xiangzhi.grid.profile.GridSection} (scheme, group sets, units, households as CSV,
 * roles, staff, assignments, staffing rules, scope policy, element types) and the {@link
 * io.github.xiangzhi.grid.profile.GridSectionType} registered with core's profile loader, with a
 * preset for each of the five source systems.
 */
@XiangzhiStyle
package io.github.xiangzhi.grid.profile;

import io.github.xiangzhi.core.XiangzhiStyle;
