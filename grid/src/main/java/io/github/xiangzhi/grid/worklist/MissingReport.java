package io.github.xiangzhi.grid.worklist;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * 缺报 — a reporting period of a task that ended without a progress report: the task's whole
 * period, or one month or quarter of it when its list asks for reports that often.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMissingReport.class)
@JsonDeserialize(as = ImmutableMissingReport.class)
public abstract class MissingReport {

  /** The task's number. */
  @Value.Parameter
  public abstract int task();

  /** The first day of the reporting period. */
  @Value.Parameter
  public abstract LocalDate from();

  /** The last day of the reporting period. */
  @Value.Parameter
  public abstract LocalDate until();

  /** Task {@code task} unreported from {@code from} to {@code until}. */
  public static MissingReport of(int task, LocalDate from, LocalDate until) {
    return ImmutableMissingReport.of(task, from, until);
  }
}
