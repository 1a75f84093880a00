package io.github.xiangzhi.testkit.core;

/**
 * How many examples a QuickTheories property tries: the count a test asks for, capped by the
 * system property {@code QT_EXAMPLES} when that is set and lower.
 *
 * <p>QuickTheories reads {@code QT_EXAMPLES} itself only for a {@code qt()} that names no count;
 * a test's {@code withExamples(n)} overrides it. PIT runs every test once per mutant, so the
 * {@code mutation} profile sets {@code QT_EXAMPLES} low (root pom, {@code mutation.examples};
 * docs/QUALITY.md), and wrapping a count in {@link #of} lets the cap apply there too. The ordinary
 * build sets no {@code QT_EXAMPLES} and keeps every test's own count.
 */
public final class Examples {
  private Examples() {}

  /** The system property that caps the count, QuickTheories' own. */
  public static final String MAX = "QT_EXAMPLES";

  /** {@code wanted}, or the cap set with {@value #MAX} if that is smaller (at least 1). */
  public static int of(int wanted) {
    Integer max = Integer.getInteger(MAX);
    return max == null || max <= 0 ? wanted : Math.max(1, Math.min(wanted, max));
  }
}
