package io.github.xiangzhi.testkit.conformance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.text.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * 检查结果 — the outcome of one {@link ConformanceCheck}: passed, failed with the reasons, or
 * skipped because the profile lacks the section the check needs. This class is immutable and
 * thread-safe.
 */
public final class ConformanceResult {

  /** How a check came out. */
  public enum Outcome {
    /** The check holds. */
    PASSED,
    /** The check fails: the profile does not conform. */
    FAILED,
    /** The check does not apply: the profile lacks a section it needs. */
    SKIPPED
  }

  private final ConformanceCheck check;
  private final Outcome outcome;
  private final ImmutableList<Reason> reasons;

  /** One reason: a message key of the testkit's bundle and its arguments. */
  public record Reason(String key, List<Object> arguments) {
    /** The reason in {@code locale}'s language. */
    public String text(Locale locale) {
      return Messages.format(locale, key, arguments.toArray());
    }
  }

  private ConformanceResult(ConformanceCheck check, Outcome outcome, List<Reason> reasons) {
    this.check = checkNotNull(check, "check");
    this.outcome = checkNotNull(outcome, "outcome");
    this.reasons = ImmutableList.copyOf(reasons);
  }

  static ConformanceResult passed(ConformanceCheck check) {
    return new ConformanceResult(check, Outcome.PASSED, List.of());
  }

  static ConformanceResult failed(ConformanceCheck check, List<Reason> reasons) {
    return new ConformanceResult(check, Outcome.FAILED, reasons);
  }

  static ConformanceResult skipped(ConformanceCheck check, Reason reason) {
    return new ConformanceResult(check, Outcome.SKIPPED, List.of(reason));
  }

  /** The check. */
  public ConformanceCheck check() {
    return check;
  }

  /** How it came out. */
  public Outcome outcome() {
    return outcome;
  }

  /** Why it failed or was skipped; empty when it passed. */
  public List<Reason> reasons() {
    return reasons;
  }

  /** True when the check failed. */
  public boolean failed() {
    return outcome == Outcome.FAILED;
  }

  /** The check, its outcome and every reason on its own line, in {@code locale}'s language. */
  public String text(Locale locale) {
    StringBuilder out = new StringBuilder(Messages.format(locale,
        "testkit.result." + outcome.name(), check.text(locale)));
    for (Reason reason : reasons) {
      out.append('\n').append("  - ").append(reason.text(locale));
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConformanceResult && ((ConformanceResult) o).check == check
        && ((ConformanceResult) o).outcome == outcome
        && ((ConformanceResult) o).reasons.equals(reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(check, outcome, reasons);
  }

  @Override
  public String toString() {
    return text(Locale.ROOT);
  }
}
