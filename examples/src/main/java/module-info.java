/**
 * 示例 — the five source systems as presets, the {@code xiangzhi} command line and the
 * policy-threshold simulator.
 */
module io.github.xiangzhi.examples {
  requires io.github.xiangzhi.core;
  requires io.github.xiangzhi.grid;
  requires io.github.xiangzhi.rating;
  requires io.github.xiangzhi.mediation;
  requires io.github.xiangzhi.patrol;
  requires info.picocli;
  requires com.fasterxml.jackson.dataformat.csv;
  requires java.desktop;
  requires xchart;
  requires me.tongfei.progressbar;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.xiangzhi.examples.cli;
  exports io.github.xiangzhi.examples.sim;

  opens io.github.xiangzhi.examples.cli to info.picocli;
  opens io.github.xiangzhi.examples.sim to com.fasterxml.jackson.databind;

  provides io.github.xiangzhi.core.text.MessageBundleProvider with
      io.github.xiangzhi.examples.cli.CliMessages;
  provides io.github.xiangzhi.core.profile.ProfileSectionType with
      io.github.xiangzhi.examples.sim.SimulationSectionType;
}
