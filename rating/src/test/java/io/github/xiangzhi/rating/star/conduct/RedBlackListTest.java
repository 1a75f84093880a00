package io.github.xiangzhi.rating.star.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.rating.star.Evidence;
import io.github.xiangzhi.rating.star.EvidenceException;
import io.github.xiangzhi.rating.star.EvidenceTable;
import io.github.xiangzhi.rating.star.StarEngine;
import io.github.xiangzhi.rating.star.StarResult;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.StarTable;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RedBlackListTest {
  static final RatingPolicy CHANGZHI = StarGens.changzhi();
  static final ConductRules RULES = CHANGZHI.conduct();
  static final Hierarchy COUNTY = StarGens.county(1, 2, new int[] {4, 2});
  static final UnitId V0 = UnitId.of("v0");
  static final GovernancePeriod Q1 = GovernancePeriod.ofQuarter(2024, 1);

  static ConductRecord record(String id, String household, String kind, String at) {
    return ConductRecord.of(id, HouseholdId.of(household), kind, Instant.parse(at));
  }

  static final List<ConductRecord> RECORDS = List.of(
      record("r1", "h0-0", "GOOD_DEED", "2024-02-01T02:00:00Z"),
      record("r2", "h0-0", "VOLUNTEER_SERVICE", "2024-03-05T02:00:00Z"),
      record("r3", "h0-1", "VIOLATION", "2024-01-10T02:00:00Z"),
      record("r4", "h0-1", "GOOD_DEED", "2024-01-11T02:00:00Z"),      // black wins
      record("r5", "h0-2", "GOOD_DEED", "2024-04-01T02:00:00Z"),      // Q2 in Shanghai
      record("r6", "h0-3", "LITTERING", "2023-12-31T16:30:00Z"),      // 00:30 on 1 Jan there
      record("r7", "h1-0", "VIOLATION", "2024-02-01T02:00:00Z"),      // another village
      record("r8", "h0-2", "PATROL_SHIFT", "2024-02-01T02:00:00Z"),   // neither list
      record("r1", "h0-0", "GOOD_DEED", "2024-02-01T02:00:00Z"));     // the same record again

  @Test
  void R_PTS_3_theQuarterlyListsComeFromTheConductRecordedInTheVillage() {
    RedBlackList lists = RedBlackList.compile(COUNTY, V0, Q1, RECORDS, RULES,
        StarGens.SHANGHAI);
    assertThat(lists.red()).extracting(e -> e.household().value()).containsExactly("h0-0");
    assertThat(lists.red().get(0).kinds()).containsExactly("GOOD_DEED", "VOLUNTEER_SERVICE");
    assertThat(lists.red().get(0).records()).containsExactly("r1", "r2");
    assertThat(lists.black()).extracting(e -> e.household().value())
        .containsExactly("h0-1", "h0-3");
    assertThat(lists.black().get(0).kinds()).containsExactly("VIOLATION");
    assertThat(lists.lines(Locale.ENGLISH)).containsExactly(
        "Red list of v0, 2024-Q1: 1 household(s)", "  h0-0: GOOD_DEED, VOLUNTEER_SERVICE",
        "Black list (exposed) of v0, 2024-Q1: 2 household(s)", "  h0-1: VIOLATION",
        "  h0-3: LITTERING");
    assertThat(lists.lines(Locale.CHINA).get(2)).isEqualTo("v0 2024-Q1 道德黑榜(曝光栏):2 户");
  }

  @Test
  void R_PTS_3_aBlackListEntryRestrictsDividendsAndAwardsForTheConfiguredQuarters() {
    RedBlackList lists = RedBlackList.compile(COUNTY, V0, Q1, RECORDS, RULES,
        StarGens.SHANGHAI);
    Restrictions restrictions = Restrictions.of(List.of(lists));
    HouseholdId listed = HouseholdId.of("h0-1");
    // restricted from the quarter after the list, for four quarters: 2024-04-01 to 2025-03-31
    assertThat(restrictions.restricted(listed, LocalDate.of(2024, 3, 31),
        RestrictionKind.DIVIDENDS)).isFalse();
    assertThat(restrictions.restricted(listed, LocalDate.of(2024, 4, 1),
        RestrictionKind.DIVIDENDS)).isTrue();
    assertThat(restrictions.restricted(listed, LocalDate.of(2025, 3, 31),
        RestrictionKind.AWARDS)).isTrue();
    assertThat(restrictions.restricted(listed, LocalDate.of(2025, 4, 1),
        RestrictionKind.AWARDS)).isFalse();
    assertThat(restrictions.restricted(HouseholdId.of("h0-0"), LocalDate.of(2024, 6, 1),
        RestrictionKind.AWARDS)).isFalse();
    assertThat(restrictions.restricted(LocalDate.of(2024, 12, 31), RestrictionKind.AWARDS))
        .containsExactly(HouseholdId.of("h0-1"), HouseholdId.of("h0-3"));
    // dividends only: awards stay open
    ConductRules dividendsOnly = ConductRules.builder().from(RULES)
        .restricts(List.of(RestrictionKind.DIVIDENDS)).restrictionQuarters(1).build();
    Restrictions light = Restrictions.of(List.of(RedBlackList.compile(COUNTY, V0, Q1, RECORDS,
        dividendsOnly, StarGens.SHANGHAI)));
    assertThat(light.restricted(listed, LocalDate.of(2024, 5, 1), RestrictionKind.AWARDS))
        .isFalse();
    assertThat(light.restricted(listed, LocalDate.of(2024, 7, 1), RestrictionKind.DIVIDENDS))
        .isFalse();
  }

  @Test
  void R_PTS_3_theStarEngineVetoesOnTheBlackList() {
    StarScheme scheme = CHANGZHI.scheme();
    Restrictions restrictions = Restrictions.of(List.of(RedBlackList.compile(COUNTY, V0, Q1,
        RECORDS, RULES, StarGens.SHANGHAI)));
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    HouseholdId listed = HouseholdId.of("h0-1");
    Evidence lawAbiding = Evidence.builder().set("VIOLATIONS", 0).flag("LEGAL_EDUCATION")
        .flag("NO_DRUGS_GAMBLING").flag("WASTE_SORTING").flag("NO_STRAW_BURNING").build();
    Evidence marked = restrictions.mark(lawAbiding, listed, yearEnd,
        RULES.blackListFact().orElseThrow());
    assertThat(marked.flags()).contains("BLACK_LIST");
    StarResult result = StarEngine.create().evaluate(scheme, listed, marked);
    assertThat(result.stars()).containsExactly("GREEN_ENVIRONMENT");
    assertThat(restrictions.mark(lawAbiding, HouseholdId.of("h0-0"), yearEnd, "BLACK_LIST"))
        .isSameAs(lawAbiding);

    // the batch path: the fact is set in the table's column
    EvidenceTable.Builder table = EvidenceTable.builder(scheme, COUNTY.householdCount());
    for (int h = 0; h < COUNTY.householdCount(); h++) {
      table.put(h, lawAbiding);
    }
    assertThat(restrictions.mark(table, COUNTY, yearEnd, "BLACK_LIST")).isEqualTo(2);
    StarTable stars = StarEngine.create().evaluateAll(scheme, table.build());
    assertThat(stars.total(COUNTY.indexOf(listed))).isEqualTo(1);
    assertThat(stars.total(COUNTY.indexOf(HouseholdId.of("h0-0")))).isEqualTo(2);
    assertThatThrownBy(() -> restrictions.mark(table, COUNTY, yearEnd, "NO_SUCH_FACT"))
        .isInstanceOf(EvidenceException.class);
  }

  @Test
  void R_PTS_3_badRecordsAndPeriodsAreTypedErrors() {
    assertThatThrownBy(() -> RedBlackList.compile(COUNTY, V0, GovernancePeriod.ofYear(2024),
        RECORDS, RULES, StarGens.SHANGHAI)).isInstanceOf(InvalidValueException.class)
        .hasMessage("Red and black lists are quarterly: 2024 is not a quarter");
    assertThatThrownBy(() -> RedBlackList.compile(COUNTY, V0, Q1,
        List.of(record("x", "stranger", "VIOLATION", "2024-02-01T00:00:00Z")), RULES,
        StarGens.SHANGHAI)).isInstanceOf(InvalidValueException.class)
        .hasMessage("Conduct record x names household 'stranger', which the hierarchy does not "
            + "hold");
    assertThatThrownBy(() -> RedBlackList.compile(COUNTY, V0, Q1, List.of(
        record("x", "h0-0", "VIOLATION", "2024-02-01T00:00:00Z"),
        record("x", "h0-0", "GOOD_DEED", "2024-02-01T00:00:00Z")), RULES, StarGens.SHANGHAI))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Two different conduct records share the id 'x'");
    assertThatThrownBy(() -> ConductRules.builder().addRedKinds("FIGHT").addBlackKinds("FIGHT")
        .build()).hasMessage("Conduct kind FIGHT is on both the red and the black list");
  }
}
