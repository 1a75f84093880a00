package io.github.xiangzhi.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.profile.ProfileLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code xiangzhi validate FILE...}: {@code FILE: OK} per valid profile, or one line per problem
 * {@code FILE:LINE:COL: /path: message}; {@code -} reads standard input; {@code --json} writes one
 * JSON document for machines. Exit code 0 when every file is valid, 1 when one is not, 2 when one
 * cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand XiangzhiCommand parent;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
  List<String> files;

  @Option(names = "--json", descriptionKey = "json")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Locale locale = parent.locale;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProfileLoader loader = ProfileLoader.standard();
    ObjectMapper mapper = XiangzhiJson.newMapper();
    ArrayNode report = mapper.createArrayNode();
    int code = XiangzhiCommand.OK;
    for (String file : files) {
      String name = file.equals("-") ? "<stdin>" : file;
      ObjectNode entry = report.addObject();
      entry.put("file", name);
      String text;
      try {
        text = file.equals("-")
            ? new String(parent.stdin.readAllBytes(), StandardCharsets.UTF_8)
            : Files.readString(Path.of(file), StandardCharsets.UTF_8);
      } catch (IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
        String message = FileProblem.describe(locale, name, FileProblem.Access.READ, e);
        entry.put("readable", false).put("error", message);
        if (!json) {
          err.println(message);
        }
        code = XiangzhiCommand.USAGE_OR_IO;
        continue;
      }
      try {
        loader.parse(text, name);
        entry.put("valid", true);
        if (!json) {
          out.println(name + ": OK");
        }
      } catch (ProfileException e) {
        entry.put("valid", false);
        ArrayNode problems = entry.putArray("problems");
        for (Problem p : e.problems()) {
          problems.addObject().put("path", p.path()).put("line", p.line())
              .put("column", p.column()).put("key", p.messageKey())
              .put("message", p.message(locale));
          if (!json) {
            out.println(name + ":" + p.line() + ":" + p.column() + ": "
                + (p.path().isEmpty() ? "/" : p.path()) + ": " + p.message(locale));
          }
        }
        if (code == XiangzhiCommand.OK) {
          code = XiangzhiCommand.INVALID_INPUT;
        }
      }
    }
    if (json) {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    }
    return code;
  }
}
