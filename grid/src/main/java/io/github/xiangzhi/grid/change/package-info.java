/**
 * 区划调整 — hierarchy changes (R-GRID-8, 004: "拆乡并镇"): a {@link
 * io.github.xiangzhi.grid.change.ChangeSet} of typed {@link
 * io.github.xiangzhi.grid.change.HierarchyChange}s — units added, removed, moved, renamed,
 * updated and merged, households added, removed, moved and split — that diffs two hierarchies,
 * applies to one to give a new one (the old one untouched), and reads back from JSON for audit.
 */
@XiangzhiStyle
package io.github.xiangzhi.grid.change;

import io.github.xiangzhi.core.XiangzhiStyle;
