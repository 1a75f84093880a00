package io.github.xiangzhi.testkit;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.core.group.SpecialGroupCatalog;
import io.github.xiangzhi.core.group.SpecialGroupCategory;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.core.profile.CoreSections;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.ProfileInfo;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.rating.star.target.TargetRules;
import io.github.xiangzhi.testkit.core.CoreGens;
import io.github.xiangzhi.testkit.rating.PointsGens;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * 配置生成器 — whole county profiles, assembled through the standard loader (so every
 * cross-section check runs): a profile section, a random calendar, a random subset of the
 * sources' special groups, a random star scheme with the standard targets (6+ stars, or the scheme's maximum when lower), and a points policy.
 *
 * <pre>{@code
 * qt().forAll(Profiles.any()).checkAssert(p ->
 *     assertThat(loader.parse(loader.toYaml(p), "again.yaml")).isEqualTo(p));
 * }</pre>
 */
public final class Profiles {
  private Profiles() {}

  private static final ProfileLoader LOADER = ProfileLoader.standard();
  private static final List<SpecialGroupCategory> SOURCES = sources();

  private static List<SpecialGroupCategory> sources() {
    try {
      return XiangzhiJson.newYamlMapper().readValue(
          new CoreSections.SpecialGroups().presets().get("SOURCES"), SpecialGroupCatalog.class)
          .categories();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Random whole profiles. */
  public static Gen<CountyProfile> any() {
    return longs().all().zip(CoreGens.calendars(), Generate.pick(List.of(true, false)),
        (seed, calendar, overdraw) -> {
          SplittableRandom r = new SplittableRandom(seed);
          Map<String, Object> sections = new LinkedHashMap<>();
          sections.put("profile", ProfileInfo.builder().id("county-" + Math.floorMod(seed, 1000))
              .name("随机县").build());
          sections.put("calendar", calendar);
          List<SpecialGroupCategory> groups = new ArrayList<>();
          for (SpecialGroupCategory c : SOURCES) {
            if (r.nextBoolean()) {
              groups.add(c);
            }
          }
          sections.put("specialGroups", SpecialGroupCatalog.of(groups));
          StarScheme scheme = StarGens.scheme(r.nextLong(), r.nextBoolean());
          sections.put("rating", RatingPolicy.builder().scheme(scheme)
              .targets(TargetRules.builder().highStars(Math.min(6, scheme.maxStars())).build())
              .build());
          sections.put("points", PointsGens.policy(overdraw, Optional.empty()));
          return LOADER.assemble(sections);
        });
  }
}
