package io.github.xiangzhi.core.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.LocalizedMessage;
import io.github.xiangzhi.core.text.LocalizedText;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a profile document: where it is — a JSON pointer such as {@code
 * /rating/stars/3/criteria/0/weight} and, where known, the line and column in the source — and
 * what is wrong, as a message key and arguments rendered in the caller's language.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"path", "line", "column", "key", "arguments"})
public final class Problem implements LocalizedMessage, Comparable<Problem> {

  /** Orders by line, column, then path; problems without a line come last. */
  private static final Comparator<Problem> ORDER =
      Comparator.comparingInt((Problem p) -> p.line == 0 ? Integer.MAX_VALUE : p.line)
          .thenComparingInt(p -> p.column)
          .thenComparing((Problem a, Problem b) -> comparePaths(a.path, b.path))
          .thenComparing(p -> p.messageKey);

  /** Pointers segment by segment, list indexes as numbers: {@code /d/2} before {@code /d/10}. */
  private static int comparePaths(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      // indexes before names; indexes by length, then digit by digit; names as text
      int c = Boolean.compare(!isIndex(x[i]), !isIndex(y[i]));
      if (c == 0 && isIndex(x[i])) {
        c = Integer.compare(x[i].length(), y[i].length());
      }
      if (c == 0) {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9')
        && (segment.length() == 1 || segment.charAt(0) != '0');
  }

  private final String path;
  private final int line;
  private final int column;
  private final String messageKey;
  private final ImmutableList<Object> rendered; // as given: labels render in the caller's language
  private final ImmutableList<String> arguments;

  private Problem(String path, int line, int column, String messageKey, List<?> arguments) {
    this.path = Objects.requireNonNull(path, "path");
    this.line = line;
    this.column = column;
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    // a label is kept to render per locale; anything else is its text now, so nothing the caller
    // changes later, nor a locale's number format, alters the problem
    this.rendered = arguments.stream()
        .map(a -> a instanceof LocalizedText ? a : String.valueOf(a))
        .collect(ImmutableList.toImmutableList());
    this.arguments = rendered.stream().map(a -> a instanceof LocalizedText
        ? ((LocalizedText) a).text(Locale.ENGLISH) : String.valueOf(a))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A problem at {@code path} with no known source position. Arguments must not carry unmasked
   * personal data; a {@link LocalizedText} argument (a code type's label, a weekday) is rendered
   * in the language of each {@link #message(Locale)}, and kept as its English text in {@link
   * #arguments()}.
   */
  public static Problem of(String path, String messageKey, Object... arguments) {
    return new Problem(path, 0, 0, messageKey, Arrays.asList(arguments));
  }

  /** This problem at {@code line} and {@code column} (1-based) of the source. */
  public Problem at(int line, int column) {
    if (line == this.line && column == this.column) {
      return this;
    }
    return new Problem(path, line, column, messageKey, rendered);
  }

  /** This problem with {@code prefix} put before its path. */
  public Problem under(String prefix) {
    return new Problem(prefix + path, line, column, messageKey, rendered);
  }

  /** The JSON pointer of the offending field; empty for the document itself. */
  @JsonProperty
  public String path() {
    return path;
  }

  /** The 1-based line in the source, or 0 when unknown. */
  @JsonProperty
  public int line() {
    return line;
  }

  /** The 1-based column in the source, or 0 when unknown. */
  @JsonProperty
  public int column() {
    return column;
  }

  @JsonProperty("key")
  @Override
  public String messageKey() {
    return messageKey;
  }

  @JsonIgnore
  @Override
  public List<Object> messageArguments() {
    return rendered;
  }

  /** The arguments as text, labels in English: what the problem's JSON form carries. */
  @JsonProperty
  public List<String> arguments() {
    return arguments;
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  /** Equal when path, position, key and the arguments as {@link #arguments()} gives them agree. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem p = (Problem) o;
    return p.path.equals(path) && p.line == line && p.column == column
        && p.messageKey.equals(messageKey) && p.arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, line, column, messageKey, arguments);
  }

  /** {@code 12:18 /rating/targets/starredShare: message} in English. */
  @Override
  public String toString() {
    String where = line > 0 ? line + ":" + column + " " : "";
    return where + (path.isEmpty() ? "/" : path) + ": " + message(Locale.ENGLISH);
  }
}
