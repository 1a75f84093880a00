package io.github.xiangzhi.examples.cli;

import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.examples.demo.GovernanceYear;
import io.github.xiangzhi.examples.demo.SecretaryReport;
import io.github.xiangzhi.examples.demo.SyntheticTown;
import io.github.xiangzhi.examples.preset.Preset;
import io.github.xiangzhi.examples.preset.Presets;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code xiangzhi demo [ID]}: grows a synthetic town for the preset (default {@code anlan}) from a
 * seed and runs one governance year across every module — patrols planned and audited, matters
 * handled and escalated by deadline, red and black lists, points earned and redeemed, the rating
 * round with its votes and public notice, the star adjustments and the village targets — then
 * prints the report a township secretary would read.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

  @ParentCommand XiangzhiCommand parent;
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ID", defaultValue = "anlan",
      descriptionKey = "demoPreset")
  String preset;

  @Option(names = "--seed", defaultValue = "20241231", descriptionKey = "seed")
  long seed;

  @Option(names = "--year", defaultValue = "2024", descriptionKey = "year")
  int year;

  @Option(names = "--villages", defaultValue = "5", descriptionKey = "villages")
  int villages;

  @Option(names = "--households", defaultValue = "12", descriptionKey = "householdsPerLeaf")
  int householdsPerLeaf;

  @Override
  public Integer call() {
    Locale locale = parent.locale;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    java.util.Optional<Preset> found = Presets.find(preset);
    if (found.isEmpty()) {
      err.println(Messages.format(locale, "cli.preset.unknown", preset, Presets.ids()));
      return XiangzhiCommand.USAGE_OR_IO;
    }
    if (villages < 1 || villages > 200 || householdsPerLeaf < 1 || householdsPerLeaf > 500) {
      err.println(Messages.format(locale, "cli.demo.size", villages, householdsPerLeaf));
      return XiangzhiCommand.USAGE_OR_IO;
    }
    Preset chosen = found.get();
    CountyProfile profile = chosen.load(ProfileLoader.standard());
    SyntheticTown town = SyntheticTown.grow(profile, seed, villages, 3, householdsPerLeaf);
    GovernanceYear governance = GovernanceYear.run(profile, town, GovernancePeriod.ofYear(year),
        seed);
    for (String line : SecretaryReport.lines(governance, locale)) {
      out.println(line);
    }
    out.println();
    out.println(Messages.format(locale, "cli.demo.footer", chosen.id(), seed));
    return XiangzhiCommand.OK;
  }
}
