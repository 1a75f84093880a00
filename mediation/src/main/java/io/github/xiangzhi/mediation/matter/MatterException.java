package io.github.xiangzhi.mediation.matter;

import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.mediation.MediationException;

/**
 * A command on a matter that its data does not allow — a second matter with the same id or
 * source, a party who is not one, an escalation from the top tier, a deliberation step out of
 * order — naming the matter and the offending value. Nothing has changed.
 */
public class MatterException extends MediationException {
  private static final long serialVersionUID = 1L;

  private final MatterId matter;

  /** An error about {@code matter}; the message key's first argument is the matter id. */
  public MatterException(MatterId matter, String messageKey, Object... arguments) {
    super(messageKey, prepend(matter, arguments));
    this.matter = matter;
  }

  private static Object[] prepend(MatterId matter, Object[] arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = matter;
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return all;
  }

  /** The matter concerned. */
  public MatterId matter() {
    return matter;
  }
}
