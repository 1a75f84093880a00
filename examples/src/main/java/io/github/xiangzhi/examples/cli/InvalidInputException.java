package io.github.xiangzhi.examples.cli;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Input a command cannot use, described line by line in the reader's language (for example
 * {@code households.csv:7: stars '11' is not a whole number from 0 to 10}). The command line
 * prints the lines and exits with 1.
 */
final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> lines;

  InvalidInputException(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = ImmutableList.copyOf(lines);
  }

  /** One line per problem. */
  List<String> lines() {
    return lines;
  }
}
