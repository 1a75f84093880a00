/**
 * 道德红黑榜 — the quarterly moral red and black lists of a village (R-PTS-3, 004: "建立'道德红黑榜'
 * 每季度对本村遵守道德规范的先进典型进行褒扬宣传……每季度对违反道德规范的行为予以曝光,并在享受集体分红、
 * 评先评优等方面给予必要约束"), compiled from recorded conduct; a black-list entry restricts
 * collective dividends and awards for a configured number of quarters, and can veto stars through
 * a fact of the star scheme.
 */
@XiangzhiStyle
package io.github.xiangzhi.rating.star.conduct;

import io.github.xiangzhi.core.XiangzhiStyle;
