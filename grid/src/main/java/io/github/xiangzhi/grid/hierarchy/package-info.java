/**
 * 层级树 — the hierarchy of units (town, village, grid, courtyard) with households attached to its
 * leaves: {@link io.github.xiangzhi.grid.hierarchy.Hierarchy}, built by a {@link
 * io.github.xiangzhi.grid.hierarchy.HierarchyBuilder}, with O(1) ancestor tests, contiguous
 * subtrees and one-pass rollups.
 */
@XiangzhiStyle
package io.github.xiangzhi.grid.hierarchy;

import io.github.xiangzhi.core.XiangzhiStyle;
