package io.github.xiangzhi.core.profile;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.XiangzhiException;
import io.github.xiangzhi.core.text.LocalizedText;
import java.util.List;
import java.util.Locale;

/**
 * A profile document that could not be loaded, with every problem found in it. Loading never
 * half-succeeds: either a whole valid {@link CountyProfile} or this exception.
 */
public final class ProfileException extends XiangzhiException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final ImmutableList<Problem> problems;

  /** An exception for {@code problems} (at least one) found in {@code source}. */
  public ProfileException(String source, List<Problem> problems) {
    super("profile.invalid", source, problems.size(), firstMessage(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ProfileException needs at least one problem");
    }
    this.source = source;
    this.problems = ImmutableList.sortedCopyOf(problems);
  }

  private static LocalizedText firstMessage(List<Problem> problems) {
    if (problems.isEmpty()) {
      return locale -> "";
    }
    Problem first = ImmutableList.sortedCopyOf(problems).get(0);
    return locale -> (first.path().isEmpty() ? "/" : first.path()) + ": " + first.message(locale);
  }

  /** The name of the document: a file name, a resource or {@code <stdin>}. */
  public String source() {
    return source;
  }

  /** Every problem, by line, column and path. */
  public List<Problem> problems() {
    return problems;
  }

  /** All problems in {@code locale}'s language, one per line. */
  public String report(Locale locale) {
    StringBuilder out = new StringBuilder();
    for (Problem p : problems) {
      out.append(source).append(':').append(p.line()).append(':').append(p.column()).append(": ")
          .append(p.path().isEmpty() ? "/" : p.path()).append(": ").append(p.message(locale))
          .append('\n');
    }
    return out.toString();
  }
}
