/**
 * 公开与承诺 — transparency and pledges beside deliberation: 一晒一督 (002: party, village and
 * financial affairs posted — what, when, where, for how long — and the supervision reviews of the
 * village affairs supervisory committee, with the report of items due and not posted), the
 * small-power list 小微权力清单 (002: each small power with its procedure steps and the body that
 * exercises it; a matter of that kind walks its steps like a deliberation), and pledges 提诺·亮诺·践诺
 * (004: a cadre's or member's public pledge with its due date and fulfilment, rolled up per unit).
 */
@XiangzhiStyle
package io.github.xiangzhi.mediation.transparency;

import io.github.xiangzhi.core.XiangzhiStyle;
