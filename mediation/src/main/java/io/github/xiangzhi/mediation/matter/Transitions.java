package io.github.xiangzhi.mediation.matter;

import static io.github.xiangzhi.mediation.matter.EventType.ARCHIVE;
import static io.github.xiangzhi.mediation.matter.EventType.ASSIGN;
import static io.github.xiangzhi.mediation.matter.EventType.ESCALATE;
import static io.github.xiangzhi.mediation.matter.EventType.FILE;
import static io.github.xiangzhi.mediation.matter.EventType.INVESTIGATE;
import static io.github.xiangzhi.mediation.matter.EventType.MARK_DUPLICATE;
import static io.github.xiangzhi.mediation.matter.EventType.REOPEN;
import static io.github.xiangzhi.mediation.matter.EventType.RESOLVE;
import static io.github.xiangzhi.mediation.matter.EventType.STEP;
import static io.github.xiangzhi.mediation.matter.EventType.WITHDRAW;

import java.util.Optional;

/**
 * 闭环 — the closed loop of a matter (R-MED-4) as a transition table: which event each state
 * allows and the state it leads to. The main path is
 *
 * <pre>
 * REPORTED --FILE--> FILED --ASSIGN--> ASSIGNED --INVESTIGATE--> INVESTIGATING
 *          --RESOLVE--> RESOLVED --ARCHIVE--> ARCHIVED
 * </pre>
 *
 * <p>so no step is skipped; besides it, ESCALATE (from FILED, ASSIGNED, INVESTIGATING, ESCALATED and
 * REOPENED) leads to ESCALATED, which a new ASSIGN at the higher tier leaves; REOPEN (from
 * RESOLVED, before archiving) leads to REOPENED, left by ASSIGN or ESCALATE; WITHDRAW (from any
 * open state) leads to WITHDRAWN; MARK_DUPLICATE (from REPORTED and FILED) leads to DUPLICATE;
 * WITHDRAWN and DUPLICATE are archived like resolved matters; ASSIGN in ASSIGNED hands the matter
 * to another handler; STEP (in ASSIGNED and INVESTIGATING) records a deliberation step without
 * changing the state. ARCHIVED allows nothing. REPORT only opens a matter.
 *
 * <p>Performance notes: a lookup is one array read.
 */
public final class Transitions {
  private Transitions() {}

  private static final MatterState[][] NEXT = table();

  private static MatterState[][] table() {
    MatterState[][] t = new MatterState[MatterState.values().length][EventType.values().length];
    put(t, MatterState.REPORTED, FILE, MatterState.FILED);
    put(t, MatterState.REPORTED, WITHDRAW, MatterState.WITHDRAWN);
    put(t, MatterState.REPORTED, MARK_DUPLICATE, MatterState.DUPLICATE);

    put(t, MatterState.FILED, ASSIGN, MatterState.ASSIGNED);
    put(t, MatterState.FILED, ESCALATE, MatterState.ESCALATED);
    put(t, MatterState.FILED, WITHDRAW, MatterState.WITHDRAWN);
    put(t, MatterState.FILED, MARK_DUPLICATE, MatterState.DUPLICATE);

    put(t, MatterState.ASSIGNED, ASSIGN, MatterState.ASSIGNED);
    put(t, MatterState.ASSIGNED, INVESTIGATE, MatterState.INVESTIGATING);
    put(t, MatterState.ASSIGNED, STEP, MatterState.ASSIGNED);
    put(t, MatterState.ASSIGNED, ESCALATE, MatterState.ESCALATED);
    put(t, MatterState.ASSIGNED, WITHDRAW, MatterState.WITHDRAWN);

    put(t, MatterState.INVESTIGATING, STEP, MatterState.INVESTIGATING);
    put(t, MatterState.INVESTIGATING, RESOLVE, MatterState.RESOLVED);
    put(t, MatterState.INVESTIGATING, ESCALATE, MatterState.ESCALATED);
    put(t, MatterState.INVESTIGATING, WITHDRAW, MatterState.WITHDRAWN);

    put(t, MatterState.ESCALATED, ASSIGN, MatterState.ASSIGNED);
    put(t, MatterState.ESCALATED, ESCALATE, MatterState.ESCALATED);
    put(t, MatterState.ESCALATED, WITHDRAW, MatterState.WITHDRAWN);

    put(t, MatterState.REOPENED, ASSIGN, MatterState.ASSIGNED);
    put(t, MatterState.REOPENED, ESCALATE, MatterState.ESCALATED);
    put(t, MatterState.REOPENED, WITHDRAW, MatterState.WITHDRAWN);

    put(t, MatterState.RESOLVED, ARCHIVE, MatterState.ARCHIVED);
    put(t, MatterState.RESOLVED, REOPEN, MatterState.REOPENED);

    put(t, MatterState.WITHDRAWN, ARCHIVE, MatterState.ARCHIVED);
    put(t, MatterState.DUPLICATE, ARCHIVE, MatterState.ARCHIVED);
    return t;
  }

  private static void put(MatterState[][] t, MatterState from, EventType event, MatterState to) {
    t[from.ordinal()][event.ordinal()] = to;
  }

  /** The state {@code event} leads to from {@code from}; empty when the event is not allowed. */
  public static Optional<MatterState> next(MatterState from, EventType event) {
    return Optional.ofNullable(nextOrNull(from, event));
  }

  /** True when {@code event} is allowed in state {@code from}. */
  public static boolean allows(MatterState from, EventType event) {
    return nextOrNull(from, event) != null;
  }

  static MatterState nextOrNull(MatterState from, EventType event) {
    return NEXT[from.ordinal()][event.ordinal()];
  }
}
