package io.github.xiangzhi.grid.worklist;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.grid.body.BodyRef;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 进展报告 — a report of a task's progress: when, by which body (the lead or a partner), what was
 * done, and whether the task is {@linkplain #done() done} with it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgressReport.class)
@JsonDeserialize(as = ImmutableProgressReport.class)
public abstract class ProgressReport {

  /** The day of the report. */
  public abstract LocalDate on();

  /** The body reporting: the task's lead or one of its partners. */
  public abstract Optional<BodyRef> by();

  /** What was done. */
  public abstract Optional<String> note();

  /** True when the report says the task is done (完成). */
  @JsonProperty
  @Value.Default
  public boolean done() {
    return false;
  }

  /** A report on {@code on} by {@code by}. */
  public static ProgressReport of(LocalDate on, BodyRef by, String note, boolean done) {
    return builder().on(on).by(by).note(note).done(done).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a report. */
  public static final class Builder extends ImmutableProgressReport.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    note().ifPresent(n -> checks.check(!n.isBlank(), "/note", "core.blank", "note"));
    checks.throwIfAny();
  }
}
