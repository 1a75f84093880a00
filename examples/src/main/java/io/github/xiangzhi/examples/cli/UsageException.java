package io.github.xiangzhi.examples.cli;

import io.github.xiangzhi.core.XiangzhiException;

/**
 * Wrong usage found once the command line has parsed, such as an unknown preset: the command line
 * prints the message in the reader's language and exits with 2, as for picocli's own usage errors
 * (the file or CSV a command reads being invalid exits with 1).
 */
final class UsageException extends XiangzhiException {
  private static final long serialVersionUID = 1L;

  UsageException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
