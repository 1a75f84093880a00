package io.github.xiangzhi.mediation.matter;

import io.github.xiangzhi.core.id.MatterId;

/**
 * An event the matter's state does not allow (R-MED-4): a step of the closed loop skipped or
 * repeated, anything after archiving. Names the matter, its state and the event; nothing has
 * changed.
 */
public final class IllegalTransitionException extends MatterException {
  private static final long serialVersionUID = 1L;

  private final MatterState state;
  private final EventType event;

  IllegalTransitionException(MatterId matter, MatterState state, EventType event) {
    super(matter, "mediation.transition.illegal", state, event);
    this.state = state;
    this.event = event;
  }

  /** The state the matter is in. */
  public MatterState state() {
    return state;
  }

  /** The event it does not allow. */
  public EventType event() {
    return event;
  }
}
