package io.github.xiangzhi.rating.star;

import io.github.xiangzhi.core.XiangzhiException;

/**
 * Evidence that does not fit the scheme: a code the scheme does not know, a value of the wrong
 * type, a number finer than the scheme's scale or out of range, a household the hierarchy does not
 * hold. The message names the household and the code; nothing is evaluated or stored.
 */
public final class EvidenceException extends XiangzhiException {
  private static final long serialVersionUID = 1L;

  private final String household;
  private final String code;

  EvidenceException(String messageKey, String household, String code, Object... more) {
    super(messageKey, arguments(household, code, more));
    this.household = household;
    this.code = code;
  }

  private static Object[] arguments(String household, String code, Object[] more) {
    Object[] all = new Object[more.length + 2];
    all[0] = household;
    all[1] = code;
    System.arraycopy(more, 0, all, 2, more.length);
    return all;
  }

  /** The household the evidence is for: its id, or {@code #n} for a table row. */
  public String household() {
    return household;
  }

  /** The offending indicator or fact code (or household id). */
  public String code() {
    return code;
  }
}
