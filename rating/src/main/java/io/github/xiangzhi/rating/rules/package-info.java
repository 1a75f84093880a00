/**
 * 村规民约 — village rules as profile data: numbered articles and 000's "十抵制十提倡" (practices
 * resisted and promoted), each practice saying what a violation or commendation under it means
 * for the red/black list (R-PTS-3), the star engine's evidence (facts that trigger vetoes and
 * bonuses) and the points rules; and the recorded violations and commendations that feed them.
 */
@XiangzhiStyle
package io.github.xiangzhi.rating.rules;

import io.github.xiangzhi.core.XiangzhiStyle;
