package io.github.xiangzhi.grid.hierarchy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.LocalizedMessage;
import io.github.xiangzhi.core.code.DivisionCode;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.Identifier;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.level.LevelScheme;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes hierarchies as CSV (RFC 4180, UTF-8 text, a header line first), the form
 * county registers are kept in: units as {@code id,parent,level,name,division,opened,closed,groups}
 * (only {@code id}, {@code level} and {@code name} required, groups separated by {@code ;}, dates
 * ISO) and households as {@code household,unit}. Columns are found by their header name in any
 * order; blank lines and lines starting with {@code #} are skipped; a field holding a comma or a
 * quote is quoted.
 *
 * <p>Reading collects every malformed line — a wrong number of fields, an invalid id, date or
 * division code, an unknown column — and throws one {@link InvalidValueException} naming each by
 * line (the first 100); rows that parse go into the builder, whose {@link HierarchyBuilder#build()}
 * then checks the structure. Nothing is read but the {@link Reader} given, and nothing is closed.
 *
 * <p>Performance notes: one pass, a line at a time; unit ids in the household column are shared
 * per distinct unit, so a million rows cost the household ids and two list slots each.
 */
public final class HierarchyCsv {
  private HierarchyCsv() {}

  /** The most problems one read reports. */
  public static final int MAX_PROBLEMS = 100;

  private static final List<String> UNIT_COLUMNS =
      List.of("id", "parent", "level", "name", "division", "opened", "closed", "groups");
  private static final List<String> HOUSEHOLD_COLUMNS = List.of("household", "unit");

  /**
   * Builds the hierarchy of {@code scheme} from a units CSV and a households CSV.
   *
   * @throws InvalidValueException naming every malformed line
   * @throws HierarchyException naming every structural problem
   * @throws IOException when a reader fails
   */
  public static Hierarchy read(LevelScheme scheme, Reader units, Reader households)
      throws IOException {
    HierarchyBuilder builder = Hierarchy.builder(scheme);
    List<Violation> problems = new ArrayList<>();
    readUnits(units, builder, problems);
    readHouseholds(households, builder, problems);
    throwIfAny(problems);
    return builder.build();
  }

  /**
   * Adds the units of a units CSV to {@code builder}.
   *
   * @throws InvalidValueException naming every malformed line; the well-formed ones are added
   */
  public static HierarchyBuilder readUnits(Reader csv, HierarchyBuilder builder)
      throws IOException {
    List<Violation> problems = new ArrayList<>();
    readUnits(csv, builder, problems);
    throwIfAny(problems);
    return builder;
  }

  /**
   * Adds the rows of a households CSV ({@code household,unit}) to {@code builder}.
   *
   * @throws InvalidValueException naming every malformed line; the well-formed ones are added
   */
  public static HierarchyBuilder readHouseholds(Reader csv, HierarchyBuilder builder)
      throws IOException {
    List<Violation> problems = new ArrayList<>();
    readHouseholds(csv, builder, problems);
    throwIfAny(problems);
    return builder;
  }

  /** Writes the units of {@code hierarchy} in pre-order, with every column. */
  public static void writeUnits(Hierarchy hierarchy, Writer out) throws IOException {
    out.write(String.join(",", UNIT_COLUMNS));
    out.write('\n');
    for (Unit unit : hierarchy.units()) {
      out.write(field(unit.id().value()));
      out.write(',');
      out.write(unit.parent().map(UnitId::value).orElse(""));
      out.write(',');
      out.write(unit.level());
      out.write(',');
      out.write(field(unit.name()));
      out.write(',');
      out.write(unit.division().map(DivisionCode::toString).orElse(""));
      out.write(',');
      out.write(unit.opened().map(LocalDate::toString).orElse(""));
      out.write(',');
      out.write(unit.closed().map(LocalDate::toString).orElse(""));
      out.write(',');
      out.write(String.join(";", unit.groups()));
      out.write('\n');
    }
  }

  /** Writes the households of {@code hierarchy} in the order of their units. */
  public static void writeHouseholds(Hierarchy hierarchy, Writer out) throws IOException {
    out.write("household,unit\n");
    for (int h = 0; h < hierarchy.householdCount(); h++) {
      out.write(hierarchy.householdAt(h).value());
      out.write(',');
      out.write(hierarchy.unitAt(hierarchy.unitIndexOfHousehold(h)).value());
      out.write('\n');
    }
  }

  // ---------------------------------------------------------------- reading

  static void readUnits(Reader csv, HierarchyBuilder builder, List<Violation> problems)
      throws IOException {
    Lines lines = new Lines(csv);
    int[] columns = header(lines, UNIT_COLUMNS, List.of("id", "level", "name"), problems);
    if (columns == null) {
      return;
    }
    String line;
    while ((line = lines.next()) != null) {
      List<String> fields = split(line);
      if (!wellFormed(fields, columns, lines.number, problems)) {
        continue;
      }
      int before = problems.size();
      Unit.Builder unit = Unit.builder();
      UnitId id = id(fields, columns[0], lines.number, "unit", UnitId::of, problems);
      String parent = value(fields, columns[1]);
      UnitId parentId = parent.isEmpty() ? null
          : id(fields, columns[1], lines.number, "unit", UnitId::of, problems);
      String division = value(fields, columns[4]);
      DivisionCode code = null;
      if (!division.isEmpty()) {
        try {
          code = DivisionCode.parse(division);
        } catch (IllegalArgumentException e) {
          add(problems, lines.number, "grid.csv.invalid", "division", division);
        }
      }
      LocalDate opened = date(value(fields, columns[5]), lines.number, "opened", problems);
      LocalDate closed = date(value(fields, columns[6]), lines.number, "closed", problems);
      if (problems.size() > before) {
        continue;
      }
      unit.id(id).level(value(fields, columns[2])).name(value(fields, columns[3]));
      if (parentId != null) {
        unit.parent(parentId);
      }
      if (code != null) {
        unit.division(code);
      }
      if (opened != null) {
        unit.opened(opened);
      }
      if (closed != null) {
        unit.closed(closed);
      }
      String groups = value(fields, columns[7]);
      if (!groups.isEmpty()) {
        for (String group : groups.split(";", -1)) {
          unit.addGroups(group.trim());
        }
      }
      try {
        builder.addUnit(unit.build());
      } catch (InvalidValueException e) {
        for (Violation v : e.violations()) {
          problems.add(new Violation("", "grid.csv.line", List.of(lines.number,
              new Explained(v))));
        }
      }
    }
  }

  static void readHouseholds(Reader csv, HierarchyBuilder builder, List<Violation> problems)
      throws IOException {
    Lines lines = new Lines(csv);
    int[] columns = header(lines, HOUSEHOLD_COLUMNS, HOUSEHOLD_COLUMNS, problems);
    if (columns == null) {
      return;
    }
    Map<String, UnitId> unitIds = new HashMap<>();
    String line;
    while ((line = lines.next()) != null) {
      List<String> fields = split(line);
      if (!wellFormed(fields, columns, lines.number, problems)) {
        continue;
      }
      HouseholdId household =
          id(fields, columns[0], lines.number, "household", HouseholdId::of, problems);
      String unitText = value(fields, columns[1]);
      UnitId unit = unitIds.get(unitText);
      if (unit == null) {
        unit = id(fields, columns[1], lines.number, "unit", UnitId::of, problems);
        if (unit != null) {
          unitIds.put(unitText, unit);
        }
      }
      if (household != null && unit != null) {
        builder.addHousehold(household, unit);
      }
    }
  }

  /** Positions of {@code known} columns in the header (-1 when absent), or null when broken. */
  private static int[] header(Lines lines, List<String> known, List<String> required,
      List<Violation> problems) throws IOException {
    String line = lines.next();
    if (line == null) {
      add(problems, 0, "grid.csv.empty");
      return null;
    }
    List<String> names = split(line);
    if (names == null) {
      add(problems, lines.number, "grid.csv.quote");
      return null;
    }
    int[] columns = new int[known.size()];
    Arrays.fill(columns, -1);
    boolean ok = true;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).trim();
      int k = known.indexOf(name);
      if (k < 0) {
        add(problems, lines.number, "grid.csv.column.unknown", name, known);
        ok = false;
      } else if (columns[k] >= 0) {
        add(problems, lines.number, "grid.csv.column.twice", name);
        ok = false;
      } else {
        columns[k] = i;
      }
    }
    for (String name : required) {
      if (columns[known.indexOf(name)] < 0) {
        add(problems, lines.number, "grid.csv.column.missing", name);
        ok = false;
      }
    }
    return ok ? columns : null;
  }

  private static boolean wellFormed(List<String> fields, int[] columns, int line,
      List<Violation> problems) {
    if (fields == null) {
      add(problems, line, "grid.csv.quote");
      return false;
    }
    int width = 0;
    for (int c : columns) {
      width = Math.max(width, c + 1);
    }
    if (fields.size() < width) {
      add(problems, line, "grid.csv.fields", width, fields.size());
      return false;
    }
    return true;
  }

  private interface IdFactory<T> {
    T of(String value);
  }

  private static <T extends Identifier<T>> T id(List<String> fields, int column, int line,
      String kind, IdFactory<T> factory, List<Violation> problems) {
    String text = value(fields, column);
    if (!Identifier.isValid(text)) {
      add(problems, line, "grid.csv.invalid", kind, text);
      return null;
    }
    return factory.of(text);
  }

  private static LocalDate date(String text, int line, String column, List<Violation> problems) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      add(problems, line, "grid.csv.invalid", column, text);
      return null;
    }
  }

  private static String value(List<String> fields, int column) {
    return column < 0 || column >= fields.size() ? "" : fields.get(column).trim();
  }

  private static void add(List<Violation> problems, int line, String key, Object... more) {
    List<Object> arguments = new ArrayList<>(more.length + 1);
    arguments.add(line);
    arguments.addAll(Arrays.asList(more));
    problems.add(new Violation("", key, arguments));
  }

  private static void throwIfAny(List<Violation> problems) {
    if (problems.isEmpty()) {
      return;
    }
    if (problems.size() > MAX_PROBLEMS) {
      List<Violation> shown = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
      shown.add(new Violation("", "grid.csv.more", List.of(problems.size() - MAX_PROBLEMS)));
      problems = shown;
    }
    throw new InvalidValueException(ImmutableList.copyOf(problems));
  }

  /**
   * The fields of one line: split at commas outside quotes, {@code ""} inside quotes read as one
   * quote. Null when a quote is left open.
   */
  static List<String> split(String line) {
    if (line.indexOf('"') < 0) {
      List<String> out = new ArrayList<>(4);
      int from = 0;
      for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', from)) {
        out.add(line.substring(from, comma));
        from = comma + 1;
      }
      out.add(line.substring(from));
      return out;
    }
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      return null;
    }
    out.add(field.toString());
    return out;
  }

  private static String field(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /** The data lines of a reader with their 1-based numbers, skipping blanks and comments. */
  private static final class Lines {
    private final BufferedReader reader;
    int number;

    Lines(Reader reader) {
      checkNotNull(reader, "reader");
      this.reader = reader instanceof BufferedReader ? (BufferedReader) reader
          : new BufferedReader(reader, 1 << 16);
    }

    String next() throws IOException {
      String line;
      while ((line = reader.readLine()) != null) {
        number++;
        if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1); // a byte-order mark, as spreadsheets write
        }
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && trimmed.charAt(0) != '#') {
          return line;
        }
      }
      return null;
    }
  }

  /** A value's own violation shown inside a CSV line message, in the message's language. */
  private static final class Explained implements io.github.xiangzhi.core.text.LocalizedText {
    private final LocalizedMessage message;

    Explained(LocalizedMessage message) {
      this.message = message;
    }

    @Override
    public String text(java.util.Locale locale) {
      return message.message(locale);
    }

    @Override
    public String toString() {
      return message.message(java.util.Locale.ENGLISH);
    }
  }
}
