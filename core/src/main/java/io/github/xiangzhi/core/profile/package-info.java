/**
 * 县域配置 — the county profile (R-CORE-6): one YAML or JSON document with a section per module,
 * loaded by {@link io.github.xiangzhi.core.profile.ProfileLoader} into a {@link
 * io.github.xiangzhi.core.profile.CountyProfile} or rejected with a {@link
 * io.github.xiangzhi.core.profile.ProfileException} naming every problem. Modules contribute
 * sections through the {@link io.github.xiangzhi.core.profile.ProfileSectionType} SPI.
 */
@XiangzhiStyle
package io.github.xiangzhi.core.profile;

import io.github.xiangzhi.core.XiangzhiStyle;
