package io.github.xiangzhi.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.core.profile.ProfileLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code xiangzhi schema}: the profile's JSON Schema on standard output. */
@Command(name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws JsonProcessingException {
    spec.commandLine().getOut().println(schemaText(ProfileLoader.standard()));
    return XiangzhiCommand.OK;
  }

  static String schemaText(ProfileLoader loader) throws JsonProcessingException {
    return XiangzhiJson.newMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsString(loader.jsonSchema());
  }
}
