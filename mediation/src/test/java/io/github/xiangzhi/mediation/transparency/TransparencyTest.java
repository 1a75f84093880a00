package io.github.xiangzhi.mediation.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.profile.GridSection;
import io.github.xiangzhi.grid.profile.GridSectionType;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.MediationSection;
import io.github.xiangzhi.mediation.deliberation.CompletedStep;
import io.github.xiangzhi.mediation.deliberation.DeliberationException;
import io.github.xiangzhi.mediation.matter.Docket;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.Severity;
import io.github.xiangzhi.testkit.core.Examples;
import io.github.xiangzhi.testkit.mediation.Fixtures;
import io.github.xiangzhi.testkit.mediation.TestDockets;
import io.github.xiangzhi.mediation.triage.AffairClass;
import io.github.xiangzhi.mediation.triage.Triage;
import io.github.xiangzhi.mediation.triage.TriageRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TransparencyTest {
  static final UnitId XS = UnitId.of("sb-xs");
  static final UnitId YE = UnitId.of("sb-ye");

  static String document(String grid, String mediation) {
    return "profile: {id: p, name: 预设}\ngrid:\n"
        + new GridSectionType().presets().get(grid).indent(2) + "mediation:\n"
        + mediation.indent(2);
  }

  static Posting posting(String item, UnitId unit, String period, String on, int days) {
    return Posting.builder().item(item).unit(unit).period(GovernancePeriod.parse(period))
        .postedOn(LocalDate.parse(on)).where("村务公开栏").days(days).build();
  }

  // ---- 一晒一督 ----

  @Test
  void SHANGBA_itemsDueAndNotPostedCountWorkingDaysOnTheOfficialCalendar() {
    TransparencyRules rules = Fixtures.preset("SHANGBA").transparency().orElseThrow();
    assertThat(rules.items()).extracting(PostingItem::kind).containsExactly(
        AffairKind.PARTY, AffairKind.VILLAGE, AffairKind.FINANCIAL);
    assertThat(rules.supervisor()).contains("SUPERVISORY_COMMITTEE");
    GovernanceCalendar calendar = Fixtures.officialCalendar();
    PostingItem finances = rules.item("FINANCES").orElseThrow();
    // September's finances: ten working days after 30 September, across the National Day
    // holiday (1 to 7 October) and counting the make-up workday of Saturday 12 October
    assertThat(TransparencyReport.dueBy(finances, GovernancePeriod.parse("2024-09"), calendar))
        .isEqualTo(LocalDate.of(2024, 10, 18));
    assertThat(TransparencyReport.dueBy(finances, GovernancePeriod.parse("2024-09"),
        GovernanceCalendar.standard())).isEqualTo(LocalDate.of(2024, 10, 14));

    List<Posting> postings = List.of(
        posting("FINANCES", XS, "2024-07", "2024-08-05", 15),
        posting("FINANCES", XS, "2024-08", "2024-09-20", 15),   // due 13 September: late
        posting("FINANCES", XS, "2024-09", "2024-10-16", 5),    // up for 5 of 15 days
        posting("PARTY_AFFAIRS", XS, "2024-Q3", "2024-10-10", 30),
        posting("VILLAGE_AFFAIRS", XS, "2024-Q3", "2024-10-10", 30),
        posting("FINANCES", YE, "2024-07", "2024-08-01", 15),
        posting("FINANCES", YE, "2024-08", "2024-09-02", 15));
    List<SupervisionReview> reviews = List.of(
        SupervisionReview.of(XS, "SB_XS_SUPERVISORY_COMMITTEE", LocalDate.of(2024, 9, 25), true,
            null),
        SupervisionReview.of(YE, "SB_YE_SUPERVISORY_COMMITTEE", LocalDate.of(2024, 9, 26), false,
            "九月财务未公开"));
    List<UnitId> villages = List.of(XS, YE);
    LocalDate since = LocalDate.of(2024, 7, 1);

    TransparencyReport onDueDay = TransparencyReport.compile(rules, villages, postings, reviews,
        calendar, since, LocalDate.of(2024, 10, 18));
    assertThat(onDueDay.notPosted()).isEmpty();
    TransparencyReport after = TransparencyReport.compile(rules, villages, postings, reviews,
        calendar, since, LocalDate.of(2024, 10, 21));
    GovernancePeriod q3 = GovernancePeriod.parse("2024-Q3");
    assertThat(after.notPosted()).containsExactly(
        DuePosting.of(YE, "PARTY_AFFAIRS", q3, LocalDate.of(2024, 10, 18)),
        DuePosting.of(YE, "VILLAGE_AFFAIRS", q3, LocalDate.of(2024, 10, 18)),
        DuePosting.of(YE, "FINANCES", GovernancePeriod.parse("2024-09"),
            LocalDate.of(2024, 10, 18)));
    assertThat(after.late()).extracting(p -> p.covers().toString()).containsExactly("2024-08");
    assertThat(after.tooShort()).extracting(Posting::days).containsExactly(5);
    assertThat(after.unreviewed()).isEmpty();
    assertThat(after.failedReviews()).extracting(SupervisionReview::unit).containsExactly(YE);
    assertThat(after.isClear()).isFalse();
    assertThat(after.lines(Locale.ENGLISH)).contains(
        "  sb-ye: FINANCES for 2024-09 was due by 2024-10-18 and is not posted",
        "  sb-xs: FINANCES for 2024-08 was posted late, on 2024-09-20",
        "  sb-ye: the review by SB_YE_SUPERVISORY_COMMITTEE on 2024-09-26 found the postings not"
            + " in order: 九月财务未公开");
    assertThat(after.lines(Locale.CHINA)).contains(
        "  sb-xs:2024-09 的 FINANCES 仅公开 5 天");
    // once the fourth quarter has ended, neither village was reviewed in it
    TransparencyReport newYear = TransparencyReport.compile(rules, villages, postings, reviews,
        calendar, since, LocalDate.of(2025, 1, 2));
    assertThat(newYear.unreviewed()).containsExactly(
        UnreviewedPeriod.of(XS, GovernancePeriod.parse("2024-Q4")),
        UnreviewedPeriod.of(YE, GovernancePeriod.parse("2024-Q4")));
  }

  @Test
  void aPostingWithNoPeriodOrOfAnUnknownItemIsATypedProblemWithAPath() {
    InvalidValueException noPeriod = catchThrowableOfType(() -> Posting.builder()
        .item("FINANCES").unit(XS).postedOn(LocalDate.of(2024, 8, 5)).where(" ").days(0)
        .build(), InvalidValueException.class);
    assertThat(noPeriod.violations()).extracting(v -> v.path() + " " + v.messageKey())
        .containsExactly("/period mediation.posting.period.missing", "/where core.blank",
            "/days mediation.posting.days");
    assertThat(noPeriod.violations().get(0).message(Locale.ENGLISH)).isEqualTo("The posting of"
        + " FINANCES by 'sb-xs' gives no period: say which month, quarter or year it covers");
    assertThat(noPeriod.violations().get(0).message(Locale.CHINA))
        .isEqualTo("“sb-xs”公开的 FINANCES 没有注明期间:请写明所属月、季或年");
    TransparencyRules rules = Fixtures.preset("SHANGBA").transparency().orElseThrow();
    InvalidValueException refs = catchThrowableOfType(() -> TransparencyReport.compile(rules,
        List.of(XS), List.of(posting("FINANCES", XS, "2024-07", "2024-08-05", 15),
            posting("BUDGET", UnitId.of("sb-jd"), "2024-07", "2024-08-05", 15)),
        List.of(SupervisionReview.of(YE, "X", LocalDate.of(2024, 9, 1), true, null)),
        GovernanceCalendar.standard(), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 1)),
        InvalidValueException.class);
    assertThat(refs.violations()).extracting(v -> v.path() + " " + v.messageKey())
        .containsExactly("/postings/1/item mediation.posting.item.unknown",
            "/postings/1/unit mediation.posting.unit.unknown",
            "/reviews/0/unit mediation.review.unit.unknown");
  }

  @Test
  void notPostedMatchesAPeriodByPeriodReference() {
    TransparencyRules rules = Fixtures.preset("SHANGBA").transparency().orElseThrow();
    GovernanceCalendar calendar = Fixtures.officialCalendar();
    qt().withExamples(Examples.of(100)).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      LocalDate since = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(300));
      LocalDate asOf = since.plusDays(random.nextInt(400));
      List<Posting> postings = new ArrayList<>();
      for (int i = random.nextInt(12); i > 0; i--) {
        PostingItem item = rules.items().get(random.nextInt(rules.items().size()));
        GovernancePeriod period = GovernancePeriod.containing(item.every(),
            since.plusDays(random.nextInt(-40, 400)));
        postings.add(posting(item.code(), random.nextBoolean() ? XS : YE, period.toString(),
            period.end().plusDays(random.nextInt(30)).toString(), 1 + random.nextInt(20)));
      }
      TransparencyReport report = TransparencyReport.compile(rules, List.of(XS, YE), postings,
          List.of(), calendar, since, asOf);
      // reference: every day from the first period's start, each period once at its last day
      List<DuePosting> expected = new ArrayList<>();
      for (UnitId village : List.of(XS, YE)) {
        for (PostingItem item : rules.items()) {
          LocalDate first = GovernancePeriod.containing(item.every(), since).start();
          for (LocalDate d = first; d.isBefore(asOf); d = d.plusDays(1)) {
            GovernancePeriod period = GovernancePeriod.containing(item.every(), d);
            if (!period.end().equals(d)) {
              continue;
            }
            LocalDate due = d;
            for (int n = 0; n < item.withinWorkingDays(); ) {
              due = due.plusDays(1);
              if (calendar.isWorkingDay(due)) {
                n++;
              }
            }
            boolean posted = postings.stream().anyMatch(p -> p.unit().equals(village)
                && p.item().equals(item.code()) && p.covers().equals(period));
            if (due.isBefore(asOf) && !posted) {
              expected.add(DuePosting.of(village, item.code(), period, due));
            }
          }
        }
      }
      assertThat(report.notPosted()).isEqualTo(expected);
    });
  }

  // ---- 小微权力清单 ----

  @Test
  void SHANGBA_aMatterOfASmallPowerFollowsItsStepsLikeADeliberation() {
    MediationPolicy preset = Fixtures.preset("SHANGBA");
    assertThat(preset.smallPowers()).extracting(p -> p.displayName(Locale.CHINA)).containsExactly(
        "惠农资金发放", "村集体\"三资\"管理(资产资源发包出租)", "扶贫项目申报与实施");
    SmallPower assets = preset.smallPower("COLLECTIVE_ASSETS").orElseThrow();
    assertThat(assets.body()).isEqualTo("TWO_COMMITTEES");
    assertThat(preset.procedure("COLLECTIVE_ASSETS")).contains(assets.procedure());
    // a land matter is a lease of collective land: the village handles it through the steps
    Triage triage = preset.triage().orElseThrow();
    MediationPolicy policy = MediationPolicy.builder().from(preset).triage(Triage.builder()
        .from(triage)
        .addClasses(AffairClass.builder().code("ASSET_LEASE").name("集体资产发包出租")
            .tier("VILLAGE").procedure("COLLECTIVE_ASSETS").build())
        .addRules(TriageRule.builder().addKinds(MatterKind.LAND).affair("ASSET_LEASE").build())
        .build()).build();
    MatterId m = MatterId.of("m-1");
    Docket d = TestDockets.docket(policy, Fixtures.shangba(), Fixtures.at("2024-09-02"));
    d.open(TestDockets.report("m-1", MatterKind.LAND, Severity.ORDINARY, "xinshang-1"),
        Fixtures.at("2024-09-02"));
    d.file(m, Fixtures.at("2024-09-02"));
    d.assign(m, Fixtures.staff("vc-1", "VILLAGE_CADRE"), Fixtures.at("2024-09-03"));
    d.step(m, "PROPOSE", Fixtures.at("2024-09-04"));
    DeliberationException skipped = catchThrowableOfType(
        () -> d.step(m, "PUBLICISE", Fixtures.at("2024-09-05")), DeliberationException.class);
    assertThat(skipped.getMessage())
        .isEqualTo("Matter 'm-1': the next step of COLLECTIVE_ASSETS is DECIDE, not PUBLICISE");
    d.step(m, "DECIDE", Fixtures.at("2024-09-05"));
    assertThat(d.deliberation(m).orElseThrow().next().orElseThrow().code())
        .isEqualTo("PUBLICISE");

    // a record kept elsewhere is audited against the same steps
    SmallPower funds = preset.smallPower("BENEFIT_FUNDS").orElseThrow();
    List<CompletedStep> record = List.of(
        CompletedStep.of("APPLY", Fixtures.at("2024-03-01")),
        CompletedStep.of("VERIFY", Fixtures.at("2024-03-04")),
        CompletedStep.of("PAY", Fixtures.at("2024-03-05")),      // paid before it was publicised
        CompletedStep.of("DISCLOSE", Fixtures.at("2024-03-02")));
    assertThat(funds.audit(m, Fixtures.at("2024-03-01"), record))
        .extracting(v -> v.path() + " " + v.messageKey()).containsExactly(
            "/done/2/step mediation.step.order", "/done/3/step mediation.step.order",
            "/done/3/at mediation.clock.backwards");
    assertThat(funds.audit(m, Fixtures.at("2024-03-01"), record.subList(0, 2))).isEmpty();
  }

  @Test
  void smallPowersAndTheSupervisorNameBodiesOfTheGridSection() {
    String shangba = new MediationSection().presets().get("SHANGBA");
    assertThat(Fixtures.LOADER.parse(document("SHANGBA", shangba), "s.yaml")
        .section(MediationPolicy.class)).isPresent();
    String broken = shangba.replace("supervisor: SUPERVISORY_COMMITTEE", "supervisor: TOWN_HALL")
        .replaceFirst("body: TWO_COMMITTEES", "body: VILLAGE_COMMITTEE");
    ProfileException e = catchThrowableOfType(() -> Fixtures.LOADER.parse(
        document("SHANGBA", broken), "s.yaml"), ProfileException.class);
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("/mediation/transparency/supervisor", "mediation.transparency.supervisor.unknown"),
            tuple("/mediation/smallPowers/0/body", "mediation.smallPower.body.unknown"));
    assertThat(e.report(Locale.CHINA)).contains(
        "小微权力 BENEFIT_FUNDS 的行使主体 VILLAGE_COMMITTEE 既不是网格配置中任何机构的代码,也不是其类型");
    ProfileException clash = catchThrowableOfType(() -> Fixtures.LOADER.parse(document("SHANGBA",
        shangba.replace("code: BENEFIT_FUNDS", "code: FIVE_STEPS")), "s.yaml"),
        ProfileException.class);
    assertThat(clash.problems()).extracting(Problem::path, Problem::messageKey).containsExactly(
        tuple("/mediation/smallPowers/0/code", "mediation.smallPower.clash"));
  }

  // ---- 提诺·亮诺·践诺 ----

  @Test
  void WEITUO_pledgesRollUpPerUnit() {
    CountyProfile profile = Fixtures.LOADER.parse(
        document("WEITUO", new MediationSection().presets().get("WEITUO")), "w.yaml");
    List<Pledge> pledges = profile.section(MediationPolicy.class).orElseThrow().pledges();
    Hierarchy hierarchy = profile.section(GridSection.class).orElseThrow().hierarchy();
    assertThat(pledges).extracting(p -> p.owner().orElseThrow())
        .containsExactly(PersonId.of("wt-p04"), PersonId.of("wt-p05"));
    PledgeRollup mid = PledgeRollup.compile(hierarchy, pledges, LocalDate.of(2024, 7, 1));
    UnitId town = UnitId.of("wt");
    assertThat(mid.get(town, PledgeRollup.MADE)).isEqualTo(2);
    assertThat(mid.get(town, PledgeRollup.SHOWN)).isEqualTo(2);
    assertThat(mid.get(town, PledgeRollup.FULFILLED)).isEqualTo(1);
    assertThat(mid.get(town, PledgeRollup.OVERDUE)).isZero();
    assertThat(mid.get(UnitId.of("wt-sq"), PledgeRollup.MADE)).isEqualTo(1);
    assertThat(mid.get(UnitId.of("wt-v1"), PledgeRollup.FULFILLED)).isEqualTo(1);
    PledgeRollup next = PledgeRollup.compile(hierarchy, pledges, LocalDate.of(2025, 1, 2));
    assertThat(next.get(town, PledgeRollup.OVERDUE)).isEqualTo(1);
    assertThat(next.get(UnitId.of("wt-sq"), PledgeRollup.OVERDUE)).isEqualTo(1);
    assertThat(next.line(town, Locale.ENGLISH)).isEqualTo(
        "wt on 2025-01-02: 2 pledge(s) made, 2 shown, 1 fulfilled (0 late), 1 overdue");
    assertThat(next.line(UnitId.of("wt-v1"), Locale.CHINA)).isEqualTo(
        "wt-v1(2025-01-02):提诺 1 项,亮诺 1 项,践诺 1 项(逾期践诺 0 项),逾期未践诺 0 项");
    // made before the day of the roll-up only
    assertThat(PledgeRollup.compile(hierarchy, pledges, LocalDate.of(2024, 1, 1))
        .get(town, PledgeRollup.MADE)).isZero();
    InvalidValueException unknown = catchThrowableOfType(() -> PledgeRollup.compile(hierarchy,
        List.of(pledges.get(0), Pledge.builder().from(pledges.get(1)).unit(UnitId.of("nowhere"))
            .build()), LocalDate.of(2024, 7, 1)), InvalidValueException.class);
    assertThat(unknown.violations()).extracting(v -> v.path() + " " + v.messageKey())
        .containsExactly("/1/unit mediation.pledge.unit.unknown");
  }

  @Test
  void aPledgeWithoutAnOwnerOrByNoStaffIsAProblemWithAPathThroughTheLoader() {
    String weituo = new MediationSection().presets().get("WEITUO");
    String doc = document("WEITUO", weituo.replace("owner: wt-p04, ", "")
        .replace("owner: wt-p05", "owner: wt-p99"));
    ProfileException e = catchThrowableOfType(() -> Fixtures.LOADER.parse(doc, "w.yaml"),
        ProfileException.class);
    assertThat(e.problems()).extracting(Problem::path, Problem::messageKey).containsExactly(
        tuple("/mediation/pledges/0/owner", "mediation.pledge.owner.missing"));
    assertThat(e.report(Locale.ENGLISH)).contains(
        "Pledge WT_2024_01 has no owner: name the cadre or member who makes it");
    // with an owner again, the second pledge's owner is not one of the staff
    ProfileException staff = catchThrowableOfType(() -> Fixtures.LOADER.parse(document("WEITUO",
        weituo.replace("owner: wt-p05", "owner: wt-p99")), "w.yaml"), ProfileException.class);
    assertThat(staff.problems()).extracting(Problem::path, Problem::messageKey).containsExactly(
        tuple("/mediation/pledges/1/owner", "mediation.pledge.owner.unknown"));
    InvalidValueException order = catchThrowableOfType(() -> Pledge.builder().code("P1")
        .owner(PersonId.of("wt-p04")).unit(UnitId.of("wt")).content("走访")
        .madeOn(LocalDate.of(2024, 3, 1)).due(LocalDate.of(2024, 2, 1))
        .fulfilledOn(LocalDate.of(2024, 1, 1)).build(), InvalidValueException.class);
    assertThat(order.violations()).extracting(v -> v.path() + " " + v.messageKey())
        .containsExactly("/due mediation.pledge.due.order",
            "/fulfilledOn mediation.pledge.fulfilled.order");
  }

  @Test
  void pledgeRollupsMatchANaiveCountOverTheSubtree() {
    CountyProfile profile = Fixtures.LOADER.parse(
        document("WEITUO", new MediationSection().presets().get("WEITUO")), "w.yaml");
    Hierarchy hierarchy = profile.section(GridSection.class).orElseThrow().hierarchy();
    qt().withExamples(Examples.of(100)).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      List<Pledge> pledges = new ArrayList<>();
      for (int i = random.nextInt(15); i > 0; i--) {
        LocalDate made = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(200));
        Pledge.Builder b = Pledge.builder().code("P" + i).owner(PersonId.of("wt-p01"))
            .unit(hierarchy.unitAt(random.nextInt(hierarchy.unitCount()))).content("承诺")
            .madeOn(made).due(made.plusDays(random.nextInt(120)));
        if (random.nextBoolean()) {
          b.shownOn(made.plusDays(random.nextInt(20)));
        }
        if (random.nextBoolean()) {
          b.fulfilledOn(made.plusDays(random.nextInt(200)));
        }
        pledges.add(b.build());
      }
      LocalDate asOf = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(400));
      PledgeRollup rollup = PledgeRollup.compile(hierarchy, pledges, asOf);
      for (int u = 0; u < hierarchy.unitCount(); u++) {
        UnitId unit = hierarchy.unitAt(u);
        List<Pledge> within = pledges.stream().filter(p -> !p.madeOn().isAfter(asOf)
            && hierarchy.isWithin(p.unit(), unit)).toList();
        assertThat(rollup.get(unit, PledgeRollup.MADE)).isEqualTo(within.size());
        assertThat(rollup.get(unit, PledgeRollup.SHOWN)).isEqualTo(within.stream()
            .filter(p -> p.shownOn().isPresent() && !p.shownOn().get().isAfter(asOf)).count());
        assertThat(rollup.get(unit, PledgeRollup.FULFILLED)).isEqualTo(within.stream()
            .filter(p -> p.fulfilledOn().isPresent() && !p.fulfilledOn().get().isAfter(asOf))
            .count());
        assertThat(rollup.get(unit, PledgeRollup.LATE)).isEqualTo(within.stream()
            .filter(p -> p.fulfilledOn().isPresent() && !p.fulfilledOn().get().isAfter(asOf)
                && p.fulfilledOn().get().isAfter(p.due())).count());
        assertThat(rollup.get(unit, PledgeRollup.OVERDUE)).isEqualTo(within.stream()
            .filter(p -> asOf.isAfter(p.due()) && (p.fulfilledOn().isEmpty()
                || p.fulfilledOn().get().isAfter(asOf))).count());
      }
    });
  }
}
