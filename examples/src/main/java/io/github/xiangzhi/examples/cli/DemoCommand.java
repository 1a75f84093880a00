package io.github.xiangzhi.examples.cli;

import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.core.profile.ProfileSectionType;
import io.github.xiangzhi.core.text.Messages;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code xiangzhi demo}: loads every built-in profile section through the same loader a county
 * uses, and prints what it loaded.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

  @ParentCommand XiangzhiCommand parent;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Locale locale = parent.locale;
    PrintWriter out = spec.commandLine().getOut();
    ProfileLoader loader = ProfileLoader.standard();
    out.println(Messages.format(locale, "cli.demo.title"));
    out.println(Messages.format(locale, "cli.demo.sections", loader.sectionTypes().size()));
    int presets = 0;
    for (ProfileSectionType<?> type : loader.sectionTypes()) {
      for (Map.Entry<String, String> preset : type.presets().entrySet()) {
        String document = "profile: {id: demo, name: 演示}\n" + type.name() + ":\n"
            + preset.getValue().indent(2);
        CountyProfile profile = loader.parse(document, type.name() + "/" + preset.getKey());
        out.println("  " + type.name() + "/" + preset.getKey() + ": "
            + summary(type, profile.section(type.name()).orElseThrow(), locale));
        presets++;
      }
    }
    out.println(Messages.format(locale, "cli.demo.done", presets));
    return XiangzhiCommand.OK;
  }

  private static <T> String summary(ProfileSectionType<T> type, Object value, Locale locale) {
    return type.summary(type.type().cast(value), locale);
  }
}
