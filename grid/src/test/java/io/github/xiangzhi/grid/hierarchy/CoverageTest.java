package io.github.xiangzhi.grid.hierarchy;

import static io.github.xiangzhi.testkit.core.Problems.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.HierarchyProblem.Kind;
import io.github.xiangzhi.testkit.grid.GridGens;
import io.github.xiangzhi.testkit.grid.PlantedGaps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CoverageTest {
  static final LocalDate ON = LocalDate.of(2024, 6, 1);

  static HouseholdId hh(String id) {
    return HouseholdId.of(id);
  }

  static UnitId u(String id) {
    return UnitId.of(id);
  }

  @Test
  void R_GRID_2_aTownWhoseHouseholdsAreAllInOneGridIsComplete() {
    Hierarchy h = HierarchyTest.weituo();
    CoverageReport report = Coverage.check(h, h.households(), ON);
    assertThat(report.isComplete()).isTrue();
    assertThat(report.coverage()).contains(Share.ALL);
    assertThat(report.summary(Locale.ENGLISH))
        .isEqualTo("8 units, 5 households: full coverage, no gaps");
    assertThat(report.summary(Locale.CHINA)).isEqualTo("8 个单元、5 户:全覆盖、无缝隙");
  }

  @Test
  void R_GRID_2_rawRowsListEveryGapAndOverlapNamingTheIds() {
    HierarchyBuilder b = HierarchyTest.weituo().toBuilder()
        .addHousehold(hh("h1"), u("qixing-1"))                       // h1 now in two grids
        .addHousehold(hh("h9"), u("ghost"))                          // an unknown unit
        .addUnit(Unit.of("lost", "nowhere", "GRID", "失联网格"))       // an orphan
        .addUnit(Unit.of("c9", "weituo", "COURTYARD", "院落"))       // level out of order
        .addUnit(Unit.of("qixing-2", "qixing", "GRID", "七星二网格"))  // an empty grid
        .putUnit(Unit.builder().from(HierarchyTest.weituo().unit(u("liwan-2")))
            .closed(LocalDate.of(2024, 1, 1)).build());              // closed, still holds h3
    List<HouseholdId> register = List.of(hh("h1"), hh("h2"), hh("h3"), hh("h4"), hh("h6"));
    CoverageReport report = Coverage.check(b, register, ON);
    assertThat(report.isComplete()).isFalse();
    assertThat(report.problems()).extracting(HierarchyProblem::toString).containsExactlyInAnyOrder(
        "/households/h1: Household 'h1' is attached to two units: 'liwan-1-a' and 'qixing-1'",
        "/households/h9: Household 'h9' is attached to an unknown unit 'ghost'",
        "/units/lost/parent: Unit 'lost' names an unknown parent 'nowhere'",
        "/units/c9/parent: Unit 'c9' at level COURTYARD cannot sit under 'weituo' at level TOWN",
        "/units/c9: Unit 'c9' has no units and no households below it: an empty grid",
        "/units/qixing-2: Unit 'qixing-2' has no units and no households below it: an empty grid",
        "/units/liwan-2/closed: Unit 'liwan-2' closed on 2024-01-01 but still holds 1 household(s)",
        "/households/h6: Household 'h6' of the register is in no unit",
        "/households/h5: Household 'h5' in 'liwan-1-a' is not in the register",
        "/households/h9: Household 'h9' in '-' is not in the register");
    // h2, h3 and h4 are each in exactly one unit; h1 is in two, h6 in none
    assertThat(report.covered()).isEqualTo(3);
    assertThat(report.coverage()).contains(Share.of(3, 5));
    assertThat(report.summary(Locale.ENGLISH)).startsWith("10 units, 5 households: 10 problem(s)");
    assertThat(report.problems(Kind.EMPTY_GRID)).flatExtracting(HierarchyProblem::units)
        .containsExactlyInAnyOrder(u("c9"), u("qixing-2"));
    assertThat(report.problems().get(0).message(Locale.CHINA)).isNotBlank();
  }

  @Test
  void R_GRID_2_aBuiltHierarchyAgainstItsRegisterAgreesWithNaiveSets() {
    Map<Kind, Integer> planted = new EnumMap<>(Kind.class);
    qt().withExamples(GridGens.EXAMPLES)
        .forAll(GridGens.hierarchies(), GridGens.hierarchies(true), longs().all())
        .checkAssert((h, withGaps, seed) -> {
          assertThat(agreesWithNaiveSets(h, seed)).as("gaps of a hierarchy generated without")
              .allMatch(g -> g.startsWith("EMPTY_GRID ") || g.startsWith("HOUSEHOLD_"));
          agreesWithNaiveSets(withGaps, seed).stream().map(g -> g.substring(0, g.indexOf(' ')))
              .distinct().forEach(k -> planted.merge(Kind.valueOf(k), 1, Integer::sum));
        });
    // the gaps units' attributes make are planted in a good share of examples, not left to chance
    assertThat(planted).allSatisfy((kind, examples) -> assertThat(examples).as(kind.name())
        .isGreaterThan(GridGens.EXAMPLES / 10)).containsKeys(Kind.CLOSED_UNIT_WITH_HOUSEHOLDS,
        Kind.OPEN_UNDER_CLOSED, Kind.UNCLASSIFIED_UNIT, Kind.EMPTY_GRID);
  }

  /**
   * Checks {@code h} against a register of most of its households and a few others, on {@link
   * #ON} or a random day, and asserts that the report names exactly the gaps naive scans find;
   * returns them, as {@link PlantedGaps#gapsIn} writes them.
   */
  static List<String> agreesWithNaiveSets(Hierarchy h, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<HouseholdId> register = new LinkedHashSet<>();
    for (HouseholdId id : h.households()) {
      if (random.nextInt(10) > 0) {
        register.add(id);
      }
    }
    for (int i = 0; i < random.nextInt(4); i++) {
      register.add(hh("away-" + i));
    }
    LocalDate on = random.nextBoolean() ? ON
        : GridGens.FIRST_DAY.plusDays(random.nextInt(366 * 45));
    CoverageReport report = Coverage.check(h, register, on);
    Set<HouseholdId> held = new HashSet<>(h.households());
    List<String> naive = new ArrayList<>();
    register.stream().filter(id -> !held.contains(id))
        .forEach(id -> naive.add("HOUSEHOLD_UNATTACHED " + id));
    held.stream().filter(id -> !register.contains(id))
        .forEach(id -> naive.add("HOUSEHOLD_UNREGISTERED " + id));
    for (Unit unit : h.units()) {
      boolean closed = closedOn(unit, on);
      boolean opened = unit.opened().isEmpty() || !on.isBefore(unit.opened().get());
      boolean leaf = h.units().stream().noneMatch(u -> u.parent().equals(Optional.of(unit.id())));
      long within = h.households().stream().filter(id -> HierarchyTest.naivePath(h,
          h.unitOf(id).orElseThrow()).contains(unit.id())).count();
      if (leaf && within == 0 && opened && !closed) {
        naive.add("EMPTY_GRID " + unit.id());
      }
      if (closed && within > 0) {
        naive.add("CLOSED_UNIT_WITH_HOUSEHOLDS " + unit.id());
      }
      // "a unit open on the day under a parent closed by then": one yet to open is not open
      if (opened && !closed && unit.parent().isPresent()
          && closedOn(h.unit(unit.parent().get()), on)) {
        naive.add("OPEN_UNDER_CLOSED " + unit.id());
      }
      for (GroupSet set : h.groupSets()) {
        boolean classifies = set.levels().isEmpty() || set.levels().contains(unit.level());
        if (opened && !closed && set.compulsory() && classifies && set.groups().stream()
            .noneMatch(g -> unit.groups().contains(g.code()))) {
          naive.add("UNCLASSIFIED_UNIT " + unit.id());
        }
      }
    }
    naive.sort(null);
    assertThat(PlantedGaps.gapsIn(report)).as("on %s", on).isEqualTo(naive);
    // the raw rows say the same, and without a register the units' gaps alone
    assertThat(PlantedGaps.gapsIn(Coverage.check(h.toBuilder(), register, on))).as("rows on %s", on)
        .isEqualTo(naive);
    assertThat(PlantedGaps.gapsIn(Coverage.check(h, on))).as("units on %s", on).isEqualTo(
        naive.stream().filter(g -> !g.startsWith("HOUSEHOLD_")).toList());
    assertThat(report.covered()).isEqualTo(register.stream().filter(held::contains).count());
    assertThat(report.isComplete()).isEqualTo(naive.isEmpty());
    return naive;
  }

  /** Closed by {@code on}: it closed that day or before. */
  static boolean closedOn(Unit unit, LocalDate on) {
    return unit.closed().isPresent() && !on.isBefore(unit.closed().get());
  }

  @Test
  void R_GRID_2_coverageOfRawRowsNamesEveryPlantedGapAndNothingElse() {
    Map<Kind, Integer> planted = new EnumMap<>(Kind.class);
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.plantedGaps(ON)).checkAssert(p -> {
      CoverageReport report = Coverage.check(p.builder(), p.register(), ON);
      assertThat(PlantedGaps.gapsIn(report)).containsExactlyElementsOf(p.gaps());
      assertThat(report.covered()).isEqualTo(p.covered());
      assertThat(report.isComplete()).isFalse();
      assertThatThrownBy(p.builder()::build).isInstanceOf(HierarchyException.class);
      p.kinds().forEach(k -> planted.merge(k, 1, Integer::sum));
    });
    // every kind planted in most examples (the rest where the tree allows), not left to chance;
    // empty grids are what the generator leaves, in fewer
    assertThat(planted.keySet()).containsAll(EnumSet.of(Kind.HOUSEHOLD_UNATTACHED,
        Kind.HOUSEHOLD_IN_TWO_UNITS, Kind.HOUSEHOLD_DUPLICATE_ROW, Kind.HOUSEHOLD_UNREGISTERED,
        Kind.UNKNOWN_PARENT, Kind.CLOSED_UNIT_WITH_HOUSEHOLDS, Kind.OPEN_UNDER_CLOSED,
        Kind.LEVEL_ORDER, Kind.ROOT_BELOW_TOP, Kind.CYCLE, Kind.EMPTY_GRID,
        Kind.UNCLASSIFIED_UNIT));
    assertThat(planted).allSatisfy((kind, examples) -> assertThat(examples).as(kind.name())
        .isGreaterThan(GridGens.EXAMPLES / (kind == Kind.EMPTY_GRID ? 10 : 2)));
  }

  @Test
  void R_GRID_2_groupSetsClassifyUnitsExclusivelyAndCompulsoryOnesListTheUnclassified() {
    GroupSet villageType = GroupSet.builder().code("VILLAGE_TYPE").name("村类型")
        .addGroups(UnitGroup.of("PILOT_VILLAGE", "试点村", "pilot village"),
            UnitGroup.of("ORDINARY_VILLAGE", "普通村", "ordinary village"))
        .compulsory(true).addLevels("VILLAGE").build();
    HierarchyBuilder b = HierarchyTest.weituo().toBuilder().addGroupSet(villageType)
        .addGroup(UnitGroup.of("KEY_GRID", "重点网格", "key grid"))
        .putUnit(Unit.builder().from(HierarchyTest.weituo().unit(u("liwan")))
            .addGroups("PILOT_VILLAGE").build())
        .putUnit(Unit.builder().from(HierarchyTest.weituo().unit(u("liwan-2")))
            .addGroups("KEY_GRID").build());
    Hierarchy h = b.build();
    assertThat(h.unitsInGroup("PILOT_VILLAGE")).containsExactly(u("liwan"));
    assertThat(h.groupOf(u("liwan"), "VILLAGE_TYPE").map(UnitGroup::name)).contains("试点村");
    assertThat(h.groupOf(u("qixing"), "VILLAGE_TYPE")).isEmpty();
    assertThat(h.groups()).extracting(UnitGroup::code)
        .containsExactly("PILOT_VILLAGE", "ORDINARY_VILLAGE", "KEY_GRID");
    assertThat(h.toBuilder().build()).isEqualTo(h);
    CoverageReport report = Coverage.check(h, h.households(), ON);
    assertThat(report.problems()).extracting(HierarchyProblem::toString).containsExactly(
        "/units/qixing/groups: Unit 'qixing' belongs to no group of the compulsory group set "
            + "VILLAGE_TYPE");
    // a village yet to open, or closed by the day, is classified when it is open
    LocalDate opens = ON.plusDays(1);
    Hierarchy later = h.toBuilder().putUnit(Unit.builder().from(h.unit(u("qixing")))
        .opened(opens).build()).build();
    assertThat(Coverage.check(later, later.households(), ON).problems()).isEmpty();
    assertThat(Coverage.check(later, later.households(), opens).problems())
        .extracting(HierarchyProblem::kind).containsExactly(Kind.UNCLASSIFIED_UNIT);

    HierarchyException e = thrown(HierarchyException.class, () -> h.toBuilder()
        .putUnit(Unit.builder().from(h.unit(u("qixing")))
            .addGroups("PILOT_VILLAGE", "ORDINARY_VILLAGE", "MODEL_VILLAGE").build())
        .build());
    assertThat(e.problems()).extracting(HierarchyProblem::kind)
        .containsExactlyInAnyOrder(Kind.UNKNOWN_GROUP, Kind.EXCLUSIVE_GROUPS);
    assertThat(e.violations()).extracting(Object::toString).contains(
        "/units/qixing/groups: Unit 'qixing' is in the groups [PILOT_VILLAGE, ORDINARY_VILLAGE] "
            + "of the exclusive group set VILLAGE_TYPE: at most one is allowed",
        "/units/qixing/groups: Unit 'qixing' names the group MODEL_VILLAGE, which is not declared");
  }

  @Test
  void R_GRID_2_aUnitYetToOpenUnderAClosedParentIsNotOpenUnderIt() {
    Hierarchy before = HierarchyTest.weituo();
    HierarchyBuilder b = before.toBuilder()
        .putUnit(Unit.builder().from(before.unit(u("qixing")))
            .closed(LocalDate.of(2024, 1, 1)).build())
        .putUnit(Unit.builder().from(before.unit(u("qixing-1")))
            .opened(LocalDate.of(2025, 1, 1)).build());
    Hierarchy h = b.build();
    // qixing-1 still holds h4, so qixing closed with a household; qixing-1 itself is not open yet
    assertThat(Coverage.check(h, h.households(), ON).problems()).extracting(HierarchyProblem::kind)
        .containsExactly(Kind.CLOSED_UNIT_WITH_HOUSEHOLDS);
    assertThat(Coverage.check(b, h.households(), ON).problems()).extracting(HierarchyProblem::kind)
        .containsExactly(Kind.CLOSED_UNIT_WITH_HOUSEHOLDS);
    // once it opens, it is open under a closed parent
    assertThat(Coverage.check(h, h.households(), LocalDate.of(2025, 1, 1)).problems())
        .extracting(HierarchyProblem::toString).containsExactly(
            "/units/qixing/closed: Unit 'qixing' closed on 2024-01-01 but still holds 1 "
                + "household(s)",
            "/units/qixing-1/parent: Unit 'qixing-1' is open but its parent 'qixing' closed on "
                + "2024-01-01");
  }

  @Test
  void R_GRID_2_aHouseholdInThreeUnitsIsOneProblemNamingAllThree() {
    HierarchyBuilder b = HierarchyTest.weituo().toBuilder()
        .addHousehold(hh("h4"), u("liwan-2"))
        .addHousehold(hh("h4"), u("liwan-1-b"));
    HierarchyException e = thrown(HierarchyException.class, b::build);
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).units()).containsExactly(u("qixing-1"), u("liwan-2"),
        u("liwan-1-b"));
    assertThat(e.getMessage())
        .isEqualTo("Household 'h4' is attached to 3 units: [qixing-1, liwan-2, liwan-1-b]");
  }

  @Test
  void R_GRID_2_aRootBelowTheTopRootLevelIsAUnitCutOffFromTheTree() {
    // a lone grid beside the town, and a village with a grid of its own: both build
    Hierarchy h = HierarchyTest.weituo().toBuilder()
        .addUnit(Unit.root("lone", "GRID", "失联网格"))
        .addUnit(Unit.root("cut", "VILLAGE", "脱管村"))
        .addUnit(Unit.of("cut-1", "cut", "GRID", "脱管村一网格"))
        .addHousehold(hh("h6"), u("lone"))
        .addHousehold(hh("h7"), u("cut-1"))
        .build();
    CoverageReport report = Coverage.check(h, h.households(), ON);
    assertThat(report.isComplete()).isFalse();
    assertThat(report.problems()).extracting(HierarchyProblem::toString).containsExactly(
        "/units/lone/parent: Unit 'lone' at level GRID has no parent, but the hierarchy starts at "
            + "level TOWN: a unit cut off from the tree",
        "/units/cut/parent: Unit 'cut' at level VILLAGE has no parent, but the hierarchy starts "
            + "at level TOWN: a unit cut off from the tree");
    assertThat(report.problems(Kind.ROOT_BELOW_TOP)).flatExtracting(HierarchyProblem::units)
        .containsExactly(u("lone"), u("cut"));
    assertThat(report.problems().get(0).message(Locale.CHINA))
        .isEqualTo("层级为 GRID 的单元“lone”没有上级,而层级体系从 TOWN 开始:该单元脱离了整棵树");
    assertThat(report.summary(Locale.ENGLISH))
        .isEqualTo("11 units, 7 households: 2 problem(s) — unit cut off from the tree 2");
    // households in a cut-off unit are still held by exactly one unit
    assertThat(report.coverage()).contains(Share.ALL);
    // the raw rows say the same
    assertThat(Coverage.check(h.toBuilder(), h.households(), ON).problems())
        .isEqualTo(report.problems());

    // a hierarchy may start at any level, with all its roots at that one: two villages
    Hierarchy villages = Hierarchy.builder(h.scheme())
        .addUnit(Unit.root("liwan", "VILLAGE", "李湾村"))
        .addUnit(Unit.root("qixing", "VILLAGE", "七星村"))
        .addUnit(Unit.of("liwan-1", "liwan", "GRID", "李湾一网格"))
        .addUnit(Unit.of("qixing-1", "qixing", "GRID", "七星一网格"))
        .addHousehold(hh("h1"), u("liwan-1"))
        .addHousehold(hh("h2"), u("qixing-1"))
        .build();
    assertThat(Coverage.check(villages, villages.households(), ON).problems()).isEmpty();
    // only roots open on the day count: a town yet to open does not make today's villages
    // cut off, and a village root closed long ago is not cut off today
    LocalDate opens = ON.plusYears(1);
    Hierarchy planned = villages.toBuilder()
        .addUnit(Unit.builder().from(Unit.root("town", "TOWN", "新镇")).opened(opens).build())
        .addUnit(Unit.builder().from(Unit.of("old", "town", "VILLAGE", "旧村"))
            .opened(opens).build())
        .addUnit(Unit.builder().from(Unit.of("old-1", "old", "GRID", "旧村一网格"))
            .opened(opens).build())
        .addHousehold(hh("h3"), u("old-1"))
        .build();
    assertThat(Coverage.check(planned, planned.households(), ON).problems()).isEmpty();
    assertThat(Coverage.check(planned, planned.households(), opens).problems())
        .extracting(HierarchyProblem::toString).containsExactly(
            "/units/liwan/parent: Unit 'liwan' at level VILLAGE has no parent, but the hierarchy "
                + "starts at level TOWN: a unit cut off from the tree",
            "/units/qixing/parent: Unit 'qixing' at level VILLAGE has no parent, but the hierarchy "
                + "starts at level TOWN: a unit cut off from the tree");
    Hierarchy closedRoot = HierarchyTest.weituo().toBuilder().addUnit(Unit.builder()
        .from(Unit.root("gone", "VILLAGE", "撤并村")).closed(ON.minusYears(4)).build()).build();
    assertThat(Coverage.check(closedRoot, closedRoot.households(), ON).problems()).isEmpty();
    assertThat(Coverage.check(closedRoot.toBuilder(), closedRoot.households(), ON).problems())
        .isEmpty();
  }

  @Test
  void R_GRID_2_aHouseholdGivenTwiceForTheSameUnitIsADuplicateRowNotAnOverlap() {
    HierarchyBuilder b = HierarchyTest.weituo().toBuilder()
        .addHousehold(hh("h3"), u("liwan-2")); // h3 is in liwan-2 already
    HierarchyException e = thrown(HierarchyException.class, b::build);
    assertThat(e.problems()).extracting(HierarchyProblem::kind)
        .containsExactly(Kind.HOUSEHOLD_DUPLICATE_ROW);
    assertThat(e.problems().get(0).units()).containsExactly(u("liwan-2"));
    assertThat(e.problems().get(0).households()).containsExactly(hh("h3"));
    assertThat(e.violations()).extracting(Object::toString)
        .containsExactly("/households/h3: Household 'h3' is attached to 'liwan-2' twice");
    assertThat(e.problems().get(0).message(Locale.CHINA)).isEqualTo("农户“h3”被重复登记在“liwan-2”");
    // still in exactly one unit: covered and counted once, but the rows are not clean
    CoverageReport report = Coverage.check(b, HierarchyTest.weituo().households(), ON);
    assertThat(report.problems()).isEqualTo(e.problems());
    assertThat(report.householdCount()).isEqualTo(5);
    assertThat(report.coverage()).contains(Share.ALL);
    assertThat(report.isComplete()).isFalse();
  }

  @Test
  void R_GRID_2_aGroupSetOrGroupDeclaredTwiceIsADuplicateGroupOnlyWhenTheTwoDiffer() {
    UnitGroup pilot = UnitGroup.of("PILOT_VILLAGE", "试点村", "pilot village");
    UnitGroup ordinary = UnitGroup.of("ORDINARY_VILLAGE", "普通村", "ordinary village");
    GroupSet villageType = GroupSet.builder().code("VILLAGE_TYPE").name("村类型")
        .addGroups(pilot, ordinary).build();
    // the same set and the same group again, even as equal copies: harmless
    HierarchyBuilder same = HierarchyTest.weituo().toBuilder()
        .addGroupSet(villageType)
        .addGroupSet(GroupSet.builder().from(villageType).build())
        .addGroup(UnitGroup.of("PILOT_VILLAGE", "试点村", "pilot village"));
    assertThat(same.problems()).isEmpty();
    assertThat(same.groupSets()).containsExactly(villageType);
    assertThat(same.build()).isEqualTo(
        HierarchyTest.weituo().toBuilder().addGroupSet(villageType).build());
    // a different set or group under a code declared already is refused
    HierarchyBuilder b = HierarchyTest.weituo().toBuilder()
        .addGroupSet(villageType)
        .addGroupSet(villageType) // the same set again: harmless
        .addGroupSet(GroupSet.builder().from(villageType).name("村分类").build())
        .addGroup(ordinary) // the same group again: harmless
        .addGroup(UnitGroup.of("PILOT_VILLAGE", "示范村", "model village"));
    HierarchyException e = thrown(HierarchyException.class, b::build);
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "/groupSets/VILLAGE_TYPE: Group or group set VILLAGE_TYPE is declared twice, differently",
        "/groups/PILOT_VILLAGE: Group or group set PILOT_VILLAGE is declared twice, differently");
    assertThat(e.problems()).extracting(HierarchyProblem::kind)
        .containsOnly(Kind.DUPLICATE_GROUP);
    assertThat(e.problems().get(1).message(Locale.CHINA))
        .isEqualTo("分组或分组集 PILOT_VILLAGE 被重复定义且内容不同");
    // the first definition stands; the raw rows' check lists the same problems
    assertThat(b.groupSets()).containsExactly(villageType);
    assertThat(b.group("PILOT_VILLAGE")).contains(pilot);
    assertThat(HierarchyTest.weituo().toBuilder()
        .addGroup(UnitGroup.of("PILOT_VILLAGE", "示范村", "model village"))
        .addGroupSet(villageType).group("PILOT_VILLAGE")).get()
        .extracting(UnitGroup::name).isEqualTo("示范村"); // a loose group declared first stands
    assertThat(b.group("NO_SUCH_GROUP")).isEmpty();
    CoverageReport report = Coverage.check(b, HierarchyTest.weituo().households(), ON);
    assertThat(report.problems()).isEqualTo(e.problems());
  }
}
