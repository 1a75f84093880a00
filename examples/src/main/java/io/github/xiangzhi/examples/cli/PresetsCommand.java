package io.github.xiangzhi.examples.cli;

import io.github.xiangzhi.examples.preset.Preset;
import io.github.xiangzhi.examples.preset.Presets;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code xiangzhi presets}: one line per preset — its id, then place and model. */
@Command(name = "presets", mixinStandardHelpOptions = true)
final class PresetsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (Preset preset : Presets.all()) {
      out.println(preset.id() + "\t" + preset.place() + "\t" + preset.model());
    }
    return XiangzhiCommand.OK;
  }
}
