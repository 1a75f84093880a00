package io.github.xiangzhi.grid.hierarchy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.code.DivisionCode;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.Identifier;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.grid.level.LevelScheme;
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
 * order.
 *
 * <p>What the reader accepts, exactly:
 *
 * <ul>
 *   <li>A line ends at LF, CRLF or a lone CR. A byte-order mark before the first line is dropped.
 *   <li>Where a record would start, a line that is blank (whitespace only) is skipped, and so is
 *       a comment line, whose first non-whitespace character is {@code #} — except after a header
 *       whose first column is {@code name}, where such a line is a unit named {@code #…}. (Ids,
 *       levels, codes and dates never start with {@code #}.)
 *   <li>A record is split into fields at commas outside quotes, and ends at the first line break
 *       outside quotes.
 *   <li>A quote as the first character of a field (after blanks) makes it a quoted field: the
 *       text up to the closing quote is kept verbatim — commas, spaces and line breaks (as
 *       written, LF, CRLF or CR) included — with {@code ""} standing for one quote. A quoted
 *       field may therefore span several lines, and a blank or {@code #} line inside it is part
 *       of it. Only blanks may follow the closing quote. A quote anywhere else ({@code 5" pipe
 *       lane}, or {@code "a"b}) is refused as misplaced, naming the line, rather than read as the
 *       opening of a field that would swallow the records after it.
 *   <li>Blanks — characters up to U+0020, such as spaces and tabs — at either end of a field are
 *       dropped when they lie outside quotes: {@code x , " y " ,z} is the fields {@code x},
 *       {@code y} with a space either side, and {@code z}. Other whitespace, such as the
 *       ideographic space U+3000, is kept.
 *   <li>A record needs a field for each column of the header. Fields after those must be
 *       empty (a spreadsheet's trailing commas); text there, such as a name cut in two by an
 *       unquoted comma, is refused rather than dropped.
 * </ul>
 *
 * <p>The writer quotes a field holding a comma, a quote or a line break, or beginning or ending
 * with a blank, and ends each record with LF, so that whatever {@link Unit} and the households
 * accept reads back equal.
 *
 * <p>Reading collects every problem — a quote misplaced or left open at the end of the input, a
 * wrong number of fields, an invalid id, date or division code, an unknown, repeated or missing
 * column — and throws
 * one {@link InvalidValueException} naming each by the 1-based number of the line its record
 * starts on (the first {@value #MAX_PROBLEMS}, then how many more), under the path {@code /units}
 * or {@code /households} when {@link #read} reads both files; the builder is then left as it was.
 * When every record parses, the rows go into the builder, whose {@link HierarchyBuilder#build()}
 * then checks the structure. Nothing is read but the {@link Reader} given, and nothing is closed.
 *
 * <p>Performance notes: one pass, a record at a time, holding one line in memory, or every line of
 * a quoted field that spans lines (so a quote left open holds the rest of the input); unit ids in
 * the household column are shared per distinct unit, so a million rows cost the household ids and
 * two list slots each.
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
   * @throws InvalidValueException naming every malformed record by the line it starts on
   * @throws HierarchyException naming every structural problem
   * @throws IOException when a reader fails
   */
  public static Hierarchy read(LevelScheme scheme, Reader units, Reader households)
      throws IOException {
    HierarchyBuilder builder = Hierarchy.builder(scheme);
    List<Violation> unitProblems = new ArrayList<>();
    List<Unit> read = readUnits(units, unitProblems);
    builder.addUnits(read);
    List<Violation> householdProblems = new ArrayList<>();
    readHouseholds(households, builder, householdProblems);
    List<Violation> problems = new ArrayList<>();
    under("/units", unitProblems, problems);
    under("/households", householdProblems, problems);
    throwIfAny(problems);
    return builder.build();
  }

  /** {@code from} with {@code file}, the CSV they come from, before each path. */
  private static void under(String file, List<Violation> from, List<Violation> to) {
    for (Violation v : from) {
      to.add(v.under(file));
    }
  }

  /**
   * Adds the units of a units CSV to {@code builder}.
   *
   * @throws InvalidValueException naming every malformed record by the line it starts on; the
   *     builder is then left as it was
   */
  public static HierarchyBuilder readUnits(Reader csv, HierarchyBuilder builder)
      throws IOException {
    checkNotNull(builder, "builder");
    List<Violation> problems = new ArrayList<>();
    List<Unit> read = readUnits(checkNotNull(csv, "csv"), problems);
    throwIfAny(problems);
    return builder.addUnits(read);
  }

  /**
   * Adds the rows of a households CSV ({@code household,unit}) to {@code builder}.
   *
   * @throws InvalidValueException naming every malformed record by the line it starts on; the
   *     builder is then left as it was
   */
  public static HierarchyBuilder readHouseholds(Reader csv, HierarchyBuilder builder)
      throws IOException {
    checkNotNull(builder, "builder");
    List<Violation> problems = new ArrayList<>();
    int before = builder.householdRows();
    try {
      readHouseholds(checkNotNull(csv, "csv"), builder, problems);
      throwIfAny(problems);
    } catch (IOException | RuntimeException e) {
      builder.truncateHouseholdRows(before); // rows are added as read, not to hold a copy
      throw e;
    }
    return builder;
  }

  /** Writes the units of {@code hierarchy} in pre-order, with every column. */
  public static void writeUnits(Hierarchy hierarchy, Writer out) throws IOException {
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(out, "out");
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
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(out, "out");
    out.write("household,unit\n");
    for (int h = 0; h < hierarchy.householdCount(); h++) {
      out.write(hierarchy.householdAt(h).value());
      out.write(',');
      out.write(hierarchy.unitAt(hierarchy.unitIndexOfHousehold(h)).value());
      out.write('\n');
    }
  }

  // ---------------------------------------------------------------- reading

  /** The units of a units CSV that parse; the others' problems go to {@code problems}. */
  static List<Unit> readUnits(Reader csv, List<Violation> problems) throws IOException {
    List<Unit> read = new ArrayList<>();
    Records records = new Records(csv);
    int[] columns = header(records, UNIT_COLUMNS, List.of("id", "level", "name"), problems);
    if (columns == null) {
      return read;
    }
    while (records.next()) {
      List<String> fields = records.fields;
      if (!wellFormed(records, columns, problems)) {
        continue;
      }
      int before = problems.size();
      Unit.Builder unit = Unit.builder();
      UnitId id = id(fields, columns[0], records.line, "id", UnitId::of, problems);
      String parent = value(fields, columns[1]);
      UnitId parentId = parent.isEmpty() ? null
          : id(fields, columns[1], records.line, "parent", UnitId::of, problems);
      String division = value(fields, columns[4]);
      DivisionCode code = null;
      if (!division.isEmpty()) {
        try {
          code = DivisionCode.parse(division);
        } catch (IllegalArgumentException e) {
          add(problems, records.line, "grid.csv.invalid", "division", division);
        }
      }
      LocalDate opened = date(value(fields, columns[5]), records.line, "opened", problems);
      LocalDate closed = date(value(fields, columns[6]), records.line, "closed", problems);
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
        read.add(unit.build());
      } catch (InvalidValueException e) {
        for (Violation v : e.violations()) {
          problems.add(new Violation("", "grid.csv.line", List.of(records.line,
              LocalizedText.rendered(v::message))));
        }
      }
    }
    return read;
  }

  static void readHouseholds(Reader csv, HierarchyBuilder builder, List<Violation> problems)
      throws IOException {
    Records records = new Records(csv);
    int[] columns = header(records, HOUSEHOLD_COLUMNS, HOUSEHOLD_COLUMNS, problems);
    if (columns == null) {
      return;
    }
    Map<String, UnitId> unitIds = new HashMap<>();
    int before = problems.size();
    while (records.next()) {
      List<String> fields = records.fields;
      if (!wellFormed(records, columns, problems)) {
        continue;
      }
      HouseholdId household =
          id(fields, columns[0], records.line, "household", HouseholdId::of, problems);
      String unitText = value(fields, columns[1]);
      UnitId unit = unitIds.get(unitText);
      if (unit == null) {
        unit = id(fields, columns[1], records.line, "unit", UnitId::of, problems);
        if (unit != null) {
          unitIds.put(unitText, unit);
        }
      }
      if (household != null && unit != null && problems.size() == before) {
        builder.addHousehold(household, unit); // after a problem, rows are only checked
      }
    }
  }

  /** Positions of {@code known} columns in the header (-1 when absent), or null when broken. */
  private static int[] header(Records records, List<String> known, List<String> required,
      List<Violation> problems) throws IOException {
    if (!records.next()) {
      add(problems, 0, "grid.csv.empty");
      return null;
    }
    List<String> names = records.fields;
    // a name may start with #: when names come first, a # line is a record, not a comment
    records.comments = names == null || names.isEmpty() || !names.get(0).equals("name");
    if (names == null) {
      add(problems, records.line, records.quoteProblem);
      return null;
    }
    int[] columns = new int[known.size()];
    Arrays.fill(columns, -1);
    boolean ok = true;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      int k = known.indexOf(name);
      if (k < 0) {
        add(problems, records.line, "grid.csv.column.unknown", name, known);
        ok = false;
      } else if (columns[k] >= 0) {
        add(problems, records.line, "grid.csv.column.twice", name);
        ok = false;
      } else {
        columns[k] = i;
      }
    }
    for (String name : required) {
      if (columns[known.indexOf(name)] < 0) {
        add(problems, records.line, "grid.csv.column.missing", name);
        ok = false;
      }
    }
    return ok ? columns : null;
  }

  private static boolean wellFormed(Records records, int[] columns, List<Violation> problems) {
    List<String> fields = records.fields;
    int line = records.line;
    if (fields == null) {
      add(problems, line, records.quoteProblem);
      return false;
    }
    int width = 0;
    for (int c : columns) {
      width = Math.max(width, c + 1);
    }
    boolean extra = false; // text past the header's columns: most likely an unquoted comma
    for (int i = width; i < fields.size(); i++) {
      extra |= !fields.get(i).isEmpty();
    }
    if (fields.size() < width || extra) {
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
    return column < 0 || column >= fields.size() ? "" : fields.get(column);
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
   * {@code text} as one field: quoted, with {@code ""} for each quote, when it holds a comma, a
   * quote or a line break or begins or ends with a blank (a character up to U+0020, which the
   * reader drops around an unquoted field); as it is otherwise. Ids, codes, dates and division
   * codes never need quoting, so only names pass here.
   */
  static String field(String text) {
    int n = text.length();
    if (n == 0 || text.charAt(0) > ' ' && text.charAt(n - 1) > ' ' && text.indexOf(',') < 0
        && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /**
   * The records of a reader, one at a time, each with the 1-based number of the line it starts
   * on. Skips blank and comment lines where a record would start, and a byte-order mark before
   * the first line.
   */
  private static final class Records {
    private final Reader reader;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private final StringBuilder pending = new StringBuilder();
    /** The line break that ended the line last read: "\n", "\r\n", "\r", or "" at the end. */
    private String ending = "";
    /** Lines read so far. */
    private int lines;

    /** The line the current record starts on. */
    int line;
    /**
     * The current record's fields; null when a quote in it is left open to the end or stands
     * where no field may have one, as {@link #quoteProblem} says.
     */
    List<String> fields;
    /** Why {@link #fields} is null: the message key of the quote's problem. */
    String quoteProblem;
    /** Whether a line starting with {@code #} is a comment; see {@link HierarchyCsv}. */
    boolean comments = true;

    Records(Reader reader) {
      this.reader = checkNotNull(reader, "reader");
    }

    /** Moves to the next record; false at the end of the input. */
    boolean next() throws IOException {
      String first;
      do {
        first = readLine();
        if (first == null) {
          return false;
        }
        if (lines == 1 && !first.isEmpty() && first.charAt(0) == '\uFEFF') {
          first = first.substring(1); // a byte-order mark, as spreadsheets write
        }
        int k = 0; // the first character that is not whitespace: none on a blank line
        while (k < first.length() && Character.isWhitespace(first.charAt(k))) {
          k++;
        }
        if (k < first.length() && (!comments || first.charAt(k) != '#')) {
          break;
        }
      } while (true);
      line = lines;
      fields = first.indexOf('"') < 0 ? plain(first) : quoted(first);
      return true;
    }

    /** The fields of a record on one line without quotes. */
    private static List<String> plain(String text) {
      List<String> out = new ArrayList<>(4);
      int from = 0;
      for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', from)) {
        out.add(text.substring(from, comma).trim());
        from = comma + 1;
      }
      out.add(text.substring(from).trim());
      return out;
    }

    /**
     * The fields of a record whose first line is {@code text} and holds a quote, reading further
     * lines while a quote is open; null when one is still open at the end of the input.
     */
    private List<String> quoted(String text) throws IOException {
      List<String> out = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean inQuotes = false;
      boolean quotedField = false; // the field opened with a quote, which has closed
      for (int i = 0; ; ) {
        if (i == text.length()) {
          if (!inQuotes) {
            break;
          }
          field.append(ending); // a line break inside quotes is part of the field
          text = readLine();
          if (text == null) {
            quoteProblem = "grid.csv.quote";
            return null;
          }
          i = 0;
          continue;
        }
        char c = text.charAt(i++);
        if (inQuotes) {
          if (c != '"') {
            field.append(c);
          } else if (i < text.length() && text.charAt(i) == '"') {
            field.append('"');
            i++;
          } else {
            inQuotes = false;
            quotedField = true;
          }
        } else if (c == ',') {
          out.add(quotedField ? field.toString() : field.toString().trim());
          field.setLength(0);
          quotedField = false;
        } else if (c <= ' ' && (quotedField || field.length() == 0)) {
          continue; // a blank before a field, or after a quoted one
        } else if (c == '"' && !quotedField && field.length() == 0) {
          inQuotes = true;
        } else if (c == '"' || quotedField) {
          // a quote inside an unquoted field, or text after a closing quote: refused here, not
          // read as an opening that would swallow the lines after it
          quoteProblem = "grid.csv.quote.misplaced";
          return null;
        } else {
          field.append(c);
        }
      }
      out.add(quotedField ? field.toString() : field.toString().trim());
      return out;
    }

    /**
     * The next line without its line break, which goes to {@link #ending}; null at the end. A
     * line ends at LF, CRLF or a lone CR.
     */
    private String readLine() throws IOException {
      pending.setLength(0);
      boolean any = false;
      while (position < limit || fill()) {
        any = true;
        for (int i = position; i < limit; i++) {
          char c = buffer[i];
          if (c == '\n' || c == '\r') {
            String text = pending.length() == 0 ? new String(buffer, position, i - position)
                : pending.append(buffer, position, i - position).toString();
            position = i + 1;
            if (c == '\n') {
              ending = "\n";
            } else if ((position < limit || fill()) && buffer[position] == '\n') {
              position++;
              ending = "\r\n";
            } else {
              ending = "\r";
            }
            lines++;
            return text;
          }
        }
        pending.append(buffer, position, limit - position);
        position = limit;
      }
      ending = "";
      if (!any) {
        return null;
      }
      lines++;
      return pending.toString();
    }

    /** Reads more into the buffer; false at the end of the input. */
    private boolean fill() throws IOException {
      int n;
      do {
        n = reader.read(buffer, 0, buffer.length);
      } while (n == 0);
      if (n < 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    }
  }
}
