/**
 * 网格要素 — people, places, things and events (人、地、物、事) registered to the units of a
 * hierarchy (R-GRID-3): {@link io.github.xiangzhi.grid.element.ElementKind}, county-defined
 * {@link io.github.xiangzhi.grid.element.ElementType}s, {@link
 * io.github.xiangzhi.grid.element.GridElement}s and the {@link
 * io.github.xiangzhi.grid.element.ElementRegistry} that finds them by unit or subtree.
 */
@XiangzhiStyle
package io.github.xiangzhi.grid.element;

import io.github.xiangzhi.core.XiangzhiStyle;
