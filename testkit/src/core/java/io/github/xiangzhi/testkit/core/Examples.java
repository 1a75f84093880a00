package io.github.xiangzhi.testkit.core;

/**
 * How many examples a QuickTheories property tries. The ordinary build tries the count a test
 * asks for; a mutation run (the {@code mutation} profile, docs/QUALITY.md) runs every test once
 * per mutant and caps the count with {@code -Dxiangzhi.examples.max=N}, so that a package's run
 * takes minutes rather than hours. QuickTheories' own {@code QT_EXAMPLES} cannot do this: a
 * test's {@code withExamples(n)} overrides it.
 */
public final class Examples {
  private Examples() {}

  /** The system property that caps the count. */
  public static final String MAX = "xiangzhi.examples.max";

  /** {@code wanted}, or the cap set with {@value #MAX} if that is smaller. */
  public static int of(int wanted) {
    Integer max = Integer.getInteger(MAX);
    return max == null || max <= 0 ? wanted : Math.min(wanted, max);
  }
}
