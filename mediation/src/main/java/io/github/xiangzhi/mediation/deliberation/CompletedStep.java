package io.github.xiangzhi.mediation.deliberation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * 已完成步骤 — a step of a deliberation done, and when.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompletedStep.class)
@JsonDeserialize(as = ImmutableCompletedStep.class)
public abstract class CompletedStep {

  /** The step's code. */
  @Value.Parameter
  public abstract String step();

  /** When it was done. */
  @Value.Parameter
  public abstract Instant at();

  /** Step {@code step} done at {@code at}. */
  public static CompletedStep of(String step, Instant at) {
    return ImmutableCompletedStep.of(step, at);
  }
}
