package io.github.xiangzhi.examples.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.xiangzhi.core.XiangzhiException;
import io.github.xiangzhi.core.id.Identifier;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.profile.GridSection;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.rating.star.target.TargetCheck;
import io.github.xiangzhi.rating.star.target.TargetKind;
import io.github.xiangzhi.rating.star.target.TargetRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code xiangzhi targets (--preset ID | --profile FILE) HOUSEHOLDS.csv}: the village targets of
 * R-STAR-5 for households given as CSV ({@code village,household,participated,stars}), one row
 * per village, then one per ancestor unit when the villages are units of the profile's hierarchy
 * (else a {@code TOTAL} row). Thresholds come from the profile's {@code rating} section;
 * arithmetic is exact, so 89.7% participation fails a 90% target.
 */
@Command(name = "targets", mixinStandardHelpOptions = true)
final class TargetsCommand implements Callable<Integer> {

  static final String OUTPUT_HEADER = "unit,households,participating,starred,six_plus,"
      + "participation_ok,starred_ok,six_plus_ok,compliant";

  @ParentCommand XiangzhiCommand parent;
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  ProfileChoice profile;

  @Parameters(index = "0", paramLabel = "HOUSEHOLDS.csv", descriptionKey = "householdsCsv")
  String households;

  /** Counts of one unit. */
  static final class Counts {
    long households;
    long participating;
    long starred;
    long sixPlus;

    void add(Counts other) {
      households += other.households;
      participating += other.participating;
      starred += other.starred;
      sixPlus += other.sixPlus;
    }
  }

  @Override
  public Integer call() {
    Locale locale = parent.locale;
    CountyProfile county = profile.load(ProfileLoader.standard());
    RatingPolicy rating = county.section(RatingPolicy.class).orElseThrow(
        () -> new XiangzhiException("cli.targets.noRating", profile.name()));
    TargetRules rules = rating.targets();
    int maxStars = rating.scheme().maxStars();

    Map<String, Counts> villages = new LinkedHashMap<>();
    try (Reader reader = open()) {
      read(reader, rules, maxStars, villages);
    } catch (IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
      throw new FileProblem(name(), FileProblem.Access.READ, e);
    }

    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      out.println(OUTPUT_HEADER);
      for (Map.Entry<String, Counts> e : villages.entrySet()) {
        out.println(row(e.getKey(), e.getValue(), rules));
      }
      Optional<Hierarchy> hierarchy = county.section(GridSection.class)
          .map(GridSection::hierarchy)
          .filter(h -> villages.keySet().stream()
              .allMatch(v -> Identifier.isValid(v) && h.contains(UnitId.of(v))));
      if (hierarchy.isPresent()) {
        ancestors(hierarchy.get(), villages, rules, out);
      } else {
        Counts total = new Counts();
        villages.values().forEach(total::add);
        out.println(row("TOTAL", total, rules));
      }
    }
    spec.commandLine().getOut().print(text);
    return XiangzhiCommand.OK;
  }

  private Reader open() throws IOException {
    if (households.equals("-")) {
      InputStream in = parent.stdin;
      return new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
    }
    return Files.newBufferedReader(Path.of(households), StandardCharsets.UTF_8);
  }

  /** The file problems are reported under. */
  private String name() {
    return households.equals("-") ? "<stdin>" : households;
  }

  /** Reads the rows, naming the line of every bad one; nothing is printed unless all are good. */
  private void read(Reader reader, TargetRules rules, int maxStars, Map<String, Counts> villages)
      throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String name = name();
    int rowLine = 1;
    try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(reader)) {
      if (!rows.hasNextValue()) {
        throw new XiangzhiException("cli.targets.empty", name);
      }
      List<String> header = rows.nextValue();
      List<String> expected = List.of("village", "household", "participated", "stars");
      if (!header.equals(expected)) {
        throw new XiangzhiException("cli.targets.header", name, String.join(",", expected),
            String.join(",", header));
      }
      while (rows.hasNextValue()) {
        int line = rows.getCurrentLocation().getLineNr();
        rowLine = line;
        List<String> row = rows.nextValue();
        String problem = check(row, maxStars, seen);
        if (problem != null) {
          problems.add(Messages.format(parent.locale, "cli.targets.line", name, line, problem));
          continue;
        }
        boolean participated = Boolean.parseBoolean(row.get(2));
        int stars = Integer.parseInt(row.get(3));
        Counts counts = villages.computeIfAbsent(row.get(0), v -> new Counts());
        counts.households++;
        counts.participating += participated ? 1 : 0;
        counts.starred += stars > 0 ? 1 : 0;
        counts.sixPlus += stars >= rules.highStars() ? 1 : 0;
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw malformed(e, name, rowLine);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * Jackson's complaint about the CSV's form in the reader's language. Jackson gives no code for
   * what it found, so the two a person makes by hand are told apart by its (stable) words: a
   * quoted value never closed, reported at the row where it opens (Jackson reports the end of the
   * file), and text after a value's closing quote, at its line. Anything else is said to be not
   * well-formed, at Jackson's line.
   */
  private static XiangzhiException malformed(com.fasterxml.jackson.core.JsonProcessingException e,
      String name, int rowLine) {
    String said = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    int line = e.getLocation() == null ? rowLine : e.getLocation().getLineNr();
    if (said.startsWith("Missing closing quote")) {
      return new XiangzhiException("cli.targets.malformed.unclosedQuote", name, rowLine);
    }
    if (said.contains("Expected column separator character")) {
      return new XiangzhiException("cli.targets.malformed.afterQuote", name, line);
    }
    return new XiangzhiException("cli.targets.malformed", name, line);
  }

  /** What is wrong with a row, in the reader's language, or null. */
  private String check(List<String> row, int maxStars, Set<String> seen) {
    Locale locale = parent.locale;
    if (row.size() != 4) {
      return Messages.format(locale, "cli.targets.columns", row.size());
    }
    if (row.get(0).isEmpty()) {
      return Messages.format(locale, "cli.targets.village.missing");
    }
    if (row.get(1).isEmpty()) {
      return Messages.format(locale, "cli.targets.household.missing");
    }
    if (!seen.add(row.get(1))) {
      return Messages.format(locale, "cli.targets.household.duplicate", row.get(1));
    }
    String participated = row.get(2);
    if (!participated.equals("true") && !participated.equals("false")) {
      return Messages.format(locale, "cli.targets.participated", participated);
    }
    int stars;
    try {
      stars = Integer.parseInt(row.get(3));
    } catch (NumberFormatException e) {
      return Messages.format(locale, "cli.targets.stars", row.get(3), maxStars);
    }
    if (stars < 0 || stars > maxStars) {
      return Messages.format(locale, "cli.targets.stars", row.get(3), maxStars);
    }
    if (stars > 0 && participated.equals("false")) {
      return Messages.format(locale, "cli.targets.starsWithoutParticipation", row.get(1), stars);
    }
    return null;
  }

  /** One row per unit above the villages, in the hierarchy's order. */
  private static void ancestors(Hierarchy hierarchy, Map<String, Counts> villages,
      TargetRules rules, PrintWriter out) {
    Map<Integer, Counts> byPosition = new LinkedHashMap<>();
    for (Map.Entry<String, Counts> e : villages.entrySet()) {
      byPosition.put(hierarchy.indexOf(UnitId.of(e.getKey())), e.getValue());
    }
    Set<Integer> above = new java.util.TreeSet<>();
    for (int village : byPosition.keySet()) {
      for (int a = hierarchy.parentIndex(village); a >= 0; a = hierarchy.parentIndex(a)) {
        above.add(a);
      }
    }
    above.removeAll(byPosition.keySet());
    for (int unit : above) {
      Counts sum = new Counts();
      for (Map.Entry<Integer, Counts> e : byPosition.entrySet()) {
        if (hierarchy.isWithin(e.getKey(), unit)) {
          sum.add(e.getValue());
        }
      }
      out.println(row(hierarchy.unitAt(unit).value(), sum, rules));
    }
  }

  private static String row(String unit, Counts c, TargetRules rules) {
    boolean participation = TargetCheck.of(TargetKind.PARTICIPATION, c.participating,
        c.households, rules.participation()).met();
    boolean starred = TargetCheck.of(TargetKind.STARRED, c.starred, c.households,
        rules.starred()).met();
    boolean sixPlus = TargetCheck.of(TargetKind.HIGH_STARRED, c.sixPlus, c.starred,
        rules.highStarred()).met();
    return String.join(",", csv(unit), Long.toString(c.households),
        Long.toString(c.participating), Long.toString(c.starred), Long.toString(c.sixPlus),
        Boolean.toString(participation), Boolean.toString(starred), Boolean.toString(sixPlus),
        Boolean.toString(participation && starred && sixPlus));
  }

  /** The value quoted as RFC 4180 wants when it holds a comma, a quote or a line break. */
  static String csv(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

}
