package io.github.xiangzhi.examples.cli;

import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.examples.preset.Preset;
import io.github.xiangzhi.examples.preset.Presets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code xiangzhi export-preset ID}: the preset's YAML, comments and all, on standard output. */
@Command(name = "export-preset", mixinStandardHelpOptions = true)
final class ExportPresetCommand implements Callable<Integer> {

  @ParentCommand XiangzhiCommand parent;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", descriptionKey = "presetId")
  String id;

  @Override
  public Integer call() {
    Optional<Preset> preset = Presets.find(id);
    if (preset.isEmpty()) {
      spec.commandLine().getErr().println(
          Messages.format(parent.locale, "cli.preset.unknown", id, Presets.ids()));
      return XiangzhiCommand.USAGE_OR_IO;
    }
    spec.commandLine().getOut().print(preset.get().yaml());
    return XiangzhiCommand.OK;
  }
}
