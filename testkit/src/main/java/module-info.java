/**
 * 测试工具 — what a test suite needs to test with Xiangzhi: QuickTheories generators for every
 * domain type (one package per layer, a facade of static factories in the root package), AssertJ
 * assertions for the main results, and the conformance suite a county runs against its own
 * profile.
 */
module io.github.xiangzhi.testkit {
  requires transitive io.github.xiangzhi.core;
  requires transitive io.github.xiangzhi.grid;
  requires transitive io.github.xiangzhi.rating;
  requires transitive io.github.xiangzhi.mediation;
  requires transitive io.github.xiangzhi.patrol;
  requires transitive quicktheories;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;

  exports io.github.xiangzhi.testkit;
  exports io.github.xiangzhi.testkit.assertions;
  exports io.github.xiangzhi.testkit.conformance;
  exports io.github.xiangzhi.testkit.core;
  exports io.github.xiangzhi.testkit.grid;
  exports io.github.xiangzhi.testkit.rating;
  exports io.github.xiangzhi.testkit.mediation;
  exports io.github.xiangzhi.testkit.patrol;

  opens io.github.xiangzhi.testkit.conformance to org.junit.platform.commons;

  provides io.github.xiangzhi.core.text.MessageBundleProvider with
      io.github.xiangzhi.testkit.TestkitMessages;
}
