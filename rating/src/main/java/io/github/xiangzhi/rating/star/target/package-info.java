/**
 * 村级指标与表彰 — village targets (R-STAR-5: participation ≥ 90%, starred ≥ 40% of households, six
 * stars and above ≥ 60% of starred households, all profile data), computed exactly and rolled up
 * to township and county in one pass over the hierarchy, and recognition (R-STAR-6: the honour
 * board and door plaques for six stars and above, the posted list of stars added and removed).
 */
@XiangzhiStyle
package io.github.xiangzhi.rating.star.target;

import io.github.xiangzhi.core.XiangzhiStyle;
