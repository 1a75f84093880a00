package io.github.xiangzhi.grid.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.testkit.grid.GridGens;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class UnitLabelsTest {

  /** Positions drawn mostly small, sometimes at the top of the int range. */
  private static Gen<Integer> positions() {
    return integers().between(0, 64).mix(integers().between(Integer.MAX_VALUE - 64,
        Integer.MAX_VALUE - 1), 30).mix(integers().allPositive(), 20);
  }

  @Test
  void R_GRID_1_labelsAgreeWithTheRangeTheyStandFor() {
    qt().forAll(positions(), positions(), integers().between(1, 70), integers().between(1, 70))
        .assuming((u, r, us, rs) -> us <= Integer.MAX_VALUE - u && rs <= Integer.MAX_VALUE - r)
        .checkAssert((u, r, us, rs) -> {
          long unit = UnitLabels.of(u, us);
          long root = UnitLabels.of(r, rs);
          long end = (long) r + rs;
          assertThat(UnitLabels.isWithin(unit, root)).isEqualTo(r <= u && u < end);
          assertThat(UnitLabels.isAncestor(root, unit)).isEqualTo(r < u && u < end);
          assertThat(UnitLabels.position(unit)).isEqualTo(u);
          assertThat(UnitLabels.subtreeSize(unit)).isEqualTo(us);
          assertThat(UnitLabels.subtreeEnd(root)).isEqualTo(end);
          assertThat(unit).isPositive();
        });
  }

  @Test
  void R_GRID_1_labelsAtTheEdgesOfTheIntRange() {
    long everything = UnitLabels.of(0, Integer.MAX_VALUE);
    long last = UnitLabels.of(Integer.MAX_VALUE - 1, 1);
    long first = UnitLabels.of(0, 1);
    assertThat(UnitLabels.isWithin(last, everything)).isTrue();
    assertThat(UnitLabels.isAncestor(everything, last)).isTrue();
    assertThat(UnitLabels.isWithin(everything, last)).isFalse();
    assertThat(UnitLabels.isWithin(first, last)).isFalse();
    assertThat(UnitLabels.isWithin(last, first)).isFalse();
    assertThat(UnitLabels.isWithin(first, first)).isTrue();
    assertThat(UnitLabels.isAncestor(first, first)).isFalse();
    assertThat(UnitLabels.subtreeEnd(everything)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aLabelOutsideTheIntRangeIsRefusedNamingTheValue() {
    assertThatThrownBy(() -> UnitLabels.of(-1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("position must not be negative: -1");
    assertThatThrownBy(() -> UnitLabels.of(3, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subtreeSize must be at least 1: 0");
    assertThatThrownBy(() -> UnitLabels.of(Integer.MAX_VALUE, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subtree of 1 units at position 2147483647 passes Integer.MAX_VALUE");
  }

  @Test
  void aHierarchyLabelsOnlyUnitsItHolds() {
    Hierarchy h = GridGens.hierarchy(GridGens.scheme(7), 7, 30, 40);
    assertThatThrownBy(() -> h.label(UnitId.of("not-there")))
        .isInstanceOf(UnknownUnitException.class).hasMessage("Unknown unit 'not-there'");
    assertThatThrownBy(() -> h.label(h.unitCount())).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> h.label(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    long root = h.label(0);
    assertThat(UnitLabels.position(root)).isZero();
    assertThat(UnitLabels.subtreeEnd(root)).isEqualTo(h.subtreeEnd(0));
  }
}
