package io.github.xiangzhi.rating.star;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The batch path as a caller uses it: a table built by position or from a hierarchy, cleared and
 * refilled values, the star table's views, the caller's own arrays, and tables from elsewhere
 * (R-STAR-2, 7).
 */
class StarBatchTest {

  @Test
  void R_STAR_2_aTableBuiltCellByCellScoresAsTheSingleEvaluation() {
    StarScheme scheme = SchemeLayoutTest.twoCategories();
    StarEngine engine = StarEngine.create();
    EvidenceTable.Builder builder = EvidenceTable.builder(scheme, 3);
    assertThat(builder.households()).isEqualTo(3);
    // every setter returns the builder, so a row is written in one chain
    EvidenceTable table = builder.set(0, "A_FLAG", true).set(0, "A_UNIT", 2)
        .set(0, "B_MOST", new BigDecimal("1.25")).set(1, "F_FLAG", false)
        .set(1, "A_UNIT", 9).set(1, "B_LEAST", 2).clear(1, "B_LEAST").clear(1, "B_MOST")
        .put(2, Evidence.builder().flag("A_FLAG").set("A_UNIT", 3).set("B_LEAST", 2).build())
        .set(2, "F_NUM", new BigDecimal("0.5")).build();
    assertThat(table.households()).isEqualTo(3);
    assertThat(table.evidence(0)).isEqualTo(Evidence.builder().flag("A_FLAG").set("A_UNIT", 2)
        .set("B_MOST", new BigDecimal("1.25")).build());
    assertThat(table.evidence(1)).isEqualTo(Evidence.builder().set("A_UNIT", 9).build());

    StarTable stars = engine.evaluateAll(scheme, table);
    assertThat(stars.scheme()).isSameAs(scheme);
    assertThat(stars.households()).isEqualTo(3);
    for (int h = 0; h < 3; h++) {
      StarResult one = engine.evaluate(scheme, HouseholdId.of("h" + h), table.evidence(h));
      assertThat(stars.stars(h)).as("household %s", h).isEqualTo(one.stars());
      assertThat(stars.total(h)).isEqualTo(one.total());
      for (int c = 0; c < 2; c++) {
        assertThat(stars.holds(h, c)).isEqualTo(one.stars().contains(
            scheme.categories().get(c).code()));
      }
    }
    // 0: A 10 + 10 = 20 met, B 3 + its bonus B2 (A_FLAG) 2 = 5 short of 7
    // 1: A 15 short of 20, and A is required; 2: A 25, B 7 + 6 + 2 = 15 but B_LEAST vetoes A
    assertThat(stars.stars(0)).containsExactly("A");
    assertThat(stars.holds(0, 1)).isFalse();
    assertThat(stars.stars(1)).isEmpty();
    assertThat(stars.stars(2)).isEmpty();
    assertThat(stars.totals()).containsExactly(1, 0, 0);
    assertThat(stars.masks()).containsExactly(0b01L, 0L, 0L);
    // the arrays are copies
    stars.totals()[0] = 9;
    stars.masks()[0] = -1L;
    assertThat(stars.total(0)).isEqualTo(1);
    assertThat(stars.mask(0)).isEqualTo(0b01L);
  }

  @Test
  void R_STAR_7_theBonusAndEveryVetoApplyOnTheBatchPathAsOnTheSingleOne() {
    StarScheme scheme = SchemeLayoutTest.twoCategories();
    StarEngine engine = StarEngine.create();
    Evidence both = Evidence.builder().flag("A_FLAG").set("A_UNIT", 2)
        .set("B_MOST", new BigDecimal("1.2")).build();
    Evidence[] rows = {
      both,                                                            // A 20, B 3 + 2 = 5
      both.with(Evidence.builder().flag("F_FLAG").build()),            // bonus, but V1 vetoes all
      both.with(Evidence.builder().set("F_NUM", new BigDecimal("0.5")).build()),  // B 11
      both.with(Evidence.builder().set("F_NUM", new BigDecimal("2.5")).build()),  // V2 on B
      both.with(Evidence.builder().set("F_NUM", new BigDecimal("2.49")).build()), // B 11
    };
    EvidenceTable.Builder builder = EvidenceTable.builder(scheme, rows.length);
    for (int h = 0; h < rows.length; h++) {
      builder.put(h, rows[h]);
    }
    StarTable stars = engine.evaluateAll(scheme, builder.build());
    String[][] expected = {{"A"}, {}, {"A", "B"}, {"A"}, {"A", "B"}};
    for (int h = 0; h < rows.length; h++) {
      assertThat(stars.stars(h)).as("household %s", h).containsExactly(expected[h]);
      assertThat(stars.holds(h, 1)).as("household %s holds B", h)
          .isEqualTo(Arrays.asList(expected[h]).contains("B"));
      assertThat(engine.evaluate(scheme, HouseholdId.of("h" + h), rows[h]).stars())
          .as("household %s", h).containsExactly(expected[h]);
    }
  }

  @Test
  void evaluateIntoOverwritesWhateverTheCallersArraysHeld() {
    StarScheme scheme = SchemeLayoutTest.twoCategories();
    EvidenceTable table = EvidenceTable.builder(scheme, 2)
        .put(0, Evidence.builder().flag("A_FLAG").set("A_UNIT", 2).build()).build();
    byte[] totals = new byte[3];
    long[] masks = new long[3];
    Arrays.fill(totals, (byte) 7);
    Arrays.fill(masks, -1L);
    StarEngine.create().evaluateInto(scheme, table, totals, masks);
    assertThat(totals).containsExactly(1, 0, 7);
    assertThat(masks).containsExactly(0b01L, 0L, -1L);
  }

  @Test
  void evaluateIntoRefusesArraysTooShortForTheTable() {
    StarScheme scheme = SchemeLayoutTest.twoCategories();
    EvidenceTable table = EvidenceTable.builder(scheme, 3).build();
    assertThatThrownBy(() -> StarEngine.create().evaluateInto(scheme, table, new byte[2],
        new long[3])).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the arrays hold 2 and 3 households, the table 3");
    assertThatThrownBy(() -> StarEngine.create().evaluateInto(scheme, table, new byte[3],
        new long[2])).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the arrays hold 3 and 2 households, the table 3");
  }

  @Test
  void aTableCannotHaveANegativeNumberOfHouseholds() {
    assertThatThrownBy(() -> EvidenceTable.builder(SchemeLayoutTest.twoCategories(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("households must not be negative: -1");
  }

  @Test
  void aTableForAHierarchyPutsEachHouseholdAtItsPosition() {
    StarScheme scheme = SchemeLayoutTest.twoCategories();
    Hierarchy county = StarGens.county(1, 2, new int[] {2, 1});
    Evidence flag = Evidence.builder().flag("A_FLAG").build();
    Evidence units = Evidence.builder().set("A_UNIT", 3).build();
    EvidenceTable table = EvidenceTable.of(scheme, county,
        Map.of(HouseholdId.of("h1-0"), flag, HouseholdId.of("h0-0"), units));
    assertThat(table.scheme()).isSameAs(scheme);
    assertThat(table.households()).isEqualTo(3);
    assertThat(county.indexOf(HouseholdId.of("h0-0"))).isZero();
    assertThat(table.evidence(0)).isEqualTo(units);
    assertThat(table.evidence(county.indexOf(HouseholdId.of("h1-0")))).isEqualTo(flag);
    assertThat(table.evidence(county.indexOf(HouseholdId.of("h0-1")))).isEqualTo(
        Evidence.empty());

    EvidenceException stranger = catchThrowableOfType(EvidenceException.class, () ->
        EvidenceTable.of(scheme, county, Map.of(HouseholdId.of("h9-9"), flag)));
    assertThat(stranger.household()).isEqualTo("h9-9");
    assertThat(stranger.getMessage()).isEqualTo("Household 'h9-9' is not in the hierarchy");
    // a bad value is reported with the household's id, not its position
    assertThatThrownBy(() -> EvidenceTable.of(scheme, county,
        Map.of(HouseholdId.of("h0-1"), Evidence.builder().set("A_FLAG", 2).build())))
        .isInstanceOf(EvidenceException.class)
        .hasMessage("Household h0-1: A_FLAG takes a yes-or-no value, not a count");
  }

  @Test
  void aTableFromElsewhereIsScoredAsItsEvidenceSays() {
    StarScheme scheme = SchemeLayoutTest.twoCategories();
    EvidenceTable own = EvidenceTable.builder(scheme, 2)
        .put(0, Evidence.builder().flag("A_FLAG").set("A_UNIT", 2).build())
        .put(1, Evidence.builder().flag("A_FLAG").set("A_UNIT", 2).flag("F_FLAG").build())
        .build();
    EvidenceTable foreign = new EvidenceTable() {
      @Override
      public StarScheme scheme() {
        return scheme;
      }

      @Override
      public int households() {
        return own.households();
      }

      @Override
      public Evidence evidence(int position) {
        return own.evidence(position);
      }
    };
    StarTable stars = StarEngine.create().evaluateAll(scheme, foreign);
    assertThat(stars.totals()).containsExactly(1, 0);
    assertThat(stars.stars(0)).containsExactly("A");
  }
}
