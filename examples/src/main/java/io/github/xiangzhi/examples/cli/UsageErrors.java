package io.github.xiangzhi.examples.cli;

import io.github.xiangzhi.core.text.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's parse errors in the reader's language, naming the option and the value: picocli's own
 * messages are English only. The kinds a user meets — an unknown option or command, an argument
 * too many, a missing option, value or argument, two options that exclude each other, an option
 * given twice, a value of the wrong type — have their own message; any other says the command
 * line is not valid (the usage printed after it shows the right one).
 */
final class UsageErrors {
  private UsageErrors() {}

  /** The lines describing {@code e}, raised for the command line {@code args}. */
  static List<String> describe(ParameterException e, String[] args, Locale locale) {
    List<String> lines = new ArrayList<>();
    if (e instanceof UnmatchedArgumentException) {
      UnmatchedArgumentException u = (UnmatchedArgumentException) e;
      List<String> unmatched = u.getUnmatched();
      CommandSpec spec = e.getCommandLine().getCommandSpec();
      if (unmatched.isEmpty()) {
        lines.add(Messages.format(locale, "cli.usage.invalid"));
      } else if (u.isUnknownOption()) {
        lines.add(Messages.format(locale, "cli.usage.unknownOption", unmatched.get(0)));
      } else if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
        lines.add(Messages.format(locale, "cli.usage.unknownCommand", unmatched.get(0)));
      } else {
        lines.add(Messages.format(locale, "cli.usage.unexpected", String.join(" ", unmatched)));
      }
      if (!u.getSuggestions().isEmpty()) {
        lines.add(Messages.format(locale, "cli.usage.didYouMean",
            String.join(", ", u.getSuggestions())));
      }
    } else if (e instanceof MissingParameterException) {
      lines.add(missing(((MissingParameterException) e).getMissing(), args, locale));
    } else if (e instanceof MutuallyExclusiveArgsException) {
      lines.add(Messages.format(locale, "cli.usage.exclusive",
          names(exclusive(e.getCommandLine().getCommandSpec(), args))));
    } else if (e instanceof OverwrittenOptionException) {
      lines.add(Messages.format(locale, "cli.usage.overwritten",
          name(((OverwrittenOptionException) e).getOverwritten())));
    } else if (e.getArgSpec() != null && e.getValue() != null
        && e.getCause() instanceof TypeConversionException) {
      lines.add(wrongValue(e.getArgSpec(), e.getValue(), locale));
    } else {
      lines.add(Messages.format(locale, "cli.usage.invalid"));
    }
    return lines;
  }

  private static String missing(List<ArgSpec> missing, String[] args, Locale locale) {
    if (missing.isEmpty()) {
      return Messages.format(locale, "cli.usage.invalid");
    }
    if (missing.size() > 1) {
      // a required group of which none was given, as (--preset ID | --profile FILE)
      return Messages.format(locale, "cli.usage.missing.oneOf", missing.stream()
          .map(a -> name(a) + (a.isOption() ? " " + a.paramLabel() : ""))
          .collect(Collectors.joining(", ")));
    }
    ArgSpec arg = missing.get(0);
    if (arg.isOption()) {
      OptionSpec option = (OptionSpec) arg;
      boolean given = isGiven(option, args);
      return Messages.format(locale, given ? "cli.usage.missing.value" : "cli.usage.missing.option",
          option.longestName(), option.paramLabel());
    }
    return Messages.format(locale, "cli.usage.missing.parameter", name(arg));
  }

  /** True when {@code args} give {@code option} by any of its names ({@code --year=}...). */
  private static boolean isGiven(OptionSpec option, String[] args) {
    return Arrays.stream(args).anyMatch(a -> Arrays.stream(option.names())
        .anyMatch(n -> a.equals(n) || a.startsWith(n + "=")));
  }

  private static String wrongValue(ArgSpec arg, String value, Locale locale) {
    Class<?> type = java.util.Collection.class.isAssignableFrom(arg.type()) || arg.type().isArray()
        ? arg.auxiliaryTypes()[0] : arg.type();
    String shown = value.length() > 40 ? value.substring(0, 37) + "..." : value;
    boolean isLong = type == long.class || type == Long.class;
    if (isLong || type == int.class || type == Integer.class) { // the CLI's whole-number options
      if (value.strip().matches("[-+]?[0-9]+")) {
        return Messages.format(locale, "cli.usage.value.range", name(arg), shown,
            String.valueOf(isLong ? Long.MIN_VALUE : Integer.MIN_VALUE),
            String.valueOf(isLong ? Long.MAX_VALUE : Integer.MAX_VALUE));
      }
      return Messages.format(locale, "cli.usage.value.integer", name(arg), shown);
    }
    if (type == Path.class || type == java.io.File.class) {
      return Messages.format(locale, "cli.usage.value.path", name(arg), shown);
    }
    return Messages.format(locale, "cli.usage.value", name(arg), shown);
  }

  /**
   * The options of the exclusive group two of which {@code args} give; all options of the
   * command's exclusive groups when none can be told.
   */
  private static List<ArgSpec> exclusive(CommandSpec spec, String[] args) {
    List<ArgSpec> all = new ArrayList<>();
    for (ArgGroupSpec group : groups(spec.argGroups())) {
      if (!group.exclusive()) {
        continue;
      }
      List<ArgSpec> given = new ArrayList<>();
      for (ArgSpec arg : group.args()) {
        all.add(arg);
        if (arg.isOption() && isGiven((OptionSpec) arg, args)) {
          given.add(arg);
        }
      }
      if (given.size() > 1) {
        return given;
      }
    }
    return all;
  }

  private static List<ArgGroupSpec> groups(List<ArgGroupSpec> groups) {
    List<ArgGroupSpec> all = new ArrayList<>();
    for (ArgGroupSpec group : groups) {
      all.add(group);
      all.addAll(groups(group.subgroups()));
    }
    return all;
  }

  /** An option by its longest name, a positional parameter by its label. */
  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec) {
      return ((OptionSpec) arg).longestName();
    }
    return ((PositionalParamSpec) arg).paramLabel();
  }

  private static String names(List<ArgSpec> args) {
    return args.stream().map(UsageErrors::name).collect(Collectors.joining(", "));
  }
}
