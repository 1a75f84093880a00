package io.github.xiangzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.examples.cli.FileProblem.Access;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The common reasons a file cannot be used, named in both languages without the JDK's text. */
class FileProblemTest {

  static final Locale EN = Locale.ENGLISH;
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @TempDir Path dir;

  @Test
  void theCommonCausesAreNamedWithTheFileInEnglishAndChinese() {
    assertThat(FileProblem.describe(EN, "nope.yaml", Access.READ,
        new NoSuchFileException("nope.yaml"))).isEqualTo("nope.yaml: no such file or directory");
    assertThat(FileProblem.describe(ZH, "nope.yaml", Access.READ,
        new NoSuchFileException("nope.yaml"))).isEqualTo("nope.yaml:文件或目录不存在");
    assertThat(FileProblem.describe(EN, "secret.yaml", Access.READ,
        new AccessDeniedException("secret.yaml"))).isEqualTo("secret.yaml: permission denied");
    assertThat(FileProblem.describe(ZH, "secret.yaml", Access.READ,
        new AccessDeniedException("secret.yaml"))).isEqualTo("secret.yaml:没有访问权限");
    assertThat(FileProblem.describe(EN, "data.csv", Access.READ,
        new UncheckedIOException(new MalformedInputException(1))))
        .isEqualTo("data.csv: not UTF-8 text");
    assertThat(FileProblem.describe(ZH, "data.csv", Access.READ, new MalformedInputException(1)))
        .isEqualTo("data.csv:不是 UTF-8 编码的文本");
    assertThat(FileProblem.describe(EN, "a\0b", Access.READ,
        new InvalidPathException("a\0b", "Nul character not allowed")))
        .isEqualTo("a\0b: not a valid file name");
  }

  @Test
  void directoriesAndFilesInTheWayAreSaidSo() throws IOException {
    // reading a directory: the JDK throws a bare IOException("Is a directory")
    assertThat(FileProblem.describe(EN, dir.toString(), Access.READ,
        new IOException("Is a directory"))).isEqualTo(dir + ": is a directory, not a file");
    assertThat(FileProblem.describe(ZH, dir.toString(), Access.READ,
        new IOException("Is a directory"))).isEqualTo(dir + ":是目录,不是文件");
    Path file = Files.writeString(dir.resolve("afile"), "x");
    assertThat(FileProblem.describe(EN, file.toString(), Access.WRITE,
        new FileAlreadyExistsException(file.toString())))
        .isEqualTo(file + ": a file of that name already exists");
    assertThat(FileProblem.describe(EN, file.resolve("sub").toString(), Access.WRITE,
        new FileSystemException(file.resolve("sub").toString(), null, "Not a directory")))
        .isEqualTo(file + ": is a file, not a directory");
    // a file inside the named directory that the exception names is the one reported
    Path runs = Files.createDirectory(dir.resolve("runs.csv"));
    assertThat(FileProblem.describe(ZH, dir.toString(), Access.WRITE,
        new FileSystemException(runs.toString(), null, "Is a directory")))
        .isEqualTo(runs + ":是目录,不是文件");
  }

  @Test
  void anythingElseIsAFileThatCannotBeReadOrWrittenWithoutTheExceptionsText() {
    assertThat(FileProblem.describe(EN, "county.yaml", Access.READ,
        new IOException("Input/output error"))).isEqualTo("county.yaml: cannot be read");
    // the output directory a user names is meant to be a directory: not "is a directory"
    assertThat(FileProblem.describe(EN, dir.toString(), Access.WRITE,
        new IOException("No space left on device"))).isEqualTo(dir + ": cannot be written");
    assertThat(FileProblem.describe(ZH, dir.toString(), Access.WRITE,
        new IOException("No space left on device"))).isEqualTo(dir + ":无法写入");
    assertThat(FileProblem.describe(EN, "x", Access.EITHER, new IOException("?")))
        .isEqualTo("x: cannot be read or written");
    assertThat(FileProblem.describe(ZH, null, Access.EITHER, new IOException("?")))
        .isEqualTo("有文件无法读写");
  }
}
