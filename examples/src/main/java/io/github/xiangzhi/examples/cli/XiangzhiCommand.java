package io.github.xiangzhi.examples.cli;

import io.github.xiangzhi.core.LocalizedMessage;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.text.Messages;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code xiangzhi} — the command line. Exit codes: 0 success, 1 invalid input, 2 usage or I/O
 * error. No stack trace reaches the user unless {@code --debug} is given. Texts are Chinese for a
 * Chinese locale ({@code --lang zh} or the system's), English otherwise.
 */
@Command(
    name = "xiangzhi",
    mixinStandardHelpOptions = true,
    version = "xiangzhi 0.1.0",
    subcommands = {PresetsCommand.class, ExportPresetCommand.class, ValidateCommand.class,
        SchemaCommand.class, TargetsCommand.class, DemoCommand.class, SimulateCommand.class})
public final class XiangzhiCommand implements Callable<Integer> {

  /** Success. */
  public static final int OK = 0;
  /** The input (a profile, a CSV) is invalid. */
  public static final int INVALID_INPUT = 1;
  /** Wrong usage, or a file could not be read or written. */
  public static final int USAGE_OR_IO = 2;

  /** Read by {@link #localeOf} before parsing; accepted after a subcommand too. */
  @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang",
      scope = CommandLine.ScopeType.INHERIT)
  String lang;

  @Option(names = "--debug", descriptionKey = "debug", scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  Locale locale = Locale.getDefault();

  /** What {@code -} reads. */
  java.io.InputStream stdin = System.in;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.in, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with {@code args}, writing to {@code out} and {@code err}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, java.io.InputStream.nullInputStream(), out, err);
  }

  /**
   * Runs the command line with {@code args}, reading {@code -} from {@code in}, writing to
   * {@code out} and {@code err}.
   */
  public static int run(String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err) {
    Locale locale = localeOf(args);
    XiangzhiCommand top = new XiangzhiCommand();
    top.locale = locale;
    top.stdin = in;
    CommandLine cli = new CommandLine(top);
    cli.setResourceBundle(CliMessages.help(locale));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> USAGE_OR_IO);
    cli.setParameterExceptionHandler((e, given) -> {
      UsageErrors.describe(e, given, locale).forEach(err::println);
      if (top.debug) {
        e.printStackTrace(err);
      }
      e.getCommandLine().usage(err);
      return USAGE_OR_IO;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
      int code = INVALID_INPUT;
      if (e instanceof ProfileException) {
        err.print(((ProfileException) e).report(locale));
      } else if (e instanceof InvalidInputException) {
        ((InvalidInputException) e).lines().forEach(err::println);
      } else if (e instanceof UsageException) {
        err.println(((UsageException) e).message(locale));
        code = USAGE_OR_IO;
      } else if (e instanceof LocalizedMessage) {
        err.println(((LocalizedMessage) e).message(locale));
      } else if (e instanceof FileProblem) {
        err.println(((FileProblem) e).message(locale));
        code = USAGE_OR_IO;
      } else if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
        err.println(FileProblem.describe(locale, null, FileProblem.Access.EITHER, e));
        code = USAGE_OR_IO;
      } else {
        err.println(Messages.format(locale, "cli.error.unexpected",
            e.getClass().getSimpleName() + ": " + e.getMessage()));
        code = USAGE_OR_IO;
      }
      if (top.debug) {
        e.printStackTrace(err);
      }
      return code;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The locale {@code --lang} names (zh, zh-CN, en), or the system's. */
  static Locale localeOf(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null) {
        return Locale.forLanguageTag(value);
      }
    }
    return Locale.getDefault();
  }

  @Spec CommandSpec spec;

  /** Without a subcommand: the usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return OK;
  }
}
