package io.github.xiangzhi.mediation.deliberation;

import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.mediation.matter.MatterException;

/**
 * A deliberation step that the procedure does not allow now (R-MED-6): a step skipped or
 * repeated, a step after the last, a meeting step before the meeting, a matter with no procedure.
 * Names the matter, the procedure and the step; nothing has changed.
 */
public final class DeliberationException extends MatterException {
  private static final long serialVersionUID = 1L;

  /** An error about {@code matter}'s deliberation; the key's first argument is the matter id. */
  public DeliberationException(MatterId matter, String messageKey, Object... arguments) {
    super(matter, messageKey, arguments);
  }
}
