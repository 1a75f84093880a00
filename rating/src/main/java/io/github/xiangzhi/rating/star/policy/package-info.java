/**
 * 评星配置 — the profile section {@code rating}: the star scheme, the village targets, the rules of
 * the rating round and of the red/black list, with the Changzhi preset (001).
 */
@XiangzhiStyle
package io.github.xiangzhi.rating.star.policy;

import io.github.xiangzhi.core.XiangzhiStyle;
