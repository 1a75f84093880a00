package io.github.xiangzhi.mediation.matter;

import io.github.xiangzhi.core.id.MatterId;

/** An event or a query for a matter the docket does not hold. Nothing has changed. */
public final class UnknownMatterException extends MatterException {
  private static final long serialVersionUID = 1L;

  UnknownMatterException(MatterId matter) {
    super(matter, "mediation.matter.unknown");
  }
}
