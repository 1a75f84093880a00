/**
 * Typed identifiers — {@link io.github.xiangzhi.core.id.HouseholdId}, {@link
 * io.github.xiangzhi.core.id.PersonId}, {@link io.github.xiangzhi.core.id.UnitId} — and their
 * base {@link io.github.xiangzhi.core.id.Identifier}, which modules extend for their own ids.
 */
package io.github.xiangzhi.core.id;
