package io.github.xiangzhi.grid.element;

import static io.github.xiangzhi.testkit.core.Problems.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.hierarchy.UnitTotals;
import io.github.xiangzhi.grid.hierarchy.UnknownUnitException;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.testkit.grid.GridGens;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ElementRegistryTest {

  static Hierarchy town() {
    return Hierarchy.builder(LevelSchemes.source("WEITUO").orElseThrow())
        .addUnit(Unit.root("weituo", "TOWN", "渭沱镇"))
        .addUnit(Unit.of("liwan", "weituo", "VILLAGE", "李湾村"))
        .addUnit(Unit.of("liwan-1", "liwan", "GRID", "李湾一网格"))
        .addUnit(Unit.of("liwan-2", "liwan", "GRID", "李湾二网格"))
        .addHousehold(HouseholdId.of("h1"), UnitId.of("liwan-1"))
        .addHousehold(HouseholdId.of("h2"), UnitId.of("liwan-2"))
        .build();
  }

  static final List<ElementType> TYPES = List.of(
      ElementType.of("RESIDENT", "常住人口", ElementKind.PERSON),
      ElementType.of("HAZARD_SITE", "地质灾害点", ElementKind.PLACE),
      ElementType.of("RENTED_HOUSE", "出租房屋", ElementKind.THING),
      ElementType.of("DISPUTE", "矛盾纠纷", ElementKind.EVENT));

  @Test
  void R_GRID_3_peoplePlacesThingsAndEventsAreRegisteredToGrids() {
    ElementRegistry registry = ElementRegistry.of(town(), TYPES, List.of(
        GridElement.of("e1", "HAZARD_SITE", "liwan", "李湾滑坡点"),
        GridElement.builder().from(GridElement.of("e2", "RENTED_HOUSE", "liwan-1", "张家出租房"))
            .household(HouseholdId.of("h1")).build(),
        GridElement.of("e3", "DISPUTE", "liwan-2", "宅基地纠纷"),
        GridElement.of("e4", "DISPUTE", "liwan-2", "噪音纠纷")));
    assertThat(registry.within(UnitId.of("liwan"))).hasSize(4);
    assertThat(registry.at(UnitId.of("liwan"))).extracting(GridElement::label)
        .containsExactly("李湾滑坡点");
    assertThat(registry.within(UnitId.of("liwan-2"), ElementKind.EVENT)).hasSize(2);
    UnitTotals counts = registry.countByKind();
    assertThat(counts.get(UnitId.of("weituo"), ElementKind.EVENT.ordinal())).isEqualTo(2);
    assertThat(counts.get(UnitId.of("liwan-1"), ElementKind.THING.ordinal())).isEqualTo(1);
    assertThat(ElementKind.PLACE.text(Locale.CHINA)).isEqualTo("地");
    assertThatThrownBy(() -> registry.within(UnitId.of("nowhere")))
        .isInstanceOf(UnknownUnitException.class);

    InvalidValueException e = thrown(InvalidValueException.class, () -> ElementRegistry.of(town(),
        TYPES, List.of(
            GridElement.of("e1", "WELL", "liwan", "古井"),
            GridElement.of("e1", "DISPUTE", "ghost", "纠纷"),
            GridElement.builder().from(GridElement.of("e3", "RESIDENT", "liwan-2", "住户"))
                .household(HouseholdId.of("h1")).build())));
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "/elements/1/id: Duplicate id 'e1': item 0 already has it",
        "/elements/0/type: Element 'e1' has the unknown type WELL",
        "/elements/1/unit: Element 'e1' is registered to an unknown unit 'ghost'",
        "/elements/2/household: Element 'e3' names household 'h1', which lies outside its unit "
            + "'liwan-2'");
  }

  @Test
  void R_GRID_3_anElementNamingAnUnknownHouseholdIsRejectedNamingBoth() {
    InvalidValueException e = thrown(InvalidValueException.class, () -> ElementRegistry.of(town(),
        TYPES, List.of(GridElement.of("e1", "DISPUTE", "liwan-1", "纠纷"),
            GridElement.builder().from(GridElement.of("e2", "RESIDENT", "liwan-1", "住户"))
                .household(HouseholdId.of("h9")).build())));
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "/elements/1/household: Element 'e2' names an unknown household 'h9'");
    assertThat(e.violations().get(0).message(Locale.CHINA)).isEqualTo("要素“e2”所属农户“h9”不存在");
  }

  @Test
  void R_GRID_3_theKindOfAnElementOfAnotherRegistryIsALocalisedErrorNamingItsType() {
    ElementRegistry registry = ElementRegistry.of(town(), TYPES, List.of());
    assertThat(registry.kindOf(GridElement.of("e1", "HAZARD_SITE", "liwan", "滑坡点")))
        .isEqualTo(ElementKind.PLACE);
    InvalidValueException e = thrown(InvalidValueException.class, () ->
        registry.kindOf(GridElement.of("e9", "WELL", "liwan", "古井")));
    assertThat(e.violations()).extracting(Object::toString)
        .containsExactly("/type: Element 'e9' has the unknown type WELL");
    assertThat(e.getMessage()).isEqualTo("Element 'e9' has the unknown type WELL");
    assertThat(e.message(Locale.CHINA)).isEqualTo("要素“e9”的类型 WELL 未定义");
    assertThatThrownBy(() -> registry.kindOf(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("element");
  }

  @Test
  void R_GRID_3_subtreeQueriesAndCountsAgreeWithANaiveScan() {
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchies(), longs().all(), integers().between(0, 60))
        .checkAssert((h, seed, count) -> {
          List<GridElement> elements = GridGens.elements(h, seed, count);
          ElementRegistry registry = ElementRegistry.of(h, GridGens.elementTypes(), elements);
          UnitTotals counts = registry.countByKind();
          for (Unit unit : h.units()) {
            List<GridElement> naive = elements.stream()
                .filter(e -> h.isWithin(e.unit(), unit.id())).toList();
            assertThat(registry.within(unit.id())).containsExactlyInAnyOrderElementsOf(naive);
            assertThat(registry.at(unit.id())).containsExactlyElementsOf(
                elements.stream().filter(e -> e.unit().equals(unit.id())).toList());
            for (ElementKind kind : ElementKind.values()) {
              assertThat(counts.get(unit.id(), kind.ordinal())).isEqualTo(
                  naive.stream().filter(e -> registry.kindOf(e) == kind).count());
            }
          }
          elements.forEach(e -> assertThat(registry.element(e.id())).contains(e));
        });
  }

}
