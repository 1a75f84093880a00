package io.github.xiangzhi.testkit.conformance;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.ProfileLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * 配置来源 — where the profile under test comes from: a file, a class-path resource or a text. The
 * conformance suite loads it itself, so that a profile that does not load is a finding, not a
 * crash. This class is immutable and thread-safe.
 */
public final class ProfileSource {
  private final String name;
  private final Loader loader;

  private interface Loader {
    CountyProfile load(ProfileLoader profiles) throws IOException;
  }

  private ProfileSource(String name, Loader loader) {
    this.name = name;
    this.loader = loader;
  }

  /** The profile in the YAML or JSON file {@code file}. */
  public static ProfileSource file(Path file) {
    checkNotNull(file, "file");
    return new ProfileSource(file.toString(), profiles -> profiles.load(file));
  }

  /** The profile in the file {@code path}, relative to the working directory. */
  public static ProfileSource file(String path) {
    return file(Path.of(path));
  }

  /**
   * The profile in the class-path resource {@code resource} ({@code /county/profile.yaml}),
   * resolved against {@code anchor}'s class loader and package as {@link Class#getResourceAsStream}
   * does.
   */
  public static ProfileSource resource(Class<?> anchor, String resource) {
    checkNotNull(anchor, "anchor");
    checkNotNull(resource, "resource");
    return new ProfileSource(resource, profiles -> {
      try (InputStream in = anchor.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("no resource " + resource + " next to " + anchor.getName());
        }
        return profiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
      }
    });
  }

  /** The profile written out in {@code text}, called {@code name} in messages. */
  public static ProfileSource text(String text, String name) {
    checkNotNull(text, "text");
    checkNotNull(name, "name");
    return new ProfileSource(name, profiles -> profiles.parse(text, name));
  }

  /** What messages call the source: the file, resource or given name. */
  public String name() {
    return name;
  }

  /**
   * The profile loaded with {@code profiles}.
   *
   * @throws io.github.xiangzhi.core.profile.ProfileException listing every problem of the document
   * @throws UncheckedIOException if the file or resource cannot be read
   */
  public CountyProfile load(ProfileLoader profiles) {
    try {
      return loader.load(profiles);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProfileSource && ((ProfileSource) o).name.equals(name)
        && ((ProfileSource) o).loader == loader;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
