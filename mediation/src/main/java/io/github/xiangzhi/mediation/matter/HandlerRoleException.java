package io.github.xiangzhi.mediation.matter;

import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import java.util.Set;

/**
 * A handler who holds none of the roles of the tier the matter is at (R-MED-1): a grid worker
 * cannot take a matter at the town's mediation committee. Nothing has changed.
 */
public final class HandlerRoleException extends MatterException {
  private static final long serialVersionUID = 1L;

  private final PersonId handler;
  private final String tier;
  private final ImmutableSet<String> required;

  HandlerRoleException(MatterId matter, PersonId handler, String tier, Set<String> required) {
    super(matter, "mediation.handler.role", handler, tier, required);
    this.handler = handler;
    this.tier = tier;
    this.required = ImmutableSet.copyOf(required);
  }

  /** The handler refused. */
  public PersonId handler() {
    return handler;
  }

  /** The tier the matter is at. */
  public String tier() {
    return tier;
  }

  /** The role codes the tier accepts. */
  public Set<String> required() {
    return required;
  }
}
