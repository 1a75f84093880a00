package io.github.xiangzhi.rating.star.conduct;

import static io.github.xiangzhi.rating.star.conduct.RedBlackListTest.CHANGZHI;
import static io.github.xiangzhi.rating.star.conduct.RedBlackListTest.COUNTY;
import static io.github.xiangzhi.rating.star.conduct.RedBlackListTest.Q1;
import static io.github.xiangzhi.rating.star.conduct.RedBlackListTest.RULES;
import static io.github.xiangzhi.rating.star.conduct.RedBlackListTest.V0;
import static io.github.xiangzhi.rating.star.conduct.RedBlackListTest.record;
import static io.github.xiangzhi.testkit.core.Problems.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.rating.star.EvidenceTable;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conduct rules' defaults and limits, and the edges of lists and restrictions (R-PTS-3). */
class ConductRulesTest {
  @Test
  void R_PTS_3_byDefaultABlackListRestrictsDividendsAndAwardsForFourQuarters() {
    ConductRules rules = ConductRules.builder().addBlackKinds("VIOLATION").build();
    assertThat(rules.restrictionQuarters()).isEqualTo(4);
    assertThat(rules.restricts())
        .containsExactly(RestrictionKind.DIVIDENDS, RestrictionKind.AWARDS);
    RedBlackList list = RedBlackList.compile(COUNTY, V0, Q1,
        List.of(record("b", "h0-1", "VIOLATION", "2024-02-01T02:00:00Z")), rules,
        StarGens.SHANGHAI);
    assertThat(list.restrictions()).singleElement().satisfies(r -> {
      assertThat(r.from()).isEqualTo(LocalDate.of(2024, 4, 1));
      assertThat(r.until()).isEqualTo(LocalDate.of(2025, 4, 1));
    });
    ConductRules empty = ConductRules.empty();
    assertThat(empty.redKinds()).isEmpty();
    assertThat(empty.blackKinds()).isEmpty();
    assertThat(empty.blackListFact()).isEmpty();
    assertThat(RedBlackList.compile(COUNTY, V0, Q1, RedBlackListTest.RECORDS, empty,
        StarGens.SHANGHAI).black()).isEmpty();
  }

  @Test
  void R_PTS_3_restrictionsLastOneToFortyQuartersAndKindsAndFactAreCodes() {
    assertThat(ConductRules.builder().restrictionQuarters(1).build().restrictionQuarters())
        .isEqualTo(1);
    assertThat(ConductRules.builder().restrictionQuarters(40).build().restrictionQuarters())
        .isEqualTo(40);
    assertThat(violations(() -> ConductRules.builder().restrictionQuarters(0).build()))
        .containsExactly("/restrictionQuarters rating.star.conduct.quarters");
    assertThat(violations(() -> ConductRules.builder().restrictionQuarters(41).build()))
        .containsExactly("/restrictionQuarters rating.star.conduct.quarters");
    assertThat(violations(() -> ConductRules.builder().blackListFact("black list").build()))
        .containsExactly("/blackListFact core.code.syntax");
    assertThat(violations(() -> ConductRules.builder().addRedKinds("good deed").build()))
        .containsExactly("/redKinds core.code.syntax");
    assertThat(violations(() -> ConductRules.builder().addBlackKinds("bad deed").build()))
        .containsExactly("/blackKinds core.code.syntax");
    assertThat(violations(() -> ConductRecord.of("no spaces", HouseholdId.of("h0-0"),
        "VIOLATION", Instant.parse("2024-02-01T02:00:00Z")))).containsExactly("/id core.id.invalid");
    assertThat(violations(() -> ConductRecord.of("x", HouseholdId.of("h0-0"), "a kind",
        Instant.parse("2024-02-01T02:00:00Z")))).containsExactly("/kind core.code.syntax");
  }

  @Test
  void R_PTS_3_anEntryListsItsRecordsInTheOrderTheyHappenedThenById() {
    RedBlackList list = RedBlackList.compile(COUNTY, V0, Q1, List.of(
        record("r9", "h0-0", "VOLUNTEER_SERVICE", "2024-03-05T02:00:00Z"),
        record("r8", "h0-0", "GOOD_DEED", "2024-02-01T02:00:00Z"),
        record("r7", "h0-0", "GOOD_DEED", "2024-02-01T02:00:00Z")), RULES, StarGens.SHANGHAI);
    assertThat(list.red()).singleElement().satisfies(e -> {
      assertThat(e.records()).containsExactly("r7", "r8", "r9");
      assertThat(e.kinds()).containsExactly("GOOD_DEED", "VOLUNTEER_SERVICE");
    });
  }

  @Test
  void R_PTS_3_theBatchMarkSetsTheFirstHouseholdTooSkipsStrangersAndRefusesAnotherTable() {
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    HouseholdId first = COUNTY.households().get(0);
    assertThat(COUNTY.indexOf(first)).isZero();
    Restrictions restrictions = ImmutableRestrictions.builder().addRestrictions(
        Restriction.of(first, Q1, ImmutableSet.of(RestrictionKind.AWARDS),
            LocalDate.of(2024, 4, 1), LocalDate.of(2025, 4, 1)),
        Restriction.of(HouseholdId.of("elsewhere"), Q1, ImmutableSet.of(RestrictionKind.AWARDS),
            LocalDate.of(2024, 4, 1), LocalDate.of(2025, 4, 1))).build();
    EvidenceTable.Builder table = EvidenceTable.builder(CHANGZHI.scheme(),
        COUNTY.householdCount());
    // the first household (position 0) is marked, the one the hierarchy lacks is not
    assertThat(restrictions.mark(table, COUNTY, yearEnd, "BLACK_LIST")).isEqualTo(1);
    assertThatThrownBy(() -> restrictions.mark(EvidenceTable.builder(CHANGZHI.scheme(),
        COUNTY.householdCount() + 1), COUNTY, yearEnd, "BLACK_LIST"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the table has " + (COUNTY.householdCount() + 1) + " households");
  }
}
