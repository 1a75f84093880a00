package io.github.xiangzhi.examples.cli;

import io.github.xiangzhi.core.text.Messages;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file the command line could not read or write, said in the reader's language and naming the
 * file — never the exception's class or the JDK's English text ({@code nope.yaml: no such file or
 * directory}, {@code 数据.csv:不是 UTF-8 编码的文本}). The command line prints {@link
 * #message(Locale)} and exits with 2.
 */
final class FileProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What was being done with the file. */
  enum Access {
    READ("cli.io.unreadable"),
    WRITE("cli.io.unwritable"),
    /** Not known: the generic message says "read or written". */
    EITHER("cli.io.failed");

    final String genericKey;

    Access(String genericKey) {
      this.genericKey = genericKey;
    }
  }

  private final String file;
  private final Access access;

  /** {@code file} as the user named it; {@code cause} what went wrong. */
  FileProblem(String file, Access access, Throwable cause) {
    super(file, cause, false, false);
    this.file = file;
    this.access = access;
  }

  /** The problem in {@code locale}'s language. */
  String message(Locale locale) {
    return describe(locale, file, access, getCause());
  }

  /**
   * {@code problem} with the file {@code file} (as the user named it; null when not known) in
   * {@code locale}'s language: the common causes by name, anything else as a file that cannot be
   * read or written. A {@link FileSystemException} that names a file names that one instead, since
   * it may lie inside the one the user gave (the {@code runs.csv} in an output directory).
   */
  static String describe(Locale locale, String file, Access access, Throwable problem) {
    Throwable cause = problem;
    while (cause instanceof UncheckedIOException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String name = file;
    boolean named = cause instanceof FileSystemException
        && ((FileSystemException) cause).getFile() != null;
    if (named) {
      name = ((FileSystemException) cause).getFile();
    }
    if (name == null) {
      return Messages.format(locale, "cli.error.io");
    }
    Path path = pathOf(name);
    if (cause instanceof InvalidPathException || path == null) {
      return Messages.format(locale, "cli.io.invalidPath", name);
    }
    if (cause instanceof CharacterCodingException) {
      return Messages.format(locale, "cli.io.notUtf8", name);
    }
    if (cause instanceof AccessDeniedException) {
      return Messages.format(locale, "cli.io.accessDenied", name);
    }
    if (cause instanceof FileAlreadyExistsException) {
      return Messages.format(locale, "cli.io.exists", name);
    }
    Path inTheWay = fileInTheWay(path);
    if (cause instanceof NotDirectoryException || inTheWay != null) {
      return Messages.format(locale, "cli.io.notDirectory", inTheWay != null ? inTheWay : name);
    }
    if (cause instanceof NoSuchFileException) {
      return Messages.format(locale, "cli.io.noSuchFile", name);
    }
    // a directory the user named for writing (simulate --out) is meant to be one
    if ((access == Access.READ || named) && Files.isDirectory(path)) {
      return Messages.format(locale, "cli.io.isDirectory", name);
    }
    return Messages.format(locale, access.genericKey, name);
  }

  private static Path pathOf(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** An existing regular file among {@code path}'s parents (so nothing below it can exist). */
  private static Path fileInTheWay(Path path) {
    for (Path p = path.getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isDirectory(p) ? null : p;
      }
    }
    return null;
  }
}
