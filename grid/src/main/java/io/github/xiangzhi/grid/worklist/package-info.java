/**
 * 工作清单 — work lists (工作清单): tasks grouped under the links of a local model (安澜's 联网、联巡、
 * 联调、联育; 长治's 数字化自治、星级化德治、网格化法治), each with its content, a lead body (责任单位),
 * partner bodies (配合单位, "各村" for every village), a period and progress reports; and the
 * accountability report over them (tasks without a lead, bodies leading too many, tasks overdue or
 * unreported, and what each body leads and partners).
 */
@XiangzhiStyle
package io.github.xiangzhi.grid.worklist;

import io.github.xiangzhi.core.XiangzhiStyle;
