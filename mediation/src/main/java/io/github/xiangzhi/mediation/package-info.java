/**
 * 调解 — mediation (R-MED-1 to R-MED-7): the profile section {@code mediation} ({@link
 * io.github.xiangzhi.mediation.MediationPolicy}, registered by {@link
 * io.github.xiangzhi.mediation.MediationSection}) and the module's texts.
 *
 * <p>The subpackages hold the escalation ladder ({@code ladder}), three-way triage and the
 * legal-aid dual track ({@code triage}), deliberation procedures ({@code deliberation}), matters
 * and their closed loop ({@code matter}), deadlines and the escalation scheduler ({@code
 * deadline}) and outcome metrics ({@code metrics}).
 */
@XiangzhiStyle
package io.github.xiangzhi.mediation;

import io.github.xiangzhi.core.XiangzhiStyle;
