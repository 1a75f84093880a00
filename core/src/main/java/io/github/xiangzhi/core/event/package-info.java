/**
 * 行为事件 — what a household did, as other modules report it: a volunteer patrol shift, help in a
 * mediation, an entry on the red list. The points bank turns such events into postings through
 * its earning rules; the modules that emit them and the bank that consumes them know only this
 * package, never each other.
 */
@XiangzhiStyle
package io.github.xiangzhi.core.event;

import io.github.xiangzhi.core.XiangzhiStyle;
