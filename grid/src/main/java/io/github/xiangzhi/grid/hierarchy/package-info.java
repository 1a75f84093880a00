/**
 * 层级树 — the hierarchy of units (town, village, grid, courtyard) with households attached to its
 * leaves: {@link io.github.xiangzhi.grid.hierarchy.Hierarchy}, built by a {@link
 * io.github.xiangzhi.grid.hierarchy.HierarchyBuilder} or from CSV ({@link
 * io.github.xiangzhi.grid.hierarchy.HierarchyCsv}), with O(1) ancestor tests, contiguous subtrees,
 * one-pass rollups and group sets; and its coverage (R-GRID-2): {@link
 * io.github.xiangzhi.grid.hierarchy.Coverage} lists every gap and overlap as a {@link
 * io.github.xiangzhi.grid.hierarchy.HierarchyProblem} in a {@link
 * io.github.xiangzhi.grid.hierarchy.CoverageReport}.
 */
@XiangzhiStyle
package io.github.xiangzhi.grid.hierarchy;

import io.github.xiangzhi.core.XiangzhiStyle;
