package io.github.xiangzhi.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.XiangzhiException;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.examples.preset.Preset;
import io.github.xiangzhi.examples.preset.Presets;
import io.github.xiangzhi.examples.sim.AttainmentChart;
import io.github.xiangzhi.examples.sim.ProfileOverrides;
import io.github.xiangzhi.examples.sim.Simulation;
import io.github.xiangzhi.examples.sim.SimulationResult;
import io.github.xiangzhi.examples.sim.SimulationSettings;
import io.github.xiangzhi.examples.sim.SimulationSize;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code xiangzhi simulate (--preset ID | --profile FILE) --households N --years Y --runs R --seed
 * S [--villages V] [--set path=value ...] [--threads T] [--chart svg|png] --out DIR}: the
 * policy-threshold simulator ({@link Simulation}). Writes {@code runs.csv}, {@code summary.csv}
 * ({@link SimulationResult}) and {@code chart.svg} or {@code chart.png} ({@link AttainmentChart})
 * into DIR, and one line with the household-years simulated per second on standard output; a
 * progress bar on standard error when it is a terminal.
 *
 * <p>A profile without a {@code rating} section is simulated under the rating preset {@code
 * CHANGZHI}, as standard error says. Exit codes: 0 done; 1 the profile (with the {@code --set}
 * changes) is invalid, or a {@code --set} is malformed or names a path the profile does not
 * have; 2 wrong usage — a missing or out-of-range option, an unknown preset — or a file that
 * cannot be read or written.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false)
final class SimulateCommand implements Callable<Integer> {

  /** The most households of one simulation on one machine. */
  static final long MAX_HOUSEHOLDS = 2_000_000_000L;
  /** The most threads. */
  static final int MAX_THREADS = 1024;
  /** The rating preset used when the profile has no rating section. */
  static final String FALLBACK_RATING = "CHANGZHI";

  @ParentCommand XiangzhiCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--preset", paramLabel = "ID", descriptionKey = "preset")
  String preset;

  @Option(names = "--profile", paramLabel = "FILE", descriptionKey = "profile")
  String profile;

  @Option(names = "--households", paramLabel = "N", descriptionKey = "households")
  String households;

  @Option(names = "--villages", paramLabel = "V", descriptionKey = "villages")
  String villages;

  @Option(names = "--years", paramLabel = "Y", descriptionKey = "years")
  String years;

  @Option(names = "--runs", paramLabel = "R", descriptionKey = "runs")
  String runs;

  @Option(names = "--seed", paramLabel = "S", descriptionKey = "seed")
  String seed;

  @Option(names = "--set", paramLabel = "PATH=VALUE", descriptionKey = "set")
  List<String> sets = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "T", descriptionKey = "threads")
  String threads;

  @Option(names = "--chart", paramLabel = "svg|png", descriptionKey = "chart")
  String chart = "svg";

  @Option(names = "--out", paramLabel = "DIR", descriptionKey = "out")
  String out;

  /** Wrong usage: the message is printed and the command exits with 2. */
  private static final class Usage extends Exception {
    private static final long serialVersionUID = 1L;
    final String message;

    Usage(String message) {
      super(message, null, false, false);
      this.message = message;
    }
  }

  @Override
  public Integer call() throws IOException {
    Locale locale = parent.locale;
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return simulate(locale, stdout, err);
    } catch (Usage e) {
      err.println(e.message);
      return XiangzhiCommand.USAGE_OR_IO;
    }
  }

  private int simulate(Locale locale, PrintWriter stdout, PrintWriter err)
      throws Usage, IOException {
    if ((preset == null) == (profile == null)) {
      throw new Usage(Messages.format(locale, "cli.simulate.profile.choose"));
    }
    long householdCount = number(locale, "--households", households, 1, MAX_HOUSEHOLDS, true);
    int yearCount = (int) number(locale, "--years", years, 1, SimulationSize.MAX_YEARS, true);
    int runCount = (int) number(locale, "--runs", runs, 1, SimulationSize.MAX_RUNS, true);
    long masterSeed = number(locale, "--seed", seed, Long.MIN_VALUE, Long.MAX_VALUE, true);
    int threadCount = threads == null ? Runtime.getRuntime().availableProcessors()
        : (int) number(locale, "--threads", threads, 1, MAX_THREADS, false);
    if ((long) runCount * yearCount > SimulationSize.MAX_RUN_YEARS) {
      throw new Usage(Messages.format(locale, "cli.simulate.runYears",
          SimulationSize.MAX_RUN_YEARS));
    }
    AttainmentChart.Format format;
    switch (chart.toLowerCase(Locale.ROOT)) {
      case "svg":
        format = AttainmentChart.Format.SVG;
        break;
      case "png":
        format = AttainmentChart.Format.PNG;
        break;
      default:
        throw new Usage(Messages.format(locale, "cli.simulate.chart.format", chart));
    }
    if (out == null) {
      throw new Usage(Messages.format(locale, "cli.simulate.option.missing", "--out"));
    }
    Path directory;
    try {
      directory = Path.of(out);
    } catch (InvalidPathException e) {
      throw new Usage(FileProblem.describe(locale, out, FileProblem.Access.WRITE, e));
    }

    ProfileLoader loader = ProfileLoader.standard();
    Optional<CountyProfile> loaded = load(loader, locale, stdout, err);
    if (loaded.isEmpty()) {
      return XiangzhiCommand.INVALID_INPUT;
    }
    CountyProfile county = loaded.get();
    RatingPolicy policy = county.section(RatingPolicy.class).orElseThrow();
    SimulationSettings settings =
        county.section(SimulationSettings.class).orElse(SimulationSettings.defaults());

    int villageCount;
    if (villages != null) {
      villageCount = (int) number(locale, "--villages", villages, 1,
          Math.min(householdCount, Integer.MAX_VALUE), false);
    } else {
      villageCount = SimulationSize.villagesFor(householdCount, settings.householdsPerVillage());
    }
    long perVillage = (householdCount + villageCount - 1) / villageCount;
    if (perVillage > SimulationSize.MAX_VILLAGE_HOUSEHOLDS) {
      throw new Usage(Messages.format(locale, "cli.simulate.villageSize",
          SimulationSize.MAX_VILLAGE_HOUSEHOLDS));
    }
    SimulationSize size =
        SimulationSize.of(householdCount, villageCount, yearCount, runCount, masterSeed);
    Simulation simulation;
    try {
      simulation = Simulation.of(policy, settings, size);
    } catch (InvalidValueException e) {
      for (InvalidValueException.Violation v : e.violations()) {
        err.println(name() + ": /simulation" + v.path() + ": " + v.message(locale));
      }
      return XiangzhiCommand.INVALID_INPUT;
    }

    try {
      Files.createDirectories(directory);
    } catch (IOException | UncheckedIOException e) {
      throw new Usage(FileProblem.describe(locale, out, FileProblem.Access.WRITE, e));
    }

    long total = size.householdYearsPerRun() * size.runs();
    long start = System.nanoTime();
    SimulationResult result;
    try (Progress progress = Progress.open(locale, total)) {
      result = run(simulation, threadCount, progress);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Path chartFile;
    try {
      result.writeCsv(directory);
      chartFile = AttainmentChart.write(result, directory, format, locale);
    } catch (IOException | UncheckedIOException e) {
      throw new Usage(FileProblem.describe(locale, out, FileProblem.Access.WRITE, e));
    }
    stdout.println(Messages.format(locale, "cli.simulate.done", total, size.runs(),
        size.years(), size.households(), size.villages(), String.format(Locale.ROOT, "%.2f",
            seconds),
        String.format(Locale.ROOT, "%.1f", total / Math.max(seconds, 1e-9) / 1e6),
        threadCount));
    stdout.println(Messages.format(locale, "cli.simulate.wrote",
        directory.resolve("runs.csv"), directory.resolve("summary.csv"), chartFile));
    return XiangzhiCommand.OK;
  }

  /**
   * Runs {@code simulation} on the caller's thread for one thread, else on a pool of {@code
   * threads} threads this command creates for the purpose (the user asked for them) and shuts
   * down before it returns.
   */
  static SimulationResult run(Simulation simulation, int threads, LongConsumer progress) {
    if (threads == 1) {
      return simulation.run(progress);
    }
    AtomicInteger made = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "xiangzhi-simulate-" + made.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      return simulation.run(pool, threads, progress);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The profile with the {@code --set} changes, and a rating section (the fallback preset's when
   * it has none); empty, after printing every problem, when it is invalid.
   */
  private Optional<CountyProfile> load(ProfileLoader loader, Locale locale, PrintWriter stdout,
      PrintWriter err) throws Usage {
    String text;
    String name = name();
    if (preset != null) {
      Optional<Preset> found = Presets.find(preset);
      if (found.isEmpty()) {
        throw new Usage(Messages.format(locale, "cli.preset.unknown", preset, Presets.ids()));
      }
      text = found.get().yaml();
    } else {
      try {
        text = Files.readString(Path.of(profile), StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException | InvalidPathException e) {
        throw new Usage(FileProblem.describe(locale, profile, FileProblem.Access.READ, e));
      }
    }
    CountyProfile county;
    try {
      county = loader.parse(text, name);
    } catch (ProfileException e) {
      err.print(e.report(locale));
      return Optional.empty();
    }
    boolean hasRating = county.section(RatingPolicy.class).isPresent();
    if (hasRating && sets.isEmpty()) {
      return Optional.of(county);
    }
    ObjectNode tree = loader.toTree(county);
    if (!hasRating) {
      JsonNode fallback = ProfileOverrides.preset(loader, "rating", FALLBACK_RATING)
          .orElseThrow(() -> new IllegalStateException("no rating preset " + FALLBACK_RATING));
      tree.set("rating", fallback);
      err.println(Messages.format(locale, "cli.simulate.rating.fallback", name,
          FALLBACK_RATING));
    }
    try {
      ProfileOverrides.apply(tree, sets, loader);
    } catch (XiangzhiException e) {
      // a --set the profile cannot take is invalid input, like a wrong value in the file
      err.println(e.message(locale));
      return Optional.empty();
    }
    String changed;
    try {
      changed = XiangzhiJson.newMapper().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
    try {
      return Optional.of(loader.parse(changed, name));
    } catch (ProfileException e) {
      for (Problem p : e.problems()) {
        err.println(name + (sets.isEmpty() ? "" : " (--set)") + ": "
            + (p.path().isEmpty() ? "/" : p.path()) + ": " + p.message(locale));
      }
      return Optional.empty();
    }
  }

  private String name() {
    return preset != null ? preset : profile;
  }

  /** Option {@code option}'s whole number, checked against [min, max]. */
  private static long number(Locale locale, String option, String text, long min, long max,
      boolean required) throws Usage {
    if (text == null) {
      if (required) {
        throw new Usage(Messages.format(locale, "cli.simulate.option.missing", option));
      }
      return min;
    }
    long value;
    try {
      value = Long.parseLong(text.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new Usage(Messages.format(locale, "cli.simulate.option.range", option,
          shown(text), min, max));
    }
    if (value < min || value > max) {
      throw new Usage(Messages.format(locale, "cli.simulate.option.range", option,
          shown(text), min, max));
    }
    return value;
  }

  private static String shown(String text) {
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }

  /** The progress bar on standard error, or nothing when it is not a terminal. */
  private static final class Progress implements LongConsumer, AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
      this.bar = bar;
    }

    static Progress open(Locale locale, long total) {
      if (!Terminals.stderrIsTerminal()) {
        return new Progress(null);
      }
      return new Progress(new ProgressBarBuilder()
          .setTaskName(Messages.format(locale, "cli.simulate.progress"))
          .setInitialMax(total).setUnit(" M", 1_000_000).setUpdateIntervalMillis(250)
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).build());
    }

    @Override
    public synchronized void accept(long householdYears) {
      if (bar != null) {
        bar.stepBy(householdYears);
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
