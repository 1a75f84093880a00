/**
 * 评星 — the rating module: the ten-star household engine, village targets, and in {@link
 * io.github.xiangzhi.rating.points} the points bank (积分制、道德储蓄银行). This package holds what the
 * module's parts share, such as its texts ({@link io.github.xiangzhi.rating.RatingMessages}).
 */
package io.github.xiangzhi.rating;
