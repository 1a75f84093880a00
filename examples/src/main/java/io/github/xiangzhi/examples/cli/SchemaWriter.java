package io.github.xiangzhi.examples.cli;

import io.github.xiangzhi.core.profile.ProfileLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the profile's JSON Schema to the file its one argument names; the build runs it to put
 * the schema at {@code examples/target/schema/xiangzhi-profile.schema.json}.
 */
public final class SchemaWriter {
  private SchemaWriter() {}

  /** Writes the schema to {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SchemaWriter OUTPUT.json");
    }
    Path target = Path.of(args[0]);
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    Files.writeString(target, SchemaCommand.schemaText(ProfileLoader.standard()) + "\n",
        StandardCharsets.UTF_8);
  }
}
