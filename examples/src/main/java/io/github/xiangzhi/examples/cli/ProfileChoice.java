package io.github.xiangzhi.examples.cli;

import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.examples.preset.Presets;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --preset ID | --profile FILE}: the profile a command works with, exactly one of the two. */
final class ProfileChoice {

  @Option(names = "--preset", paramLabel = "ID", required = true, descriptionKey = "preset")
  String preset;

  @Option(names = "--profile", paramLabel = "FILE", required = true, descriptionKey = "profile")
  Path profile;

  /**
   * Loads the chosen profile.
   *
   * @throws UsageException naming an unknown preset; a ProfileException for a broken file
   * @throws FileProblem when the file cannot be read
   */
  CountyProfile load(ProfileLoader loader) {
    if (preset != null) {
      return Presets.find(preset)
          .orElseThrow(() -> new UsageException("cli.preset.unknown", preset, Presets.ids()))
          .load(loader);
    }
    try {
      return loader.load(profile);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new FileProblem(profile.toString(), FileProblem.Access.READ, e);
    }
  }

  /** The name problems are reported under. */
  String name() {
    return preset != null ? preset : profile.toString();
  }
}
