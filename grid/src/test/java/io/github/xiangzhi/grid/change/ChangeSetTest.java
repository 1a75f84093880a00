package io.github.xiangzhi.grid.change;

import static io.github.xiangzhi.testkit.core.Problems.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.hierarchy.UnitGroup;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.testkit.grid.GridGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChangeSetTest {
  static final LevelScheme WEITUO = LevelSchemes.source("WEITUO").orElseThrow();

  static UnitId u(String id) {
    return UnitId.of(id);
  }

  static HouseholdId hh(String id) {
    return HouseholdId.of(id);
  }

  /** 渭沱镇: 李湾村 with two grids, 七星村 with one, six households. */
  static Hierarchy town() {
    return Hierarchy.builder(WEITUO)
        .addUnit(Unit.root("weituo", "TOWN", "渭沱镇"))
        .addUnit(Unit.of("liwan", "weituo", "VILLAGE", "李湾村"))
        .addUnit(Unit.of("qixing", "weituo", "VILLAGE", "七星村"))
        .addUnit(Unit.of("liwan-1", "liwan", "GRID", "李湾一网格"))
        .addUnit(Unit.of("liwan-2", "liwan", "GRID", "李湾二网格"))
        .addUnit(Unit.of("qixing-1", "qixing", "GRID", "七星一网格"))
        .addHousehold(hh("h1"), u("liwan-1"))
        .addHousehold(hh("h2"), u("liwan-1"))
        .addHousehold(hh("h3"), u("liwan-2"))
        .addHousehold(hh("h4"), u("qixing-1"))
        .addHousehold(hh("h5"), u("qixing-1"))
        .addHousehold(hh("h6"), u("qixing-1"))
        .build();
  }

  @Test
  void R_GRID_8_mergingTwoVillagesKeepsEveryHousehold() {
    Hierarchy before = town();
    ChangeSet merge = ChangeSet.builder().addChanges(MergeUnits.of(u("qixing"), u("liwan")),
        RenameUnit.of(u("liwan"), "李湾七星村")).reason("拆乡并镇:七星村并入李湾村")
        .effective(LocalDate.of(2024, 7, 1)).reference("渭沱府发〔2024〕12号").build();
    Hierarchy after = merge.applyTo(before);
    assertThat(after.contains(u("qixing"))).isFalse();
    assertThat(after.children(u("liwan"))).containsExactlyInAnyOrder(u("liwan-1"), u("liwan-2"),
        u("qixing-1"));
    assertThat(after.householdsWithin(u("liwan"))).hasSize(6);
    assertThat(after.householdCount()).isEqualTo(before.householdCount());
    assertThat(before.contains(u("qixing"))).isTrue(); // the old hierarchy is untouched
    assertThat(before).isEqualTo(town());

    ChangeSet diff = ChangeSet.diff(before, after);
    assertThat(diff.merged()).containsExactly(MergeUnits.of(u("qixing"), u("liwan")));
    assertThat(diff.renamed()).containsExactly(RenameUnit.of(u("liwan"), "李湾七星村"));
    assertThat(diff.changes()).hasSize(2);
    assertThat(diff.applyTo(before)).isEqualTo(after);

    Hierarchy kept = ChangeSet.of(MergeUnits.closing(u("qixing"), u("liwan"),
        LocalDate.of(2024, 7, 1))).applyTo(before);
    assertThat(kept.unit(u("qixing")).closed()).contains(LocalDate.of(2024, 7, 1));
    assertThat(kept.isLeaf(u("qixing"))).isTrue();
    assertThat(kept.householdsWithin(u("liwan"))).hasSize(6);
  }

  @Test
  void R_GRID_8_splittingAHouseholdIsASupportedChange() {
    Hierarchy after = ChangeSet.of(
        SplitHousehold.of(hh("h4"), HouseholdPart.of(hh("h4-a")),
            HouseholdPart.at(hh("h4-b"), u("liwan-2"))),
        SplitHousehold.builder().household(hh("h1")).addInto(HouseholdPart.of(hh("h1-son")))
            .continues(true).build())
        .applyTo(town());
    assertThat(after.containsHousehold(hh("h4"))).isFalse();
    assertThat(after.unitOf(hh("h4-a"))).contains(u("qixing-1"));
    assertThat(after.unitOf(hh("h4-b"))).contains(u("liwan-2"));
    assertThat(after.unitOf(hh("h1"))).contains(u("liwan-1"));
    assertThat(after.unitOf(hh("h1-son"))).contains(u("liwan-1"));
    assertThat(after.householdCount()).isEqualTo(8);
  }

  @Test
  void R_GRID_8_changesThatWouldOrphanCycleOrNameNothingAreRejectedSayingWhy() {
    Hierarchy before = town();
    ChangeException e = thrown(ChangeException.class, () -> ChangeSet.of(
        RemoveUnit.of(u("liwan")),                                  // orphans two grids
        RemoveUnit.of(u("qixing-1")),                               // orphans three households
        MoveUnit.of(u("weituo"), u("liwan-2")),                     // the town under its grid
        RenameUnit.of(u("ghost"), "幽灵村"),                          // no such unit
        AddUnit.of(Unit.of("qixing", "weituo", "VILLAGE", "七星村")), // exists already
        MoveHousehold.of(hh("h9"), u("liwan-1")))                   // no such household
        .applyTo(before));
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "/changes/3: Change 3 names unit 'ghost', which does not exist at that point",
        "/changes/4: Change 4 adds unit 'qixing', which exists already",
        "/changes/5: Change 5 names household 'h9', which does not exist at that point");
    e = thrown(ChangeException.class, () -> ChangeSet.of(
        RemoveUnit.of(u("liwan")),
        RemoveUnit.of(u("qixing-1")))
        .applyTo(before));
    assertThat(e.violations()).extracting(Object::toString).containsExactlyInAnyOrder(
        "/changes/0: Change 0 removes 'liwan', which would orphan the units [liwan-1, liwan-2] "
            + "below it",
        "/changes/1: Change 1 removes 'qixing-1', which would orphan 3 household(s): "
            + "[h4, h5, h6]");
    e = thrown(ChangeException.class, () -> ChangeSet.of(
        AddUnit.of(Unit.of("c1", "liwan-1", "COURTYARD", "张家院"))).applyTo(before));
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "/changes/0: Change 0 (add unit) would break the hierarchy: Household 'h1' is attached "
            + "to 'liwan-1', which has units below it",
        "/changes/0: Change 0 (add unit) would break the hierarchy: Household 'h2' is attached "
            + "to 'liwan-1', which has units below it");
    e = thrown(ChangeException.class,
        () -> ChangeSet.of(MoveUnit.of(u("liwan"), u("liwan-2"))).applyTo(before));
    assertThat(e.violations()).extracting(Object::toString).containsExactlyInAnyOrder(
        "/changes/0: Change 0 puts 'liwan' under 'liwan-2', which lies below it: "
            + "[liwan, liwan-2] would form a cycle",
        "/changes/0: Change 0 (move unit) would break the hierarchy: Unit 'liwan' at level "
            + "VILLAGE cannot sit under 'liwan-2' at level GRID");
    assertThat(e.violations().get(0).message(Locale.CHINA))
        .isEqualTo("第 0 项调整将“liwan”隶属于其下级“liwan-2”:[liwan, liwan-2] 将形成循环");
    assertThat(before).isEqualTo(town());
  }

  @Test
  void R_GRID_8_aChangeSetReadsBackFromJsonAndDescribesItselfForTheAuditTrail() throws Exception {
    ChangeSet set = ChangeSet.builder().addChanges(
        AddUnit.of(Unit.of("liwan-3", "liwan", "GRID", "李湾三网格")),
        MoveHousehold.of(hh("h3"), u("liwan-3")),
        UpdateUnit.to(Unit.builder().from(Unit.of("liwan-2", "liwan", "GRID", "李湾二网格"))
            .closed(LocalDate.of(2024, 7, 1)).build()),
        MergeUnits.of(u("qixing"), u("liwan")),
        SplitHousehold.of(hh("h5"), HouseholdPart.of(hh("h5-a"))),
        RemoveHousehold.of(hh("h6")), AddHousehold.of(hh("h7"), u("liwan-3")),
        MoveUnit.toRoot(u("qixing-1")), MergeUnits.of(u("qixing-1"), u("liwan-3")))
        .reason("网格调整").effective(LocalDate.of(2024, 7, 1)).build();
    ObjectMapper json = XiangzhiJson.newMapper();
    String text = json.writeValueAsString(set);
    assertThat(text).contains("\"change\":\"MERGE_UNITS\"");
    assertThat(json.readValue(text, ChangeSet.class)).isEqualTo(set);
    assertThat(set.describe(Locale.CHINA).get(3)).isEqualTo("3. 将“qixing”并入“liwan”(撤销日期 -)");
    assertThat(set.describe(Locale.ENGLISH).get(0))
        .isEqualTo("0. Set up GRID 'liwan-3' (李湾三网格) under 'liwan'");
    assertThatApplies(set);
  }

  @Test
  void R_GRID_8_aChangeSetReadBackFromBadJsonIsRefusedNamingTheChange() {
    ObjectMapper json = XiangzhiJson.newMapper();
    assertThat(thrown(InvalidValueException.class,
        () -> XiangzhiJson.read(json, "{\"changes\":[{\"change\":\"RENAME_UNIT\","
        + "\"unit\":\"qixing\",\"name\":\"七星\"},{\"change\":\"EXPLODE_UNIT\","
        + "\"unit\":\"qixing\"}]}", ChangeSet.class)).violations())
        .extracting(Object::toString)
        .containsExactly("/changes/1: Unknown kind 'EXPLODE_UNIT' of HierarchyChange");
    assertThat(thrown(InvalidValueException.class,
        () -> XiangzhiJson.read(json, "{\"changes\":[{\"unit\":\"qixing\"}]}",
        ChangeSet.class)).violations()).extracting(Object::toString)
        .containsExactly("/changes/0: The kind of HierarchyChange is missing");
    assertThat(thrown(InvalidValueException.class,
        () -> XiangzhiJson.read(json, "{\"changes\":[{\"change\":\"RENAME_UNIT\","
        + "\"unit\":\"qixing\",\"name\":\"七星\"},null]}", ChangeSet.class)).violations())
        .extracting(Object::toString)
        .containsExactly("/changes/1: No value: a list may not hold null");
    assertThat(thrown(InvalidValueException.class,
        () -> XiangzhiJson.read(json, "{\"changes\":{\"change\":\"RENAME_UNIT\"}}",
        ChangeSet.class)).violations()).extracting(Object::toString)
        .containsExactly("/changes: Wrong type: expected array, found object");
    assertThat(thrown(InvalidValueException.class, () -> XiangzhiJson.read(json, "[]",
        ChangeSet.class)).violations()).extracting(Object::toString)
        .containsExactly("Wrong type: expected object, found array"); // not its Json delegate
    assertThat(thrown(InvalidValueException.class, () -> XiangzhiJson.read(json,
        "{\"changes\":[{\"change\":\"RENAME_UNIT\",\"unit\":\"qixing\",\"name\":\"七星\","
        + "\"unit\":\"liwan\"}]}", ChangeSet.class)).violations()).extracting(Object::toString)
        .containsExactly("/changes/0/unit: Key 'unit' appears twice here");
    assertThat(thrown(InvalidValueException.class, () -> XiangzhiJson.read(json,
        "{\"changes\":[],\"effective\":20240701}", ChangeSet.class)).violations())
        .extracting(Object::toString)
        .containsExactly("/effective: Wrong type: expected LocalDate, found number");
    assertThat(thrown(InvalidValueException.class, () -> XiangzhiJson.read(json, "{}",
        Hierarchy.class)).violations()).extracting(Object::toString)
        .containsExactly("Type Hierarchy cannot be read from JSON");
    InvalidValueException e = thrown(InvalidValueException.class,
        () -> XiangzhiJson.read(json, "{\"changes\":[{\"change\":"
        + "\"MERGE_UNITS\",\"from\":\"liwan\",\"into\":\"liwan\"}]}", ChangeSet.class));
    assertThat(e.violations()).extracting(Object::toString)
        .containsExactly("/changes/0/into: Unit 'liwan' cannot be merged into itself");
    assertThat(e.violations().get(0).message(Locale.CHINA)).isEqualTo("单元“liwan”不能并入其自身");
    assertThat(thrown(InvalidValueException.class, () -> XiangzhiJson.read(json,
        "{\"changes\":[{\"change\":\"MERGE_UNITS\"}]}", ChangeSet.class)).violations())
        .extracting(Object::toString).containsExactly(
            "/changes/0/from: Required field 'from' is missing",
            "/changes/0/into: Required field 'into' is missing");
  }

  static void assertThatApplies(ChangeSet set) {
    Hierarchy after = set.applyTo(town());
    assertThat(after.unit(u("liwan-2")).closed()).contains(LocalDate.of(2024, 7, 1));
    assertThat(after.unitOf(hh("h3"))).contains(u("liwan-3"));
    assertThat(after.contains(u("qixing-1"))).isFalse();
  }

  @Test
  void R_GRID_8_diffThenApplyReproducesTheTarget() {
    ObjectMapper json = XiangzhiJson.newMapper();
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchies(), longs().all()).checkAssert((h, seed) -> {
      Hierarchy target = GridGens.mutate(h, seed);
      ChangeSet diff = ChangeSet.diff(h, target);
      assertThat(diff.applyTo(h)).isEqualTo(target);
      // the audit trail keeps the set as JSON: what reads back applies the same
      ChangeSet back = XiangzhiJson.read(json, write(json, diff), ChangeSet.class);
      assertThat(back).isEqualTo(diff);
      assertThat(back.applyTo(h)).isEqualTo(target);
      assertThat(ChangeSet.diff(target, target).isEmpty()).isTrue();
    });
  }

  @Test
  void R_GRID_8_diffThenApplyReproducesAnyOtherHierarchyOfTheScheme() {
    qt().withExamples(GridGens.EXAMPLES).forAll(longs().all(), longs().all(), integers().between(1, 60),
        integers().between(0, 150)).checkAssert((a, b, units, households) -> {
          LevelScheme scheme = GridGens.schemeOrPreset(a);
          Hierarchy from = GridGens.hierarchy(scheme, a, units, households);
          // a change set cannot change the declared groups: the target declares the same
          Hierarchy to = GridGens.regrouped(
              GridGens.hierarchy(scheme, b, 61 - units, 150 - households), from, b);
          assertThat(ChangeSet.diff(from, to).applyTo(from)).isEqualTo(to);
        });
  }

  @Test
  void R_GRID_8_mergingRandomUnitsKeepsEveryHouseholdAndUnitBelowThem() {
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchies(), longs().all())
        .checkAssert((h, seed) -> {
          List<UnitId[]> pairs = mergeablePairs(h);
          if (pairs.isEmpty()) {
            return; // a lone unit of its level and kind: nothing to merge
          }
          UnitId[] pair = pairs.get(Math.floorMod(seed, pairs.size()));
          UnitId from = pair[0];
          UnitId into = pair[1];
          Hierarchy before = h.toBuilder().build();
          Hierarchy after = ChangeSet.of(MergeUnits.of(from, into)).applyTo(h);
          assertThat(h).isEqualTo(before);
          assertThat(after.contains(from)).isFalse();
          assertThat(after.households()).containsExactlyInAnyOrderElementsOf(h.households());
          for (HouseholdId household : h.households()) {
            UnitId was = h.unitOf(household).orElseThrow();
            assertThat(after.unitOf(household)).as("household %s", household)
                .contains(was.equals(from) ? into : was);
          }
          for (UnitId unit : h.subtree(from)) {
            if (!unit.equals(from)) {
              assertThat(after.isAncestor(into, unit)).as("%s below %s", unit, into).isTrue();
              // a skippable level may put the two at different depths
              assertThat(after.depth(unit))
                  .isEqualTo(h.depth(unit) - h.depth(from) + h.depth(into));
            }
          }
          assertThat(after.unitCount()).isEqualTo(h.unitCount() - 1);
        });
  }

  @Test
  void R_GRID_8_aMergeIntoAUnitBelowItIsRejectedSayingWhy() {
    Hierarchy before = town();
    ChangeException e = thrown(ChangeException.class, 
        () -> ChangeSet.of(MergeUnits.of(u("liwan"), u("liwan-1"))).applyTo(before));
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "/changes/0: Change 0 merges 'liwan' into 'liwan-1', which lies below it");
    assertThat(e.violations().get(0).message(Locale.CHINA))
        .isEqualTo("第 0 项调整将“liwan”并入其下级“liwan-1”");
    e = thrown(ChangeException.class, () -> ChangeSet.of(RenameUnit.of(u("qixing"), "七星"),
        MergeUnits.of(u("weituo"), u("qixing-1"))).applyTo(before));
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "/changes/1: Change 1 merges 'weituo' into 'qixing-1', which lies below it");
    // below it only after an earlier change of the same set
    e = thrown(ChangeException.class, () -> ChangeSet.of(MoveUnit.of(u("qixing"), u("liwan")),
        MergeUnits.of(u("liwan"), u("qixing"))).applyTo(before));
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "/changes/1: Change 1 merges 'liwan' into 'qixing', which lies below it");
    assertThat(before).isEqualTo(town());
  }

  @Test
  void R_GRID_8_eachKindOfChangeThatCannotApplyIsRejectedSayingWhich() {
    Hierarchy before = town();
    assertThat(thrown(ChangeException.class,
        () -> ChangeSet.of(MoveUnit.of(u("liwan"), u("liwan"))).applyTo(before))
        .violations()).extracting(Object::toString)
        .containsExactly("/changes/0: Change 0 moves 'liwan' under itself");
    assertThat(thrown(ChangeException.class,
        () -> ChangeSet.of(AddHousehold.of(hh("h1"), u("liwan-2")))
        .applyTo(before)).violations()).extracting(Object::toString)
        .containsExactly("/changes/0: Change 0 adds household 'h1', which exists already");
    assertThat(thrown(ChangeException.class,
        () -> ChangeSet.of(SplitHousehold.of(hh("h1"), HouseholdPart.of(hh("h2"))))
        .applyTo(before)).violations()).extracting(Object::toString)
        .containsExactly("/changes/0: Change 0 adds household 'h2', which exists already");
    // closing the merged unit before it opened: the unit's own check, named by the change
    Hierarchy dated = ChangeSet.of(UpdateUnit.to(Unit.builder().from(before.unit(u("qixing")))
        .opened(LocalDate.of(2020, 1, 1)).build())).applyTo(before);
    ChangeException e = thrown(ChangeException.class, () -> ChangeSet.of(
        MergeUnits.closing(u("qixing"), u("liwan"), LocalDate.of(2019, 12, 31))).applyTo(dated));
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("/changes/0");
      assertThat(v.messageKey()).isEqualTo("grid.change.invalid");
      assertThat(v.message(Locale.ENGLISH)).startsWith("Change 0 cannot apply: ")
          .contains("2019-12-31");
      // the reason among the arguments prints as its English text wherever they are shown
      assertThat(v.messageArguments().get(1).toString())
          .isEqualTo(v.message(Locale.ENGLISH).substring("Change 0 cannot apply: ".length()));
    });
    ChangeException broken = thrown(ChangeException.class, () -> ChangeSet.of(
        UpdateUnit.to(Unit.of("liwan-2", "liwan", "NO_SUCH_LEVEL", "李湾二网格"))).applyTo(before));
    assertThat(broken.violations()).singleElement().satisfies(v -> {
      assertThat(v.messageKey()).isEqualTo("grid.change.breaks");
      assertThat(v.messageArguments()).extracting(Object::toString)
          .noneMatch(a -> a.contains("Lambda")).last().asString().contains("NO_SUCH_LEVEL");
      assertThat(v.message(Locale.CHINA)).contains("NO_SUCH_LEVEL");
    });
    assertThat(before).isEqualTo(town());
  }

  @Test
  void R_GRID_8_changesThatNameThemselvesAreRefusedWhenMade() {
    assertThat(thrown(InvalidValueException.class,
        () -> MergeUnits.of(u("liwan"), u("liwan"))).violations())
        .extracting(Object::toString)
        .containsExactly("/into: Unit 'liwan' cannot be merged into itself");
    assertThat(thrown(InvalidValueException.class,
        () -> SplitHousehold.of(hh("h1"), HouseholdPart.of(hh("h1"))))
        .violations()).extracting(Object::toString)
        .containsExactly("/into/0/household: Household 'h1' cannot be divided into itself");
    assertThat(thrown(InvalidValueException.class,
        () -> SplitHousehold.builder().household(hh("h1")).build())
        .violations()).extracting(Object::toString)
        .containsExactly("/into: Household 'h1' is divided into no household");
  }

  @Test
  void R_GRID_8_aDiffNeedsTheSameSchemeAndGroups() {
    Hierarchy town = town();
    LevelScheme shangba = LevelSchemes.source("SHANGBA").orElseThrow();
    Hierarchy other = Hierarchy.builder(shangba)
        .addUnit(Unit.root("shangba", shangba.levels().get(0).code(), "上坝镇")).build();
    assertThat(thrown(InvalidValueException.class, () -> ChangeSet.diff(town, other)).violations())
        .extracting(Object::toString)
        .containsExactly("A change set cannot change the level scheme (WEITUO to SHANGBA)");
    Hierarchy grouped = town.toBuilder().addGroup(UnitGroup.of("PILOT", "试点村", "pilot village"))
        .build();
    assertThat(thrown(InvalidValueException.class,
        () -> ChangeSet.diff(town, grouped)).violations())
        .extracting(Object::toString)
        .containsExactly("A change set cannot change the declared groups and group sets");
    assertThat(ChangeSet.diff(grouped, grouped).isEmpty()).isTrue();
  }

  static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** Same-level pairs of units both with or both without units below them: a merge applies. */
  static List<UnitId[]> mergeablePairs(Hierarchy h) {
    List<UnitId[]> pairs = new ArrayList<>();
    for (Unit a : h.units()) {
      for (Unit b : h.units()) {
        if (!a.id().equals(b.id()) && a.level().equals(b.level())
            && h.isLeaf(a.id()) == h.isLeaf(b.id())) {
          pairs.add(new UnitId[] {a.id(), b.id()});
        }
      }
    }
    return pairs;
  }





}
