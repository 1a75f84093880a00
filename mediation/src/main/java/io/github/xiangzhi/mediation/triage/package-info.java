/**
 * 三事分流 — three-way triage (R-MED-5) into 民事, 村事 and 政事 with their routes, and the
 * legal-aid dual track (R-MED-3), both as profile data.
 */
@XiangzhiStyle
package io.github.xiangzhi.mediation.triage;

import io.github.xiangzhi.core.XiangzhiStyle;
