/**
 * 特殊群体 — special groups (R-CORE-4): configurable categories, each with a sensitivity class,
 * and memberships that are withheld from every serialised form unless a {@link
 * io.github.xiangzhi.core.privacy.Disclosure} allows them.
 */
@XiangzhiStyle
package io.github.xiangzhi.core.group;

import io.github.xiangzhi.core.XiangzhiStyle;
