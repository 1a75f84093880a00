package io.github.xiangzhi.grid.level;

import com.fasterxml.jackson.core.type.TypeReference;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.json.XiangzhiJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The five level schemes of the source documents (R-GRID-1), read once from the bundled
 * {@code level-schemes.yaml}, which cites each source: {@code ANLAN} (000), {@code CHANGZHI}
 * (001), {@code SHANGBA} (002), {@code GONGXIAN} (003) and {@code WEITUO} (004).
 */
public final class LevelSchemes {
  private LevelSchemes() {}

  /** The source schemes by code, in source order. */
  public static ImmutableMap<String, LevelScheme> sources() {
    return Holder.SOURCES;
  }

  /** The source scheme {@code code}, if there is one. */
  public static Optional<LevelScheme> source(String code) {
    return Optional.ofNullable(Holder.SOURCES.get(code));
  }

  private static final class Holder {
    static final ImmutableMap<String, LevelScheme> SOURCES = load();

    private static ImmutableMap<String, LevelScheme> load() {
      try (InputStream in = LevelSchemes.class.getResourceAsStream("level-schemes.yaml")) {
        if (in == null) {
          throw new IllegalStateException("missing built-in resource level-schemes.yaml");
        }
        List<LevelScheme> schemes = XiangzhiJson.newYamlMapper()
            .readValue(in, new TypeReference<List<LevelScheme>>() {});
        ImmutableMap.Builder<String, LevelScheme> out = ImmutableMap.builder();
        schemes.forEach(s -> out.put(s.code(), s));
        return out.buildOrThrow();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
