package io.github.xiangzhi.rating.rules;

import static io.github.xiangzhi.rating.rules.VillageRulesTest.CHINA;
import static io.github.xiangzhi.rating.rules.VillageRulesTest.LOADER;
import static io.github.xiangzhi.rating.rules.VillageRulesTest.PRESET;
import static io.github.xiangzhi.rating.rules.VillageRulesTest.RULES;
import static io.github.xiangzhi.rating.rules.VillageRulesTest.ZHANG;
import static io.github.xiangzhi.rating.rules.VillageRulesTest.at;
import static io.github.xiangzhi.rating.rules.VillageRulesTest.document;
import static io.github.xiangzhi.testkit.core.Problems.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.rating.points.PointsPolicy;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What the village rules, their articles, practices and cases refuse, each with its path. */
class VillageRulesChecksTest {
  static final List<RulesCase> UNKNOWN = List.of(RulesCase.of("c-1", ZHANG, "GAMBLING",
      at("2024-04-06")));

  @Test
  void everyUseOfCasesRefusesACaseUnderAPracticeTheRulesLack() {
    RatingPolicy rating = VillageRulesTest.PROFILE.section(RatingPolicy.class).orElseThrow();
    PointsPolicy points = VillageRulesTest.PROFILE.section(PointsPolicy.class).orElseThrow();
    List<Consumer<List<RulesCase>>> uses = List.of(
        RULES::validate, RULES::conductRecords, RULES::events,
        cases -> RULES.awards(cases, points),
        cases -> RULES.evidence(cases, ZHANG, GovernancePeriod.parse("2024"), CHINA,
            rating.scheme()));
    for (Consumer<List<RulesCase>> use : uses) {
      assertThat(violations(() -> use.accept(UNKNOWN)))
          .containsExactly("/0/practice rating.rules.practice.unknown");
    }
    assertThat(violations(() -> RULES.kindOf("GAMBLING")))
        .containsExactly(" rating.rules.practice.unknown");
    assertThat(RULES.practice("GAMBLING")).isEmpty();
    assertThat(RULES.practice("FILIAL_PIETY")).contains(RULES.promoted().get(2));
    assertThat(RULES.practice("SUPERSTITION")).contains(RULES.resisted().get(2));
  }

  @Test
  void rulesWithArticleNumbersOrPracticeCodesTwiceAreRefused() {
    Article one = Article.of(1, "移风易俗", "村民应自觉接受村民监督。");
    assertThat(one.no()).isEqualTo(1);
    assertThat(one.title()).contains("移风易俗");
    assertThat(one.text()).isEqualTo("村民应自觉接受村民监督。");
    assertThat(Article.of(2, null, "二").title()).isEmpty();
    assertThat(violations(() -> VillageRules.builder().from(RULES).articles(List.of(one, one))
        .build())).containsExactly("/articles/1/no core.duplicate");
    Practice resisted = RULES.resisted().get(0);
    assertThat(violations(() -> VillageRules.builder().from(RULES)
        .resisted(List.of(resisted, resisted)).build()))
        .containsExactly("/resisted/1/code core.duplicate");
    Practice promoted = RULES.promoted().get(0);
    assertThat(violations(() -> VillageRules.builder().from(RULES)
        .promoted(List.of(promoted, promoted)).build()))
        .containsExactly("/promoted/1/code core.duplicate");
  }

  @Test
  void badArticlesPracticesAndCasesAreRefusedNamingTheField() {
    assertThat(violations(() -> Article.of(0, null, " ")))
        .containsExactly("/no rating.rules.article.no", "/text core.blank");
    assertThat(violations(() -> Article.builder().no(1).text("").build()))
        .containsExactly("/text core.blank");
    assertThat(violations(() -> Practice.builder().code("OK").name("好").conductKind("bad kind")
        .build())).containsExactly("/conductKind core.code.syntax");
    assertThat(violations(() -> Practice.builder().code("OK").name("好").fact("bad fact")
        .build())).containsExactly("/fact core.code.syntax");
    assertThat(violations(() -> Practice.builder().code("OK").name("好").eventKind("bad event")
        .build())).containsExactly("/eventKind core.code.syntax");
    assertThat(violations(() -> RulesCase.of("no spaces allowed", ZHANG, "OK",
        at("2024-04-06")))).containsExactly("/id core.id.invalid");
    PointsAward award = PointsAward.of("c-1", ZHANG, "ELDER_CARE", -3);
    assertThat(award).extracting(PointsAward::caseId, PointsAward::household, PointsAward::rule,
        PointsAward::points).containsExactly("c-1", ZHANG, "ELDER_CARE", -3L);
  }

  @Test
  void R_PTS_3_theProfileChecksEveryPracticesConductAndEventKindAgainstTheOtherSections() {
    String broken = PRESET
        // a resisted practice raising a points event the points section has no rule for
        .replace("conductKind: VIOLATION, eventKind: VILLAGE_RULES_BROKEN",
            "conductKind: VIOLATION, eventKind: SUPERSTITION_FINE")
        // a promoted practice recording a conduct kind that is no red-list kind
        .replace("nameEn: simple weddings, conductKind: GOOD_DEED",
            "nameEn: simple weddings, conductKind: LITTERING");
    ProfileException e = catchThrowableOfType(() -> LOADER.parse(document(broken), "b.yaml"),
        ProfileException.class);
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("/villageRules/resisted/2/eventKind", "rating.rules.event.unknown"),
            tuple("/villageRules/promoted/0/conductKind", "rating.rules.kind.red"));
  }
}
