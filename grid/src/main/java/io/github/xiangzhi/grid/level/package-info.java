/**
 * 层级 — level schemes (R-GRID-1): the ordered levels of a county's hierarchy, such as Changzhi's
 * 市→县(区)→乡镇(街道)→村(社区)→网格, as configuration rather than code.
 */
@XiangzhiStyle
package io.github.xiangzhi.grid.level;

import io.github.xiangzhi.core.XiangzhiStyle;
