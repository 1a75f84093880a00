package io.github.xiangzhi.testkit.conformance;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.text.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 一致性报告 — the results of every {@link ConformanceCheck} on one profile. This class is
 * immutable and thread-safe.
 */
public final class ConformanceReport {
  private final String source;
  private final ImmutableList<ConformanceResult> results;

  ConformanceReport(String source, List<ConformanceResult> results) {
    this.source = source;
    this.results = ImmutableList.copyOf(results);
  }

  /** The profile's source, as messages name it. */
  public String source() {
    return source;
  }

  /** Every check's result, in the order of {@link ConformanceCheck}. */
  public List<ConformanceResult> results() {
    return results;
  }

  /** The result of {@code check}. */
  public ConformanceResult result(ConformanceCheck check) {
    return results.stream().filter(r -> r.check() == check).findFirst().orElseThrow();
  }

  /** The failed checks. */
  public List<ConformanceResult> failures() {
    return results.stream().filter(ConformanceResult::failed).collect(Collectors.toList());
  }

  /** True when no check failed (skipped checks do not count against the profile). */
  public boolean isConforming() {
    return failures().isEmpty();
  }

  /** The first failure, if any. */
  public Optional<ConformanceResult> firstFailure() {
    return failures().stream().findFirst();
  }

  /** A heading and every result with its reasons, in {@code locale}'s language. */
  public String text(Locale locale) {
    StringBuilder out = new StringBuilder(Messages.format(locale, "testkit.report.heading",
        source, failures().size(), results.size()));
    for (ConformanceResult r : results) {
      out.append('\n').append(r.text(locale));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return text(Locale.ROOT);
  }
}
