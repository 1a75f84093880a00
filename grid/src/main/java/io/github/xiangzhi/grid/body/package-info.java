/**
 * 机构 — the governance bodies (治理主体) as profile data: township offices and centres (平安办,
 * 党群办 with its desks, 司法所, 农服中心…), village bodies (村"两委", the councils of 一约五会, the
 * villagers' reasoning hall 村民评理所, the village mediation committee, the group-level councils
 * 组级理事会, the supervisory committee 村务监督委员会) and outside bodies (派出所, 区法院, 法律援助中心),
 * each attached to a unit, with staff as members. Work lists, mediation tiers, rating rounds,
 * patrol teams and special-group categories name them by code ({@link
 * io.github.xiangzhi.grid.body.BodyRef}).
 */
@XiangzhiStyle
package io.github.xiangzhi.grid.body;

import io.github.xiangzhi.core.XiangzhiStyle;
