package io.github.xiangzhi.examples.preset;

import com.google.common.io.Resources;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.ProfileLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * 预设 — one of the five source systems as a complete county profile: a YAML document bundled
 * with the examples, faithful to its source document, which its comments cite.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Preset {
  private final String id;
  private final String source;
  private final String place;
  private final String model;

  Preset(String id, String source, String place, String model) {
    this.id = id;
    this.source = source;
    this.place = place;
    this.model = model;
  }

  /** The preset's id: {@code anlan}. */
  public String id() {
    return id;
  }

  /** The source document's number: {@code 000}. */
  public String source() {
    return source;
  }

  /** The place, as the source names it: 重庆市巴南区安澜镇. */
  public String place() {
    return place;
  }

  /** The local model: 四联共治·数字赋能. */
  public String model() {
    return model;
  }

  /** The preset's YAML document, comments and all: a starting point for a county's own. */
  public String yaml() {
    URL url = Preset.class.getResource(id + ".yaml");
    if (url == null) {
      throw new IllegalStateException("missing preset resource " + id + ".yaml");
    }
    try {
      return Resources.toString(url, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The preset loaded by {@code loader}. */
  public CountyProfile load(ProfileLoader loader) {
    return loader.parse(yaml(), id + ".yaml");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Preset && ((Preset) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  @Override
  public String toString() {
    return id;
  }
}
