/**
 * 评星流程 — the rating round of one village and year (R-STAR-3): 农户自评 (self-assessment with a
 * form) → 群众互评、两委表决 (the two committees vote on each household's stars, with a quorum and a
 * majority from the profile) → 张榜公示 (a notice period in working days, during which objections
 * are lodged and must be resolved) → 嘉许授牌 (the award). {@link
 * io.github.xiangzhi.rating.star.round.RatingRound} is an immutable state machine: every step
 * returns a new round, records its actor and the instant of the caller's clock, and rejects what
 * the current state does not allow with a {@link
 * io.github.xiangzhi.rating.star.round.RoundException}.
 */
@XiangzhiStyle
package io.github.xiangzhi.rating.star.round;

import io.github.xiangzhi.core.XiangzhiStyle;
