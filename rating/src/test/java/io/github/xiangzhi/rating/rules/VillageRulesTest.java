package io.github.xiangzhi.rating.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.grid.profile.GridSection;
import io.github.xiangzhi.grid.profile.GridSectionType;
import io.github.xiangzhi.rating.points.PointsPolicy;
import io.github.xiangzhi.rating.points.PointsSection;
import io.github.xiangzhi.rating.star.Bonus;
import io.github.xiangzhi.rating.star.StarEngine;
import io.github.xiangzhi.rating.star.Evidence;
import io.github.xiangzhi.rating.star.Fact;
import io.github.xiangzhi.rating.star.ReasonKind;
import io.github.xiangzhi.rating.star.StarResult;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.ValueType;
import io.github.xiangzhi.rating.star.Veto;
import io.github.xiangzhi.rating.star.conduct.ListEntry;
import io.github.xiangzhi.rating.star.conduct.RedBlackList;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VillageRulesTest {
  static final ProfileLoader LOADER = ProfileLoader.standard();
  static final ZoneId CHINA = GovernanceCalendar.CHINA;
  static final HouseholdId ZHANG = HouseholdId.of("al-0001");
  static final HouseholdId LI = HouseholdId.of("al-0004");

  static String document(String villageRules) {
    return "profile: {id: p, name: 安澜}\ngrid:\n"
        + new GridSectionType().presets().get("ANLAN").indent(2)
        // Changzhi's stars, counted at Anlan's village level
        + "rating: {preset: CHANGZHI, targets: {level: VILLAGE_COMMITTEE}}\n" + "points:\n"
        + new PointsSection().presets().get("MORAL_SAVINGS_BANK").indent(2) + "villageRules:\n"
        + villageRules.indent(2);
  }

  static final String PRESET = new VillageRulesSectionType().presets().get("ANLAN");
  static final CountyProfile PROFILE = LOADER.parse(document(PRESET), "anlan.yaml");
  static final VillageRules RULES = PROFILE.section(VillageRules.class).orElseThrow();

  static Instant at(String day) {
    return LocalDate.parse(day).atTime(10, 0).atZone(CHINA).toInstant();
  }

  static final List<RulesCase> CASES = List.of(
      RulesCase.builder().id("c-1").household(ZHANG).practice("LAVISH_CEREMONY").article(2)
          .occurredAt(at("2024-04-06")).note("婚宴超标").build(),
      RulesCase.of("c-2", ZHANG, "GIFT_RIVALRY", at("2024-05-20")),
      RulesCase.builder().id("c-3").household(LI).practice("FILIAL_PIETY").article(3)
          .occurredAt(at("2024-05-01")).build(),
      RulesCase.of("c-4", LI, "SIMPLE_FUNERAL", at("2024-07-02")));

  @Test
  void ANLAN_theVillageRulesHoldThePracticesResistedAndPromotedThat000Names() {
    assertThat(RULES.resisted()).extracting(Practice::name)
        .containsExactly("大操大办", "人情攀比", "封建迷信");
    assertThat(RULES.promoted()).extracting(Practice::name)
        .containsExactly("婚事新办", "丧事简办", "孝亲敬老", "弘扬好家风");
    assertThat(RULES.articles()).extracting(Article::no).containsExactly(1, 2, 3, 4, 5);
    assertThat(RULES.kindOf("LAVISH_CEREMONY")).isEqualTo(CaseKind.VIOLATION);
    assertThat(RULES.kindOf("FILIAL_PIETY")).isEqualTo(CaseKind.COMMENDATION);
    assertThat(CaseKind.VIOLATION.text(Locale.CHINA)).isEqualTo("违约");
    VillageRulesSectionType type = new VillageRulesSectionType();
    assertThat(type.summary(RULES, Locale.ENGLISH)).isEqualTo(
        "Anlan village rules: 5 article(s), 3 practice(s) resisted, 4 promoted");
    assertThat(type.summary(RULES, Locale.CHINA)).isEqualTo(
        "安澜镇村规民约(移风易俗\"十抵制十提倡\"):5 条条款,抵制 3 项,提倡 4 项");
    assertThat(LOADER.parse(LOADER.toYaml(PROFILE), "again.yaml")).isEqualTo(PROFILE);
  }

  @Test
  void LIWAN_theVillageCompactHoldsTheFourContentsOf004() {
    String liwan = new VillageRulesSectionType().presets().get("LIWAN");
    VillageRules rules = LOADER.parse(document(liwan), "liwan.yaml").section(VillageRules.class)
        .orElseThrow();
    assertThat(rules.articles()).extracting(a -> a.title().orElseThrow()).containsExactly(
        "农村环境治理", "村民“十不”行为规范", "红白喜事倡议", "农村宗教治理");
    assertThat(rules.promoted()).isEmpty();
    assertThat(rules.conductRecords(List.of(RulesCase.of("c-9", ZHANG, "LITTERING",
        at("2024-04-06"))))).extracting(r -> r.kind()).containsExactly("LITTERING");
  }

  @Test
  void R_PTS_3_violationsGoOnTheBlackListAndCommendationsOnTheRedList() {
    RatingPolicy rating = PROFILE.section(RatingPolicy.class).orElseThrow();
    RedBlackList list = RedBlackList.compile(
        PROFILE.section(GridSection.class).orElseThrow().hierarchy(), UnitId.of("al-v1"),
        GovernancePeriod.parse("2024-Q2"), RULES.conductRecords(CASES), rating.conduct(), CHINA);
    assertThat(list.black()).extracting(ListEntry::household, ListEntry::kinds, ListEntry::records)
        .containsExactly(tuple(ZHANG, java.util.Set.of("EXTRAVAGANT_CEREMONY"),
            List.of("c-1", "c-2")));
    // the simple funeral of July falls in the next quarter
    assertThat(list.red()).extracting(ListEntry::household, ListEntry::kinds)
        .containsExactly(tuple(LI, java.util.Set.of("FILIAL_EXAMPLE")));
    assertThat(RULES.conductRecords(CASES)).extracting(r -> r.note().orElse(""))
        .containsExactly("婚宴超标", "", "", "");
  }

  @Test
  void casesSetTheFactsOnWhichTheStarSchemesVetoesAndBonusesTrigger() {
    StarScheme changzhi = PROFILE.section(RatingPolicy.class).orElseThrow().scheme();
    // a county adds a veto on two breaches of the village rules in a year, and a bonus for a
    // household commended for filial piety
    StarScheme scheme = StarScheme.builder().from(changzhi)
        .addFacts(Fact.of("RULES_BREACHES", "违反村规民约次数", ValueType.COUNT),
            Fact.of("FILIAL_COMMENDED", "孝亲敬老受表彰", ValueType.BOOLEAN))
        .addVetoes(Veto.builder().code("RULES_BREACH").name("屡违村规民约").trigger("RULES_BREACHES")
            .atLeast(BigDecimal.valueOf(2)).addCategories("CIVILIZED_CUSTOMS").build())
        .addBonuses(Bonus.builder().code("FILIAL").name("孝亲敬老加分").trigger("FILIAL_COMMENDED")
            .points(10).addCategories("FILIAL_PIETY_FAMILY").build())
        .build();
    VillageRules rules = VillageRules.builder().from(RULES)
        .resisted(List.of(
            Practice.builder().from(RULES.resisted().get(0)).fact("RULES_BREACHES").build(),
            Practice.builder().from(RULES.resisted().get(1)).fact("RULES_BREACHES").build(),
            RULES.resisted().get(2)))
        .promoted(List.of(RULES.promoted().get(0), RULES.promoted().get(1),
            Practice.builder().from(RULES.promoted().get(2)).fact("FILIAL_COMMENDED").build(),
            RULES.promoted().get(3)))
        .build();
    GovernancePeriod year = GovernancePeriod.parse("2024");
    Evidence zhang = rules.evidence(CASES, ZHANG, year, CHINA, scheme);
    assertThat(zhang.counts()).containsEntry("RULES_BREACHES", 2L);
    assertThat(zhang.flags()).doesNotContain("FILIAL_COMMENDED");
    Evidence li = rules.evidence(CASES, LI, year, CHINA, scheme);
    assertThat(li.flags()).contains("FILIAL_COMMENDED");
    assertThat(li.counts()).containsEntry("RULES_BREACHES", 0L);
    // only the first half of the year: one breach, below the veto
    assertThat(rules.evidence(CASES, ZHANG, GovernancePeriod.parse("2024-04"), CHINA, scheme)
        .counts()).containsEntry("RULES_BREACHES", 1L);

    StarEngine engine = StarEngine.create();
    StarResult vetoed = engine.evaluate(scheme, ZHANG, zhang);
    assertThat(vetoed.reasons()).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo(ReasonKind.VETO);
      assertThat(r.subject()).contains("RULES_BREACH");
    });
    StarResult bonus = engine.evaluate(scheme, LI, li);
    assertThat(bonus.reasons()).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo(ReasonKind.BONUS);
      assertThat(r.subject()).contains("FILIAL");
    });
    assertThat(engine.evaluate(scheme, LI, li).reasons())
        .noneMatch(r -> r.kind() == ReasonKind.VETO);

    // facts the scheme lacks are named with the practice's path
    InvalidValueException e = catchThrowableOfType(
        () -> rules.evidence(CASES, ZHANG, year, CHINA, changzhi), InvalidValueException.class);
    assertThat(e.violations()).extracting(v -> v.path() + " " + v.messageKey()).containsExactly(
        "/resisted/0/fact rating.rules.fact.unknown", "/resisted/1/fact rating.rules.fact.unknown",
        "/promoted/2/fact rating.rules.fact.unknown");
  }

  @Test
  void casesRaiseThePointsEventsAndAwardsOfThePointsRules() {
    PointsPolicy points = PROFILE.section(PointsPolicy.class).orElseThrow();
    List<ConductEvent> events = RULES.events(CASES);
    assertThat(events).extracting(ConductEvent::id, ConductEvent::kind).containsExactly(
        tuple("c-1", "VILLAGE_RULES_BROKEN"), tuple("c-2", "VILLAGE_RULES_BROKEN"),
        tuple("c-3", "ELDER_CARE"));
    assertThat(events.get(0).source()).contains(VillageRules.SOURCE);
    assertThat(events.get(0).reference()).contains("ANLAN#2");
    assertThat(events.get(1).reference()).isEmpty();
    long deduction = points.rule("VILLAGE_RULES_BROKEN").orElseThrow().points();
    long care = points.rule("ELDER_CARE").orElseThrow().points();
    assertThat(RULES.awards(CASES, points)).containsExactly(
        PointsAward.of("c-1", ZHANG, "VILLAGE_RULES_BROKEN", -deduction),
        PointsAward.of("c-2", ZHANG, "VILLAGE_RULES_BROKEN", -deduction),
        PointsAward.of("c-3", LI, "ELDER_CARE", care));
  }

  @Test
  void badCasesAndPracticesThatNameNothingAreProblemsWithPaths() {
    InvalidValueException cases = catchThrowableOfType(() -> RULES.validate(List.of(
        RulesCase.builder().id("c-1").household(ZHANG).practice("GAMBLING").occurredAt(at(
            "2024-04-06")).build(),
        RulesCase.builder().id("c-2").household(ZHANG).practice("SUPERSTITION").article(9)
            .occurredAt(at("2024-04-06")).build(),
        RulesCase.of("c-1", LI, "FILIAL_PIETY", at("2024-04-06")))),
        InvalidValueException.class);
    assertThat(cases.violations()).extracting(v -> v.path() + " " + v.messageKey())
        .containsExactlyInAnyOrder("/2/id core.duplicate",
            "/0/practice rating.rules.practice.unknown",
            "/1/article rating.rules.article.unknown");
    assertThat(cases.violations()).extracting(v -> v.message(Locale.ENGLISH))
        .contains("Case c-2 cites article 9, which the village rules do not have");

    String broken = PRESET
        .replace("conductKind: EXTRAVAGANT_CEREMONY, eventKind: VILLAGE_RULES_BROKEN}\n"
            + "  - {code: GIFT_RIVALRY", "conductKind: GOOD_DEED, eventKind: VILLAGE_RULES_BROKEN}\n"
            + "  - {code: GIFT_RIVALRY")
        .replace("eventKind: ELDER_CARE", "eventKind: FILIAL_VISIT, fact: FILIAL_COMMENDED");
    ProfileException e = catchThrowableOfType(() -> LOADER.parse(document(broken), "b.yaml"),
        ProfileException.class);
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("/villageRules/resisted/0/conductKind", "rating.rules.kind.black"),
            tuple("/villageRules/promoted/2/fact", "rating.rules.fact.unknown"),
            tuple("/villageRules/promoted/2/eventKind", "rating.rules.event.unknown"));
    assertThat(e.report(Locale.ENGLISH)).contains("Resisted practice LAVISH_CEREMONY records the"
        + " conduct kind GOOD_DEED, which is not a black-list kind of the rating section");
    assertThat(e.report(Locale.CHINA)).contains("事项 FILIAL_PIETY 产生积分事件 FILIAL_VISIT,但积分配置中没有对应规则");

    ProfileException own = catchThrowableOfType(() -> LOADER.parse(document(PRESET.replace(
        "code: SIMPLE_WEDDING", "code: SUPERSTITION")), "o.yaml"), ProfileException.class);
    assertThat(own.problems()).extracting(Problem::path, Problem::messageKey).containsExactly(
        tuple("/villageRules/promoted/0/code", "rating.rules.practice.both"));
  }
}
