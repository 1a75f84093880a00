/**
 * 积分银行 — the points bank (积分制、道德储蓄银行, R-PTS-1 and R-PTS-2): a double-entry ledger of
 * moral points with a passbook (积分存折) per household, issuing pools per village or town, the
 * points supermarket (积分超市), and the ledger's own expiry and reversal accounts.
 *
 * <p>Start from {@link io.github.xiangzhi.rating.points.PointsLedger}; the county's rules are the
 * profile section {@code points}, a {@link io.github.xiangzhi.rating.points.PointsPolicy}; records
 * are kept durable by a {@link io.github.xiangzhi.rating.points.LedgerStore}, such as the journal
 * file of {@link io.github.xiangzhi.rating.points.LedgerStore#journal(java.nio.file.Path)}.
 */
@XiangzhiStyle
package io.github.xiangzhi.rating.points;

import io.github.xiangzhi.core.XiangzhiStyle;
