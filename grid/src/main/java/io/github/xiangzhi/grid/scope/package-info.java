/**
 * 权限范围 — scoped access (R-GRID-7): whoever is assigned to a unit sees that unit's subtree and
 * nothing else, with separate data-capture and data-view scopes as DHIS2 keeps them, and
 * special-group data only with core's {@link io.github.xiangzhi.core.privacy.Disclosure} on top.
 */
@XiangzhiStyle
package io.github.xiangzhi.grid.scope;

import io.github.xiangzhi.core.XiangzhiStyle;
