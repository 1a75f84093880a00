package io.github.xiangzhi.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, for progress bars. */
final class Terminals {
  private Terminals() {}

  /**
   * True when standard error is a terminal: on Linux, when {@code /proc/self/fd/2} links to a
   * terminal device; elsewhere, when the JVM has a console.
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // fall through to the console
    }
    return System.console() != null;
  }
}
