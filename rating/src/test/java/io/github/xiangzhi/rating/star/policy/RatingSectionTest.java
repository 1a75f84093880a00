package io.github.xiangzhi.rating.star.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.rating.star.StarCategory;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RatingSectionTest {
  static final ProfileLoader LOADER = ProfileLoader.standard();
  static final String PRESET = new RatingSectionType().presets().get("CHANGZHI");

  static String document(String ratingBody) {
    String indented = ratingBody.lines().map(l -> "  " + l).collect(Collectors.joining("\n"));
    return "profile: {id: changzhi, name: 长治市}\nrating:\n" + indented + "\n";
  }

  static ProfileException problems(String ratingBody) {
    return catchThrowableOfType(ProfileException.class,
        () -> LOADER.parse(document(ratingBody), "county.yaml"));
  }

  @Test
  void R_STAR_1_theChangzhiPresetHasTheTenCategoriesOf001() {
    CountyProfile profile = LOADER.parse(document(PRESET), "changzhi.yaml");
    RatingPolicy policy = profile.section(RatingPolicy.class).orElseThrow();
    StarScheme scheme = policy.scheme();
    assertThat(scheme.categories()).extracting(StarCategory::name).containsExactly("爱党爱国",
        "勤劳致富", "诚实守信", "团结友善", "孝老爱亲", "文明风尚", "遵规守法", "绿色环保", "卫生健康", "科教文体");
    assertThat(scheme.categories()).extracting(c -> c.description().orElseThrow())
        .containsExactly("爱党爱国、拥护集体", "主动创业、带头致富", "重约守信、诚实经营", "与人为善、助人为乐",
            "尊老爱幼、家庭和睦", "移风易俗、志愿服务", "遵规守纪、自觉守法", "低碳生活、保护生态", "清洁家园、健康防疫",
            "崇尚科学、主动求知");
    assertThat(scheme.maxStars()).isEqualTo(10);
    assertThat(scheme.categories()).allSatisfy(c -> assertThat(c.attainable()).isEqualTo(100));
    assertThat(policy.targets()).isEqualTo(io.github.xiangzhi.rating.star.target.TargetRules
        .standard());
    assertThat(policy).isEqualTo(StarGens.changzhi());
    assertThat(new RatingSectionType().summary(policy, Locale.ENGLISH)).isEqualTo(
        "CHANGZHI: 10 categories, at most 10 stars, 2 bonuses, 2 vetoes; targets per VILLAGE: "
            + "participation 90%, starred 40%, 6+ stars 60%");
    assertThat(new RatingSectionType().summary(policy, Locale.CHINA)).isEqualTo(
        "CHANGZHI:10 个星级类别,最多 10 星,2 个加分项,2 个否决项;按 VILLAGE 考核:参评率 90%,"
            + "星级评定率 40%,6 星及以上占比 60%");
    // written out and read back, the profile is the same
    assertThat(LOADER.parse(LOADER.toYaml(profile), "again.yaml")).isEqualTo(profile);
    assertThat(LOADER.jsonSchema().get("properties").has("rating")).isTrue();
  }

  @Test
  void R_STAR_2_duplicateCategoryCodesAndUnattainablePassMarksAreProblemsWithPaths() {
    String duplicate = PRESET.replace("    - code: HONESTY_TRUST",
        "    - code: HARD_WORK_PROSPERITY");
    assertThat(problems(duplicate).problems())
        .extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/rating/scheme/categories/2/code", "core.duplicate"));

    String unattainable = PRESET.replaceFirst("passMark: 60 ", "passMark: 101 ");
    ProfileException e = problems(unattainable);
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey).containsExactly(
        tuple("/rating/scheme/categories/0/passMark",
            "rating.star.category.passMark.unattainable"));
    assertThat(e.problems().get(0).message(Locale.ENGLISH)).isEqualTo("Category "
        + "LOVE_PARTY_AND_COUNTRY has pass mark 101, above the 100 points its indicators can give");
    assertThat(e.problems().get(0).line()).isPositive();
  }

  @Test
  void R_STAR_5_thresholdsOutsideZeroToOneAreRejected() {
    ProfileException e = problems(PRESET.replace("starred: 40%", "starred: 140%"));
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/rating/targets/starred", "core.share.range"));
    assertThat(problems(PRESET.replace("participation: 90%", "participation: -0.1")).problems())
        .extracting(Problem::path).containsExactly("/rating/targets/participation");
    assertThat(problems(PRESET.replace("highStars: 6", "highStars: 11")).problems())
        .extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/rating/targets/highStars", "rating.star.target.highStars.max"));
  }

  @Test
  void R_STAR_7_unknownIndicatorsFactsAndCategoriesAreProblems() {
    ProfileException trigger = problems(PRESET.replace("trigger: VETERAN_HOUSEHOLD",
        "trigger: VETERANS"));
    assertThat(trigger.problems()).extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/rating/scheme/bonuses/0/trigger", "rating.star.trigger.unknown"));
    assertThat(trigger.problems().get(0).message(Locale.ENGLISH)).isEqualTo(
        "VETERAN is triggered by 'VETERANS', which is no indicator or fact of the scheme");
    assertThat(problems(PRESET.replace("fact: POINTS_BALANCE", "fact: POINTS")).problems())
        .extracting(Problem::path, Problem::messageKey).containsExactly(tuple(
            "/rating/scheme/categories/5/indicators/2/fact", "rating.star.indicator.fact.unknown"));
    assertThat(problems(PRESET.replace("categories: [CIVILIZED_CUSTOMS, LAW_ABIDING]",
        "categories: [CIVILIZED_CUSTOMS, OBEYS_LAW]")).problems())
        .extracting(Problem::path, Problem::messageKey).containsExactly(
            tuple("/rating/scheme/vetoes/1/categories/1", "rating.star.category.unknown"));
    assertThat(problems(PRESET.replace("blackListFact: BLACK_LIST", "blackListFact: BLACKLIST"))
        .problems()).extracting(Problem::path, Problem::messageKey)
        .containsExactly(tuple("/rating/conduct/blackListFact", "rating.star.conduct.fact"));
    assertThat(problems(PRESET.replace("type: COUNT, weight: 10, cap: 4}",
        "type: COUNT, weight: 10, cap: 4, bonus: 3}")).problems())
        .extracting(Problem::messageKey).contains("profile.field.unknown");
  }
}
