/**
 * 星级化德治 — the ten-star civilized-household engine (十星级文明户, R-STAR-1, 2, 4, 7, 8): the
 * {@link StarScheme} as profile data (categories earned by scored indicators with a pass mark,
 * bonuses and vetoes), a household's {@link Evidence}, the pure {@link StarEngine} with its
 * columnar batch path ({@link EvidenceTable} → {@link StarTable}), and the year-end adjustment
 * (年底推选、能上能下) over the {@link StarRegister}.
 *
 * <p>Sub-packages: {@code round} (the rating round 农户自评→群众互评→张榜公示→嘉许授牌, R-STAR-3),
 * {@code target} (village targets and recognition, R-STAR-5, 6), {@code conduct} (the moral
 * red/black list, R-PTS-3) and {@code policy} (the profile section {@code rating}).
 */
@XiangzhiStyle
package io.github.xiangzhi.rating.star;

import io.github.xiangzhi.core.XiangzhiStyle;
