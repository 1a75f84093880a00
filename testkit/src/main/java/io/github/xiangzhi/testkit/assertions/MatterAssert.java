package io.github.xiangzhi.testkit.assertions;

import io.github.xiangzhi.mediation.matter.Matter;
import io.github.xiangzhi.mediation.matter.MatterState;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on a {@link Matter} (矛盾纠纷事项). */
public final class MatterAssert extends AbstractObjectAssert<MatterAssert, Matter> {

  MatterAssert(Matter actual) {
    super(actual, MatterAssert.class);
  }

  /** The matter is in {@code state}. */
  public MatterAssert isIn(MatterState state) {
    isNotNull();
    if (actual.state() != state) {
      failWithMessage("Expected matter %s to be %s but it is %s; history: %s", actual.id(), state,
          actual.state(), actual.history());
    }
    return this;
  }

  /** The matter is at tier {@code tier}. */
  public MatterAssert isAtTier(String tier) {
    isNotNull();
    if (!actual.tier().equals(Optional.of(tier))) {
      failWithMessage("Expected matter %s at tier %s but it is at %s", actual.id(), tier,
          actual.tier().orElse("no tier"));
    }
    return this;
  }

  /** The matter was escalated exactly {@code times} times. */
  public MatterAssert hasEscalations(int times) {
    isNotNull();
    if (actual.escalations() != times) {
      failWithMessage("Expected matter %s escalated %s times but it was %s times", actual.id(),
          times, actual.escalations());
    }
    return this;
  }

  /** The matter missed a deadline. */
  public MatterAssert missedDeadline() {
    isNotNull();
    if (!actual.missedDeadline()) {
      failWithMessage("Expected matter %s to have missed a deadline", actual.id());
    }
    return this;
  }
}
