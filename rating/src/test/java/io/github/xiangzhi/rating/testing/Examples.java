package io.github.xiangzhi.rating.testing;

/**
 * The number of examples a property test runs: its own count, capped by the system property
 * {@code QT_EXAMPLES} when that is set.
 *
 * <p>QuickTheories reads {@code QT_EXAMPLES} only for a {@code qt()} that names no count; a test
 * that calls {@code withExamples(n)} ignores it. PIT runs every test once per mutant, so the
 * {@code mutation} profile sets {@code QT_EXAMPLES} low (docs/QUALITY.md); wrapping a count in
 * {@link #atMost} lets it apply there too. The ordinary build sets no {@code QT_EXAMPLES} and keeps
 * every test's own count.
 */
public final class Examples {
  private Examples() {
  }

  /** {@code examples}, or {@code QT_EXAMPLES} if that is set and lower. */
  public static int atMost(int examples) {
    Integer cap = Integer.getInteger("QT_EXAMPLES");
    return cap == null ? examples : Math.max(1, Math.min(examples, cap));
  }
}
