package io.github.xiangzhi.grid.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.grid.body.Body;
import io.github.xiangzhi.grid.body.BodyRef;
import io.github.xiangzhi.grid.body.BodyRegistry;
import io.github.xiangzhi.grid.body.BodySphere;
import io.github.xiangzhi.grid.body.Desk;
import io.github.xiangzhi.grid.profile.GridSection;
import io.github.xiangzhi.grid.profile.GridSectionType;
import io.github.xiangzhi.testkit.grid.GridGens;
import io.github.xiangzhi.core.id.UnitId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkListTest {
  static final ProfileLoader LOADER = ProfileLoader.standard();

  static GridSection preset(String code) {
    GridSectionType type = (GridSectionType) LOADER.sectionType("grid").orElseThrow();
    String doc = "profile: {id: p, name: 预设}\ngrid:\n" + type.presets().get(code).indent(2);
    return LOADER.parse(doc, code).section(GridSection.class).orElseThrow();
  }

  // ---- a small town: three offices (one with two desks), two villages' two committees ----

  static Body town(String code, String name, Desk... desks) {
    return Body.builder().code(code).name(name).sphere(BodySphere.TOWNSHIP)
        .kind("TOWN_DEPARTMENT").addDesks(desks).build();
  }

  static Body village(String code, String unit) {
    return Body.builder().code(code).name(code).sphere(BodySphere.VILLAGE)
        .kind("TWO_COMMITTEES").unit(UnitId.of(unit)).build();
  }

  static final BodyRegistry BODIES = BodyRegistry.of(List.of(
      town("PEACE_OFFICE", "平安办"),
      town("PARTY_MASS_OFFICE", "党群办", Desk.of("ORGANISATION", "组织", "organisation"),
          Desk.of("PUBLICITY", "宣传", "publicity")),
      town("JUDICIAL_OFFICE", "司法所"),
      village("V1_TWO_COMMITTEES", "v1"),
      village("V2_TWO_COMMITTEES", "v2")));

  static final LocalDate START = LocalDate.of(2023, 9, 1);
  static final LocalDate END = LocalDate.of(2023, 12, 31);

  static Task.Builder task(int no, String lead) {
    Task.Builder b = Task.builder().no(no).link("NETWORK").title("任务" + no);
    if (lead != null) {
      b.lead(BodyRef.parse(lead));
    }
    return b;
  }

  static WorkList list(Task... tasks) {
    return WorkList.builder().code("TEST").name("测试清单")
        .addLinks(Link.of("NETWORK", "联网", "network"))
        .start(START).end(END).addTasks(tasks).build();
  }

  @Test
  void accountability_namesTasksWithoutALeadAndBodiesLeadingTooMany() {
    WorkList list = list(
        task(1, "PEACE_OFFICE").build(),
        task(2, null).addPartners(BodyRef.parse("JUDICIAL_OFFICE")).build(),
        task(3, "PEACE_OFFICE").build(),
        task(4, "PARTY_MASS_OFFICE/PUBLICITY").build(),
        task(5, "PEACE_OFFICE").build(),
        task(6, "PARTY_MASS_OFFICE/ORGANISATION").build(),
        task(7, null).build());
    AccountabilityReport report = AccountabilityReport.compile(list, BODIES, START, 1);
    assertThat(report.leaderless()).containsExactly(2, 7);
    // 平安办 leads three, 党群办 two through its desks, 司法所 none
    assertThat(report.overloaded()).extracting(BodyLoad::body, BodyLoad::tasks).containsExactly(
        tuple("PEACE_OFFICE", List.of(1, 3, 5)), tuple("PARTY_MASS_OFFICE", List.of(4, 6)));
    assertThat(AccountabilityReport.compile(list, BODIES, START, 2).overloaded())
        .extracting(BodyLoad::body).containsExactly("PEACE_OFFICE");
    assertThat(AccountabilityReport.compile(list, BODIES, START, 3).overloaded()).isEmpty();
    // without a limit in the list nothing is overloaded; the list's own limit applies
    assertThat(AccountabilityReport.compile(list, BODIES, START).overloaded()).isEmpty();
    WorkList limited = WorkList.builder().from(list).maxLeads(2).build();
    assertThat(AccountabilityReport.compile(limited, BODIES, START).overloaded())
        .extracting(BodyLoad::body).containsExactly("PEACE_OFFICE");
    assertThat(report.isClear()).isFalse();
    assertThat(report.lines(Locale.ENGLISH)).contains(
        "  Task 2 (任务2) has no lead",
        "  PEACE_OFFICE leads 3 tasks, more than 1: [1, 3, 5]"); // no English name: the code
    assertThat(report.lines(Locale.CHINA)).contains(
        "  任务 7(任务7)没有责任单位",
        "  党群办 牵头 2 项任务,超过 1 项:[4, 6]");
  }

  @Test
  void accountability_namesTasksOverdueAndPeriodsWithoutAReport() {
    WorkList list = WorkList.builder().from(list(
        // done on time
        task(1, "PEACE_OFFICE").addReports(
            ProgressReport.of(LocalDate.of(2023, 9, 20), BodyRef.parse("PEACE_OFFICE"), "启动", false),
            ProgressReport.of(LocalDate.of(2023, 12, 1), BodyRef.parse("PEACE_OFFICE"), "完成", true))
            .build(),
        // reported by a village each quarter, never done
        task(2, "JUDICIAL_OFFICE").addEveryVillage("TWO_COMMITTEES").addReports(
            ProgressReport.of(LocalDate.of(2023, 9, 30), BodyRef.parse("V2_TWO_COMMITTEES"), "排查", false),
            ProgressReport.of(LocalDate.of(2023, 10, 8), BodyRef.parse("JUDICIAL_OFFICE"), "调处", false))
            .build(),
        // its own period, due 15 November, never reported
        task(3, "PARTY_MASS_OFFICE/PUBLICITY").start(LocalDate.of(2023, 10, 1))
            .end(LocalDate.of(2023, 11, 15)).build(),
        // done after the day of the report: still overdue on that day
        task(4, "PEACE_OFFICE").addReports(ProgressReport.of(LocalDate.of(2024, 1, 10),
            BodyRef.parse("PEACE_OFFICE"), "补办", true)).build()))
        .reportEvery(PeriodKind.QUARTER).build();

    AccountabilityReport inOctober = AccountabilityReport.compile(list, BODIES,
        LocalDate.of(2023, 10, 20));
    assertThat(inOctober.overdue()).isEmpty();
    // the September stub of Q3 has ended: tasks 3 (not started) and 4 missed it
    assertThat(inOctober.unreported()).containsExactly(
        MissingReport.of(4, START, LocalDate.of(2023, 9, 30)));

    AccountabilityReport newYear = AccountabilityReport.compile(list, BODIES,
        LocalDate.of(2024, 1, 2));
    assertThat(newYear.overdue()).containsExactly(2, 3, 4);
    assertThat(newYear.unreported()).containsExactly(
        MissingReport.of(3, LocalDate.of(2023, 10, 1), LocalDate.of(2023, 11, 15)),
        MissingReport.of(4, START, LocalDate.of(2023, 9, 30)),
        MissingReport.of(4, LocalDate.of(2023, 10, 1), END));
    assertThat(newYear.lines(Locale.ENGLISH)).contains(
        "  Task 3 (任务3) was due on 2023-11-15 and is not done",
        "  Task 4 (任务4) has no report from 2023-10-01 to 2023-12-31");
    assertThat(newYear.lines(Locale.CHINA)).contains(
        "  任务 3(任务3)应于 2023-11-15 完成,尚未完成");
    // task 4's late report counts once its day has come
    assertThat(AccountabilityReport.compile(list, BODIES, LocalDate.of(2024, 1, 11)).overdue())
        .containsExactly(2, 3);

    // without reportEvery, one report anywhere in the period is enough; task 4's came after it
    WorkList once = WorkList.builder().from(list).reportEvery(Optional.empty()).build();
    assertThat(AccountabilityReport.compile(once, BODIES, LocalDate.of(2024, 1, 2)).unreported())
        .containsExactly(MissingReport.of(3, LocalDate.of(2023, 10, 1), LocalDate.of(2023, 11, 15)),
            MissingReport.of(4, START, END));

    WorkList clean = list(task(1, "PEACE_OFFICE").build());
    AccountabilityReport clear = AccountabilityReport.compile(clean, BODIES, START);
    assertThat(clear.isClear()).isTrue();
    assertThat(clear.lines(Locale.ENGLISH)).containsExactly(
        "Work list TEST on 2023-09-01: 1 task(s)", // no English name: the code
        "  Every task has a lead, no body leads too many, and nothing is late or unreported");
  }

  @Test
  void accountability_tellsABodyWhatItLeadsAndPartnersWithEveryVillageExpanded() {
    WorkList list = list(
        task(1, "PEACE_OFFICE").addEveryVillage("TWO_COMMITTEES").build(),
        task(2, "PARTY_MASS_OFFICE/ORGANISATION").addPartners(BodyRef.parse("PEACE_OFFICE"))
            .build(),
        task(3, "JUDICIAL_OFFICE").addPartners(BodyRef.parse("PARTY_MASS_OFFICE/PUBLICITY"),
            BodyRef.parse("V1_TWO_COMMITTEES")).build(),
        task(4, "PARTY_MASS_OFFICE").addEveryVillage("TWO_COMMITTEES").build());
    AccountabilityReport report = AccountabilityReport.compile(list, BODIES, START);

    assertThat(report.duties(BodyRef.parse("PEACE_OFFICE")))
        .isEqualTo(Duties.of(BodyRef.parse("PEACE_OFFICE"), List.of(1), List.of(2)));
    // the whole office leads through both desks and partners through one
    assertThat(report.duties(BodyRef.parse("PARTY_MASS_OFFICE")))
        .isEqualTo(Duties.of(BodyRef.parse("PARTY_MASS_OFFICE"), List.of(2, 4), List.of(3)));
    // a desk is credited with the tasks naming it or its whole body, not the other desk
    assertThat(report.duties(BodyRef.parse("PARTY_MASS_OFFICE/PUBLICITY")))
        .isEqualTo(Duties.of(BodyRef.parse("PARTY_MASS_OFFICE/PUBLICITY"), List.of(4), List.of(3)));
    // "各村": every village's two committees partner tasks 1 and 4; village 1 also task 3
    assertThat(report.duties(BodyRef.parse("V1_TWO_COMMITTEES")).partnering())
        .containsExactly(1, 3, 4);
    assertThat(report.duties(BodyRef.parse("V2_TWO_COMMITTEES")).partnering())
        .containsExactly(1, 4);
    assertThat(report.duties()).extracting(d -> d.body().toString()).containsExactly(
        "PEACE_OFFICE", "PARTY_MASS_OFFICE", "JUDICIAL_OFFICE", "V1_TWO_COMMITTEES",
        "V2_TWO_COMMITTEES");
    assertThat(report.duties().get(3).partnering()).containsExactly(1, 3, 4);
    assertThat(report.partnerBodies(1)).extracting(Body::code)
        .containsExactly("V1_TWO_COMMITTEES", "V2_TWO_COMMITTEES");
    assertThat(report.partnerBodies(3)).extracting(Body::code)
        .containsExactly("PARTY_MASS_OFFICE", "V1_TWO_COMMITTEES");

    InvalidValueException unknown = catchThrowableOfType(
        () -> report.duties(BodyRef.parse("TOWN_HALL")), InvalidValueException.class);
    assertThat(unknown.message(Locale.ENGLISH)).isEqualTo("There is no body TOWN_HALL");
    InvalidValueException desk = catchThrowableOfType(
        () -> report.duties(BodyRef.parse("PEACE_OFFICE/PUBLICITY")), InvalidValueException.class);
    assertThat(desk.message(Locale.CHINA)).isEqualTo("机构 PEACE_OFFICE 没有科室 PUBLICITY");
    assertThat(catchThrowableOfType(() -> report.partnerBodies(9), InvalidValueException.class)
        .message(Locale.ENGLISH)).isEqualTo("Work list TEST has no task 9");
  }

  @Test
  void aTaskWhoseLeadIsAlsoItsPartnerIsRefusedWithPaths() {
    InvalidValueException e = catchThrowableOfType(() -> task(1, "PARTY_MASS_OFFICE/PUBLICITY")
        .addPartners(BodyRef.parse("PEACE_OFFICE"), BodyRef.parse("PARTY_MASS_OFFICE"),
            BodyRef.parse("PARTY_MASS_OFFICE/ORGANISATION"))
        .build(), InvalidValueException.class);
    assertThat(e.violations()).extracting(v -> v.path() + " " + v.messageKey())
        .containsExactly("/partners/1 grid.task.leadIsPartner");
    assertThat(e.violations().get(0).message(Locale.ENGLISH)).isEqualTo(
        "Task 1 is led by PARTY_MASS_OFFICE/PUBLICITY, which cannot also be its partner"
            + " PARTY_MASS_OFFICE");
    // references the registry cannot resolve, relative to the list
    WorkList list = list(task(1, "TOWN_HALL").addPartners(BodyRef.parse("PEACE_OFFICE/FINANCE"))
        .addEveryVillage("GROUP_COUNCIL").addReports(ProgressReport.of(START,
            BodyRef.parse("JUDICIAL_OFFICE"), "越位", false)).build());
    assertThat(AccountabilityReport.referenceProblems(list, BODIES))
        .extracting(v -> v.path() + " " + v.messageKey()).containsExactly(
            "/tasks/0/lead grid.task.body.unknown",
            "/tasks/0/partners/0 grid.body.desk.unknown",
            "/tasks/0/everyVillage/0 grid.task.kind.unknown",
            "/tasks/0/reports/0/by grid.task.report.notInvolved");
    assertThat(catchThrowableOfType(() -> AccountabilityReport.compile(list, BODIES, START),
        InvalidValueException.class).violations()).hasSize(4);
  }

  static final String DOCUMENT = String.join("\n",
      "profile: {id: x, name: 某镇}",
      "grid:",
      "  scheme: SHANGBA",
      "  units:",
      "    - {id: sb, level: TOWN, name: 上坝镇}",
      "    - {id: v1, parent: sb, level: VILLAGE, name: 甲村}",
      "  bodies:",
      "    - {code: PEACE_OFFICE, name: 平安办, sphere: TOWNSHIP, unit: sb}",
      "    - {code: V1_TWO_COMMITTEES, name: 甲村两委, sphere: VILLAGE, kind: TWO_COMMITTEES, unit: v1}",
      "  workLists:",
      "    - code: TEST",
      "      name: 测试清单",
      "      links: [{code: NETWORK, name: 联网}]",
      "      start: 2023-09-01",
      "      end: 2023-12-31",
      "      tasks:",
      "        - no: 1",                                   // 17
      "          link: NETWORK",
      "          title: 实现信息化管理",
      "          lead: PEACE_OFFICE",
      "          partners: [PEACE_OFFICE]",               // 21
      "          everyVillage: [TWO_COMMITTEES]",
      "        - no: 2",
      "          link: NETWORK",
      "          title: 开展面上巡",
      "          lead: EMERGENCY_OFFICE",                  // 26
      "          everyVillage: [GROUP_COUNCIL]",          // 27
      "");

  @Test
  void unknownBodiesAndALeadThatPartnersAreProblemsWithPathsAndLinesThroughTheLoader() {
    ProfileException e = catchThrowableOfType(() -> LOADER.parse(DOCUMENT, "test.yaml"),
        ProfileException.class);
    assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("/grid/workLists/0/tasks/0/partners/0", 21, "grid.task.leadIsPartner"));
    // once the lead is no longer its own partner, the references are checked
    ProfileException refs = catchThrowableOfType(() -> LOADER.parse(
        DOCUMENT.replace("partners: [PEACE_OFFICE]", "partners: []"), "test.yaml"),
        ProfileException.class);
    assertThat(refs.problems()).extracting(Problem::path, Problem::line, Problem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("/grid/workLists/0/tasks/1/lead", 26, "grid.task.body.unknown"),
            tuple("/grid/workLists/0/tasks/1/everyVillage/0", 27, "grid.task.kind.unknown"));
    assertThat(refs.report(Locale.ENGLISH)).contains(
        "Task 2 names the body EMERGENCY_OFFICE, which the grid section does not have",
        "Task 2 asks every village's GROUP_COUNCIL, but no body is of that kind");
    assertThat(refs.report(Locale.CHINA)).contains("任务 2 所列机构 EMERGENCY_OFFICE 不在网格配置中");
    GridSection fixed = LOADER.parse(DOCUMENT.replace("partners: [PEACE_OFFICE]", "partners: []")
            .replace("EMERGENCY_OFFICE", "PEACE_OFFICE").replace("GROUP_COUNCIL", "TWO_COMMITTEES"),
        "fixed.yaml").section(GridSection.class).orElseThrow();
    assertThat(fixed.accountability("TEST", LocalDate.of(2023, 10, 1)).duties(
        BodyRef.parse("PEACE_OFFICE")).leading()).containsExactly(1, 2);
    assertThat(catchThrowableOfType(() -> fixed.accountability("NONE", START),
        InvalidValueException.class).message(Locale.ENGLISH))
        .isEqualTo("The grid section has no work list NONE");
  }

  // ---- Anlan's twelve tasks against the seed text of 000 (附件2) ----

  /** One row of 000's 附件2 as the seed writes it. */
  record SeedRow(int no, String link, String title, String content, String lead,
      List<String> partners) {}

  /**
   * The text of seed 000: a copy kept with the tests (seed-000.txt), which must equal the shared
   * seed /work/shared/seeds/000_* wherever that is present.
   */
  static List<String> seedLines() throws IOException {
    List<String> copy;
    try (var in = WorkListTest.class.getResourceAsStream("seed-000.txt")) {
      assertThat(in).as("seed-000.txt").isNotNull();
      copy = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .collect(Collectors.toList());
    }
    Path seeds = Path.of("/work/shared/seeds");
    if (Files.isDirectory(seeds)) {
      try (DirectoryStream<Path> dir = Files.newDirectoryStream(seeds, "000_*")) {
        for (Path p : dir) {
          assertThat(copy).as("the copy of " + p)
              .isEqualTo(Files.readString(p, StandardCharsets.UTF_8).lines()
                  .collect(Collectors.toList()));
        }
      }
    }
    return copy;
  }

  static List<SeedRow> seedRows() throws IOException {
    List<String> lines = seedLines().stream()
        .map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    int annex = lines.indexOf("附件2");
    int at = annex + lines.subList(annex, lines.size()).indexOf("备注") + 1;
    List<SeedRow> rows = new ArrayList<>();
    String link = null;
    for (int no = 1; no <= 12; no++) {
      assertThat(lines.get(at)).as("row number").isEqualTo(Integer.toString(no));
      at++;
      if (List.of("联网", "联巡", "联调", "联育").contains(lines.get(at))) {
        link = lines.get(at++);
      }
      String title = lines.get(at++);
      String content = lines.get(at++);
      String lead = lines.get(at++);
      List<String> partners = List.of(lines.get(at++).split("、"));
      rows.add(new SeedRow(no, link, title, content, lead, partners));
    }
    return rows;
  }

  /** The seed's name of a reference: 平安办, 党群办(宣传). */
  static String seedName(BodyRegistry bodies, BodyRef ref) {
    Body body = bodies.body(ref.body()).orElseThrow();
    return body.name() + ref.desk().map(d -> "(" + body.desk(d).orElseThrow().name() + ")")
        .orElse("");
  }

  @Test
  void ANLAN_workList_theTwelveTasksHaveTheLeadsAndPartnersOfTheSeed() throws IOException {
    GridSection anlan = preset("ANLAN");
    WorkList list = anlan.workList("ANLAN_2023").orElseThrow();
    BodyRegistry bodies = anlan.bodyRegistry();
    List<SeedRow> rows = seedRows();
    assertThat(list.tasks()).hasSize(12);
    for (SeedRow row : rows) {
      Task task = list.task(row.no()).orElseThrow();
      assertThat(list.link(task.link()).orElseThrow().name()).as("link of " + row.no())
          .isEqualTo(row.link());
      assertThat(task.title()).as("title of " + row.no()).isEqualTo(row.title());
      assertThat(task.content()).as("content of " + row.no()).contains(row.content());
      assertThat(seedName(bodies, task.lead().orElseThrow())).as("lead of " + row.no())
          .isEqualTo(row.lead());
      List<String> partners = new ArrayList<>();
      task.partners().forEach(p -> partners.add(seedName(bodies, p)));
      if (task.everyVillage().equals(List.of("TWO_COMMITTEES"))) {
        partners.add("各村");
      }
      assertThat(partners).as("partners of " + row.no()).isEqualTo(row.partners());
    }
    // 各村 expands to the sample village's two committees
    AccountabilityReport report = anlan.accountability("ANLAN_2023", LocalDate.of(2023, 9, 1));
    assertThat(report.partnerBodies(3)).extracting(Body::code).containsExactly(
        "PEACE_OFFICE", "AGRICULTURE_CENTRE", "AL_V1_TWO_COMMITTEES");
    assertThat(report.duties(BodyRef.parse("AL_V1_TWO_COMMITTEES")).partnering())
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    // "what am I leading and partnering": 平安办 leads 1, 4-8 and partners 3
    Duties peace = report.duties(BodyRef.parse("PEACE_OFFICE"));
    assertThat(peace.leading()).containsExactly(1, 4, 5, 6, 7, 8);
    assertThat(peace.partnering()).containsExactly(3);
    assertThat(report.duties(BodyRef.parse("PARTY_MASS_OFFICE/PUBLICITY")))
        .isEqualTo(Duties.of(BodyRef.parse("PARTY_MASS_OFFICE/PUBLICITY"), List.of(11),
            List.of(10, 12)));
    assertThat(report.leaderless()).isEmpty();
    // nothing is reported by the end of the list's first quarter stub
    assertThat(anlan.accountability("ANLAN_2023", LocalDate.of(2023, 10, 1)).unreported())
        .hasSize(12).allMatch(m -> m.until().equals(LocalDate.of(2023, 9, 30)));
  }

  @Test
  void CHANGZHI_workList_theThreeLinksAndTheBodiesThat001PutsInCharge() {
    GridSection changzhi = preset("CHANGZHI");
    WorkList list = changzhi.workList("CHANGZHI_2022").orElseThrow();
    assertThat(list.links()).extracting(Link::name)
        .containsExactly("数字化自治", "星级化德治", "网格化法治");
    BodyRegistry bodies = changzhi.bodyRegistry();
    // "由各县组织部门组织,民政部门牵头"; "由县(区)文明委和乡镇党委政府……由行政村党支部、村委会组织"
    assertThat(list.tasks()).extracting(t -> seedName(bodies, t.lead().orElseThrow()))
        .containsExactly("县民政局", "县(区)文明委", "派出所", "司法所", "法律援助中心");
    AccountabilityReport report = changzhi.accountability("CHANGZHI_2022",
        LocalDate.of(2022, 4, 1));
    assertThat(report.partnerBodies(2)).extracting(Body::code).containsExactly(
        "TOWNSHIP_GOVERNMENT", "CZ_V1_TWO_COMMITTEES", "CZ_V2_TWO_COMMITTEES");
    assertThat(report.duties(BodyRef.parse("CZ_V1_MEDIATION_COMMITTEE")).partnering())
        .containsExactly(4);
    assertThat(report.unreported()).hasSize(5);
  }

  // ---- the reporting periods against a naive day-by-day reference ----

  @Test
  void missingReportsAndOverdueMatchADayByDayReference() {
    qt().withExamples(GridGens.EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      LocalDate start = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(400));
      LocalDate end = start.plusDays(random.nextInt(300));
      PeriodKind every = List.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR)
          .get(random.nextInt(3));
      Task.Builder b = task(1, "PEACE_OFFICE").start(start).end(end);
      int reports = random.nextInt(6);
      for (int i = 0; i < reports; i++) {
        b.addReports(ProgressReport.of(start.plusDays(random.nextInt(-30, 330)),
            BodyRef.parse("PEACE_OFFICE"), "进展", random.nextInt(4) == 0));
      }
      Task task = b.build();
      WorkList list = WorkList.builder().from(list(task)).reportEvery(every).build();
      LocalDate asOf = start.plusDays(random.nextInt(-10, 400));
      AccountabilityReport report = AccountabilityReport.compile(list, BODIES, asOf);

      // reference: walk every day of the task's period, cutting at period boundaries
      List<MissingReport> expected = new ArrayList<>();
      LocalDate from = start;
      for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
        boolean last = d.equals(end)
            || !GovernancePeriod.containing(every, d.plusDays(1)).start()
                .equals(GovernancePeriod.containing(every, d).start());
        if (last) {
          LocalDate f = from;
          LocalDate u = d;
          boolean reported = task.reports().stream()
              .anyMatch(r -> !r.on().isBefore(f) && !r.on().isAfter(u));
          if (asOf.isAfter(u) && !reported) {
            expected.add(MissingReport.of(1, f, u));
          }
          from = d.plusDays(1);
        }
      }
      assertThat(report.unreported()).isEqualTo(expected);
      boolean done = task.reports().stream().anyMatch(r -> r.done() && !r.on().isAfter(asOf));
      assertThat(report.overdue()).isEqualTo(asOf.isAfter(end) && !done ? List.of(1) : List.of());
    });
  }
}
