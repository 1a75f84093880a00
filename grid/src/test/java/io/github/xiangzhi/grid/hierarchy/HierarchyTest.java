package io.github.xiangzhi.grid.hierarchy;

import static io.github.xiangzhi.testkit.core.Problems.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.grid.level.UnknownLevelException;
import io.github.xiangzhi.testkit.grid.GridGens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HierarchyTest {
  static final LevelScheme WEITUO = LevelSchemes.source("WEITUO").orElseThrow();

  /** 渭沱镇 with two villages; 李湾村 has two grids, one with two courtyards. */
  static Hierarchy weituo() {
    return Hierarchy.builder(WEITUO)
        .addUnit(Unit.root("weituo", "TOWN", "渭沱镇"))
        .addUnit(Unit.of("liwan", "weituo", "VILLAGE", "李湾村"))
        .addUnit(Unit.of("qixing", "weituo", "VILLAGE", "七星村"))
        .addUnit(Unit.of("liwan-1", "liwan", "GRID", "李湾一网格"))
        .addUnit(Unit.of("liwan-2", "liwan", "GRID", "李湾二网格"))
        .addUnit(Unit.of("liwan-1-a", "liwan-1", "COURTYARD", "张家院"))
        .addUnit(Unit.of("liwan-1-b", "liwan-1", "COURTYARD", "李家院"))
        .addUnit(Unit.of("qixing-1", "qixing", "GRID", "七星一网格"))
        .addHousehold(HouseholdId.of("h1"), UnitId.of("liwan-1-a"))
        .addHousehold(HouseholdId.of("h2"), UnitId.of("liwan-1-b"))
        .addHousehold(HouseholdId.of("h3"), UnitId.of("liwan-2"))
        .addHousehold(HouseholdId.of("h4"), UnitId.of("qixing-1"))
        .addHousehold(HouseholdId.of("h5"), UnitId.of("liwan-1-a"))
        .build();
  }

  static UnitId u(String id) {
    return UnitId.of(id);
  }

  @Test
  void R_GRID_1_navigationOfASmallTown() {
    Hierarchy h = weituo();
    assertThat(h.roots()).containsExactly(u("weituo"));
    assertThat(h.children(u("liwan"))).containsExactly(u("liwan-1"), u("liwan-2"));
    assertThat(h.path(u("liwan-1-b"))).containsExactly(u("weituo"), u("liwan"), u("liwan-1"),
        u("liwan-1-b"));
    assertThat(h.ancestors(u("liwan-1-b"))).containsExactly(u("liwan-1"), u("liwan"), u("weituo"));
    assertThat(h.depth(u("liwan-1-b"))).isEqualTo(3);
    assertThat(h.level(u("liwan-2")).name()).isEqualTo("网格");
    assertThat(h.isAncestor(u("liwan"), u("liwan-1-a"))).isTrue();
    assertThat(h.isAncestor(u("liwan"), u("liwan"))).isFalse();
    assertThat(h.isWithin(u("liwan"), u("liwan"))).isTrue();
    assertThat(h.isWithin(u("qixing-1"), u("liwan"))).isFalse();
    assertThat(h.lowestCommonAncestor(u("liwan-1-a"), u("liwan-2"))).contains(u("liwan"));
    assertThat(h.lowestCommonAncestor(u("liwan-1-a"), u("qixing-1"))).contains(u("weituo"));
    assertThat(h.subtree(u("liwan-1"))).containsExactly(u("liwan-1"), u("liwan-1-a"),
        u("liwan-1-b"));
    assertThat(h.unitsAt("VILLAGE")).containsExactly(u("liwan"), u("qixing"));
    assertThat(h.ancestorAt(u("liwan-1-b"), "VILLAGE")).contains(u("liwan"));
    assertThat(h.ancestorAt(u("weituo"), "VILLAGE")).isEmpty();
    // a level the scheme lacks is a typo to report, not an empty answer
    UnknownLevelException typo = thrown(UnknownLevelException.class,
        () -> h.unitsAt("VILAGE"));
    assertThat(typo.code()).isEqualTo("VILAGE");
    assertThat(typo.getMessage()).isEqualTo("Level VILAGE is not in scheme WEITUO");
    assertThat(typo.message(Locale.CHINA)).isEqualTo("层级 VILAGE 不属于层级体系 WEITUO");
    thrown(UnknownLevelException.class, () -> h.ancestorAt(u("liwan-1"), "VILAGE"));
    assertThat(h.householdsWithin(u("liwan")))
        .containsExactlyInAnyOrder(HouseholdId.of("h1"), HouseholdId.of("h2"), HouseholdId.of("h3"),
            HouseholdId.of("h5"));
    assertThat(h.households(u("liwan-1-a"))).containsExactly(HouseholdId.of("h1"),
        HouseholdId.of("h5"));
    assertThat(h.households(u("liwan"))).isEmpty();
    assertThat(h.unitOf(HouseholdId.of("h3"))).contains(u("liwan-2"));
    assertThat(h.unitOf(HouseholdId.of("h9"))).isEmpty();
    assertThat(h.isLeaf(u("liwan-2"))).isTrue();
    assertThat(h.rollup(household -> 1).get(u("liwan"))).isEqualTo(4);
    assertThatThrownBy(() -> h.parent(u("nowhere"))).isInstanceOf(UnknownUnitException.class)
        .hasMessage("Unknown unit 'nowhere'");
  }

  @Test
  void R_GRID_1_isAncestorAgreesWithANaiveParentWalk() {
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchies(), integers().all(), integers().all())
        .checkAssert((h, a, b) -> {
          UnitId x = pick(h, a);
          UnitId y = pick(h, b);
          boolean naive = false;
          for (Optional<UnitId> p = h.unit(y).parent(); p.isPresent(); p = h.unit(p.get()).parent()) {
            naive |= p.get().equals(x);
          }
          assertThat(h.isAncestor(x, y)).isEqualTo(naive);
          assertThat(h.isWithin(y, x)).isEqualTo(naive || x.equals(y));
          assertThat(h.isWithin(h.indexOf(y), h.indexOf(x))).isEqualTo(naive || x.equals(y));
          long labelX = h.label(x);
          long labelY = h.label(y);
          assertThat(UnitLabels.isWithin(labelY, labelX)).isEqualTo(naive || x.equals(y));
          assertThat(UnitLabels.isAncestor(labelX, labelY)).isEqualTo(naive);
          assertThat(labelX).isEqualTo(h.label(h.indexOf(x)));
          assertThat(UnitLabels.position(labelX)).isEqualTo(h.indexOf(x));
          assertThat(UnitLabels.subtreeEnd(labelX)).isEqualTo(h.subtreeEnd(h.indexOf(x)));
          assertThat(UnitLabels.subtreeSize(labelX)).isEqualTo(h.subtree(x).size());
        });
  }

  @Test
  void R_GRID_1_pathsDepthsSubtreesAndCommonAncestorsAgreeWithNaiveWalks() {
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchies(), integers().all(), integers().all())
        .checkAssert((h, a, b) -> {
          UnitId x = pick(h, a);
          UnitId y = pick(h, b);
          List<UnitId> naivePath = naivePath(h, x);
          assertThat(h.path(x)).isEqualTo(naivePath);
          assertThat(h.depth(x)).isEqualTo(naivePath.size() - 1);
          List<UnitId> naiveSubtree = new ArrayList<>();
          for (Unit unit : h.units()) {
            if (naivePath(h, unit.id()).contains(x)) {
              naiveSubtree.add(unit.id());
            }
          }
          assertThat(h.subtree(x)).containsExactlyInAnyOrderElementsOf(naiveSubtree);
          List<UnitId> other = naivePath(h, y);
          UnitId common = null;
          for (int i = 0; i < Math.min(naivePath.size(), other.size()); i++) {
            if (naivePath.get(i).equals(other.get(i))) {
              common = naivePath.get(i);
            }
          }
          assertThat(h.lowestCommonAncestor(x, y)).isEqualTo(Optional.ofNullable(common));
          List<HouseholdId> naiveHouseholds = new ArrayList<>();
          for (HouseholdId household : h.households()) {
            if (naiveSubtree.contains(h.unitOf(household).orElseThrow())) {
              naiveHouseholds.add(household);
            }
          }
          assertThat(h.householdsWithin(x)).containsExactlyInAnyOrderElementsOf(naiveHouseholds);
          assertThat(h.children(x)).allSatisfy(c -> assertThat(h.parent(c)).contains(x));
        });
  }

  @Test
  void R_GRID_2_rollupsAgreeWithNaiveSums() {
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchies()).checkAssert(h -> {
      Map<HouseholdId, Long> value = new HashMap<>();
      for (HouseholdId household : h.households()) {
        value.put(household, (long) (household.value().hashCode() % 97));
      }
      UnitTotals one = h.rollup(value::get);
      UnitTotals two = h.rollup(2, (i, row) -> {
        row[0] += 1;
        row[1] += value.get(h.householdAt(i));
      });
      UnitTotals units = h.rollupUnits(1, (u, row) -> row[0] += u);
      for (Unit unit : h.units()) {
        long sum = 0;
        long count = 0;
        for (HouseholdId household : h.households()) {
          if (naivePath(h, h.unitOf(household).orElseThrow()).contains(unit.id())) {
            sum += value.get(household);
            count++;
          }
        }
        long unitSum = 0;
        for (Unit other : h.units()) {
          if (naivePath(h, other.id()).contains(unit.id())) {
            unitSum += h.indexOf(other.id());
          }
        }
        assertThat(one.get(unit.id())).isEqualTo(sum);
        assertThat(two.get(unit.id(), 0)).isEqualTo(count);
        assertThat(two.get(unit.id(), 1)).isEqualTo(sum);
        assertThat(units.get(unit.id())).isEqualTo(unitSum);
      }
    });
  }

  @Test
  void R_GRID_2_householdLookupsAgreeWithTheRowsGiven() {
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchies()).checkAssert(h -> {
      assertThat(h.households()).doesNotHaveDuplicates().hasSize(h.householdCount());
      for (int i = 0; i < h.householdCount(); i++) {
        HouseholdId household = h.householdAt(i);
        assertThat(h.indexOf(household)).isEqualTo(i);
        assertThat(h.isLeaf(h.unitOf(household).orElseThrow())).isTrue();
        assertThat(h.unitAt(h.unitIndexOfHousehold(i))).isEqualTo(h.unitOf(household).get());
      }
      assertThat(h.toBuilder().build()).isEqualTo(h);
    });
  }

  @Test
  void R_GRID_2_buildingRejectsEveryBrokenRuleAtOnceNamingTheIds() {
    HierarchyBuilder b = Hierarchy.builder(WEITUO)
        .addUnit(Unit.root("weituo", "TOWN", "渭沱镇"))
        .addUnit(Unit.of("liwan", "weituo", "VILLAGE", "李湾村"))
        .addUnit(Unit.of("liwan", "weituo", "VILLAGE", "李湾村"))            // duplicate id
        .addUnit(Unit.of("g1", "liwan", "GRID", "一网格"))
        .addUnit(Unit.of("lost", "nowhere", "GRID", "失联网格"))              // unknown parent
        .addUnit(Unit.of("c1", "weituo", "COURTYARD", "院落"))               // skips two levels
        .addUnit(Unit.of("x", "y", "VILLAGE", "甲"))                          // a cycle x <-> y
        .addUnit(Unit.of("y", "x", "VILLAGE", "乙"))
        .addUnit(Unit.of("odd", "weituo", "HAMLET", "自然村"))                // unknown level
        .addHousehold(HouseholdId.of("h1"), UnitId.of("g1"))
        .addHousehold(HouseholdId.of("h1"), UnitId.of("c1"))                 // in two units
        .addHousehold(HouseholdId.of("h2"), UnitId.of("liwan"))              // not a leaf
        .addHousehold(HouseholdId.of("h3"), UnitId.of("ghost"));             // unknown unit
    HierarchyException e = thrown(HierarchyException.class, b::build);
    assertThat(e.violations()).extracting(Violation::messageKey).containsOnly(
        "grid.unit.duplicate", "grid.unit.parent.unknown", "grid.unit.level.order",
        "grid.unit.cycle", "grid.unit.level.unknown", "grid.household.twoUnits",
        "grid.household.unit.notLeaf", "grid.household.unit.unknown");
    assertThat(e.violations()).extracting(Violation::toString).contains(
        "/units/lost/parent: Unit 'lost' names an unknown parent 'nowhere'",
        "/units/c1/parent: Unit 'c1' at level COURTYARD cannot sit under 'weituo' at level TOWN",
        "/units/x/parent: Units [x, y] are each other's ancestors: a cycle",
        "/households/h1: Household 'h1' is attached to two units: 'g1' and 'c1'");
    assertThat(e.violations().stream().filter(v -> v.messageKey().equals("grid.unit.cycle"))
        .findFirst().orElseThrow().message(Locale.CHINA)).isEqualTo("单元 [x, y] 互为上级,形成循环");
  }


  @Test
  void R_GRID_1_everyGeneratedUnitGroupSetAndSchemeReadsBackEqualFromJsonAndYaml() {
    List<ObjectMapper> mappers = List.of(XiangzhiJson.newMapper(), XiangzhiJson.newYamlMapper());
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchies()).checkAssert(h -> {
      for (ObjectMapper mapper : mappers) {
        for (Unit unit : h.units()) {
          String text = write(mapper, unit);
          assertThat(XiangzhiJson.read(mapper, text, Unit.class)).as(text).isEqualTo(unit);
        }
        for (GroupSet set : h.groupSets()) {
          String text = write(mapper, set);
          assertThat(XiangzhiJson.read(mapper, text, GroupSet.class)).as(text).isEqualTo(set);
        }
        String text = write(mapper, h.scheme());
        assertThat(XiangzhiJson.read(mapper, text, LevelScheme.class)).as(text)
            .isEqualTo(h.scheme());
      }
    });
  }

  @Test
  void R_GRID_1_groupLookupsAgreeWithTheUnitsOwnGroups() {
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchies()).checkAssert(h -> {
      Set<String> codes = new LinkedHashSet<>();
      h.groups().forEach(g -> codes.add(g.code()));
      h.units().forEach(u -> codes.addAll(u.groups()));
      codes.add("NO_SUCH_GROUP");
      for (String code : codes) {
        assertThat(h.unitsInGroup(code)).as(code).containsExactlyElementsOf(h.units().stream()
            .filter(u -> u.groups().contains(code)).map(Unit::id).toList());
      }
      for (GroupSet set : h.groupSets()) {
        assertThat(h.groupSet(set.code())).contains(set);
        for (Unit unit : h.units()) {
          assertThat(h.groupOf(unit.id(), set.code())).as("%s in %s", unit.id(), set.code())
              .isEqualTo(set.groups().stream().filter(g -> unit.groups().contains(g.code()))
                  .findFirst());
        }
      }
      assertThat(h.groupSet("NO_SUCH_SET")).isEmpty();
    });
  }

  static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  static UnitId pick(Hierarchy h, int i) {
    return h.unitAt(Math.floorMod(i, h.unitCount()));
  }

  static List<UnitId> naivePath(Hierarchy h, UnitId id) {
    List<UnitId> path = new ArrayList<>();
    for (Optional<UnitId> at = Optional.of(id); at.isPresent(); at = h.unit(at.get()).parent()) {
      path.add(0, at.get());
    }
    return path;
  }
}
