/**
 * 议事 — deliberation procedures (R-MED-6): the 1-3-6 cycle (提 分 议 办 督 评 in three phases),
 * the two committees' seven steps and 002's five steps as configurable step sequences, with the
 * monthly meeting (一月一议) as the deliberation date.
 */
@XiangzhiStyle
package io.github.xiangzhi.mediation.deliberation;

import io.github.xiangzhi.core.XiangzhiStyle;
