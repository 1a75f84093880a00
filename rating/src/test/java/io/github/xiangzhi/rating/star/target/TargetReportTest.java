package io.github.xiangzhi.rating.star.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xiangzhi.testkit.core.Examples;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.rating.star.EvidenceTable;
import io.github.xiangzhi.rating.star.Indicator;
import io.github.xiangzhi.rating.star.StarCategory;
import io.github.xiangzhi.rating.star.StarEngine;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.StarTable;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetReportTest {
  static final TargetRules RULES = StarGens.changzhi().targets();

  /** One village's households: how many took part, hold a star, and hold six or more. */
  static final class Village {
    final int households;
    final int participants;
    final int starred;
    final int high;

    Village(int households, int participants, int starred, int high) {
      this.households = households;
      this.participants = participants;
      this.starred = starred;
      this.high = high;
    }

    @Override
    public String toString() {
      return "Village[" + households + " households, " + participants + " took part, " + starred
          + " starred, " + high + " high]";
    }
  }

  /**
   * The report for villages laid out over {@code townships} townships: the first households of
   * each village take part, the first hold stars, the first of those six or more.
   */
  static TargetReport report(int townships, List<Village> villages, TargetRules rules) {
    int perTownship = (villages.size() + townships - 1) / townships;
    int[] sizes = new int[townships * perTownship];
    for (int v = 0; v < villages.size(); v++) {
      sizes[v] = villages.get(v).households;
    }
    Hierarchy county = StarGens.county(townships, perTownship, sizes);
    Set<HouseholdId> participants = new HashSet<>();
    Map<HouseholdId, List<String>> stars = new HashMap<>();
    for (int v = 0; v < villages.size(); v++) {
      Village village = villages.get(v);
      for (int h = 0; h < village.households; h++) {
        HouseholdId id = HouseholdId.of("h" + v + "-" + h);
        if (h < village.participants) {
          participants.add(id);
        }
        int count = h < village.high ? 7 : h < village.starred ? 2 : 0;
        List<String> held = new ArrayList<>();
        for (int s = 0; s < count; s++) {
          held.add("S" + s);
        }
        stars.put(id, held);
      }
    }
    return TargetReport.compute(county, rules, participants, stars);
  }

  static UnitTargets village(TargetReport report, int v) {
    return report.unit(UnitId.of("v" + v)).orElseThrow();
  }

  @Test
  void R_STAR_5_aVillageAtExactlyItsTargetsPassesThem() {
    // 10 households: 9 take part (90%), 4 are starred (40%), 3 of those hold six stars (75%)
    UnitTargets v = village(report(1, List.of(new Village(10, 9, 4, 3)), RULES), 0);
    assertThat(v.checks()).extracting(TargetCheck::status).containsOnly(TargetStatus.MET);
    assertThat(v.meetsAll()).isTrue();
    assertThat(v.check(TargetKind.STARRED).orElseThrow().text(Locale.ENGLISH))
        .isEqualTo("starred households: 4 of 10 (40.00%), target 40%: met");
    // 60% of 4 starred is 2.4: two high-star households are not enough
    UnitTargets two = village(report(1, List.of(new Village(10, 9, 4, 2)), RULES), 0);
    TargetCheck high = two.check(TargetKind.HIGH_STARRED).orElseThrow();
    assertThat(high.status()).isEqualTo(TargetStatus.NOT_MET);
    assertThat(high.shortfall()).isEqualTo(1);
  }

  @Test
  void R_STAR_5_eightyNinePointSevenPercentIsNotNinety() {
    UnitTargets v = village(report(1, List.of(new Village(29, 26, 20, 20)), RULES), 0);
    TargetCheck participation = v.check(TargetKind.PARTICIPATION).orElseThrow();
    assertThat(participation.met()).isFalse();
    assertThat(participation.shortfall()).isEqualTo(1);
    assertThat(participation.text(Locale.ENGLISH)).isEqualTo(
        "participation: 26 of 29 (89.65%), target 90%: needs 1 more participating household(s)");
    assertThat(participation.text(Locale.CHINA))
        .isEqualTo("参评率:29 户中 26 户(89.65%),指标 90%:还需 1 户参评");
    // a share just below the target never reads as reaching it: 8999 of 10000 is 89.99%
    TargetCheck close = TargetCheck.of(TargetKind.PARTICIPATION, 89_999, 100_000,
        Share.ofPercent(90));
    assertThat(close.percent()).isEqualTo("89.99%");
    assertThat(close.met()).isFalse();
  }

  @Test
  void R_STAR_5_theShortfallIsCountedInHouseholds() {
    UnitTargets v = village(report(1, List.of(new Village(10, 10, 2, 2)), RULES), 0);
    TargetCheck starred = v.check(TargetKind.STARRED).orElseThrow();
    assertThat(starred.shortfall()).isEqualTo(2);
    assertThat(starred.text(Locale.ENGLISH))
        .isEqualTo("starred households: 2 of 10 (20.00%), target 40%: "
            + "needs 2 more starred household(s)");
    assertThat(starred.text(Locale.CHINA)).endsWith("还需 2 户评上星级");
  }

  @Test
  void R_STAR_5_aVillageWithNoStarredHouseholdsIsReportedNotDividedByZero() {
    UnitTargets v = village(report(1, List.of(new Village(12, 12, 0, 0)), RULES), 0);
    TargetCheck high = v.check(TargetKind.HIGH_STARRED).orElseThrow();
    assertThat(high.status()).isEqualTo(TargetStatus.NO_BASE);
    assertThat(high.base()).isZero();
    assertThat(high.percent()).isEqualTo("-");
    assertThat(high.text(Locale.ENGLISH)).isEqualTo("high-star households among the starred: "
        + "0 of 0 (-), target 60%: no starred households: the share is not computed");
    assertThat(v.meetsAll()).isFalse();
    // and a village without households at all
    UnitTargets empty = village(report(1, List.of(new Village(0, 0, 0, 0)), RULES), 0);
    assertThat(empty.checks()).extracting(TargetCheck::status)
        .containsOnly(TargetStatus.NO_BASE);
  }

  @Test
  void R_STAR_5_targetsRollUpToTownshipAndCounty() {
    TargetReport report = report(2, List.of(
        new Village(10, 9, 4, 3),     // meets all
        new Village(10, 10, 2, 2),    // starred short
        new Village(20, 19, 10, 6),   // meets all
        new Village(5, 3, 5, 5)), RULES);
    UnitTargets t0 = report.unit(UnitId.of("t0")).orElseThrow();
    assertThat(t0.households()).isEqualTo(20);
    assertThat(t0.participants()).isEqualTo(19);
    assertThat(t0.starred()).isEqualTo(6);
    assertThat(t0.highStarred()).isEqualTo(5);
    assertThat(t0.villages()).isEqualTo(2);
    assertThat(t0.villagesMeetingAll()).isEqualTo(1);
    UnitTargets county = report.unit(UnitId.of("county")).orElseThrow();
    assertThat(county.households()).isEqualTo(45);
    assertThat(county.starred()).isEqualTo(21);
    assertThat(county.villages()).isEqualTo(4);
    assertThat(county.villagesMeetingAll()).isEqualTo(2);
    assertThat(county.text(Locale.ENGLISH)).startsWith(
        "试点县 (county): 45 households; 2 of 4 villages meet every target\n  participation: ");
    assertThat(report.units()).extracting(u -> u.unit().value())
        .containsExactly("county", "t0", "v0", "v1", "t1", "v2", "v3");
    assertThat(report.failing()).extracting(u -> u.unit().value()).containsExactly("v1", "v3");
  }

  @Test
  void R_STAR_5_targetChecksAgreeWithAFractionReferenceOnRandomVillages() {
    qt().withExamples(Examples.of(300)).forAll(
        lists().of(integers().between(0, 60).flatMap(n -> integers().between(0, n)
            .flatMap(p -> integers().between(0, n).flatMap(s -> integers().between(0, s)
                .map(k -> new Village(n, p, s, k)))))).ofSizeBetween(1, 6),
        integers().between(1, 100), integers().between(0, 100), integers().between(1, 100))
        .checkAssert((villages, part, star, high) -> {
          TargetRules rules = TargetRules.builder().participation(Share.ofPercent(part))
              .starred(Share.ofPercent(star)).highStarred(Share.of(high, 100)).build();
          TargetReport report = report(2, villages, rules);
          long households = 0;
          long starred = 0;
          for (int v = 0; v < villages.size(); v++) {
            Village village = villages.get(v);
            UnitTargets u = village(report, v);
            expect(u.check(TargetKind.PARTICIPATION).orElseThrow(), village.participants,
                village.households, part, 100);
            expect(u.check(TargetKind.STARRED).orElseThrow(), village.starred,
                village.households, star, 100);
            expect(u.check(TargetKind.HIGH_STARRED).orElseThrow(), village.high, village.starred,
                high, 100);
            households += village.households;
            starred += village.starred;
          }
          UnitTargets county = report.unit(UnitId.of("county")).orElseThrow();
          assertThat(county.households()).isEqualTo(households);
          assertThat(county.starred()).isEqualTo(starred);
          // two townships of equal size: an odd count leaves one empty village
          assertThat(county.villages()).isEqualTo(2L * ((villages.size() + 1) / 2));
        });
  }

  /** The check against count/base ≥ num/den in BigInteger, and the least k that meets it. */
  static void expect(TargetCheck check, long count, long base, long num, long den) {
    assertThat(check.count()).isEqualTo(count);
    assertThat(check.base()).isEqualTo(base);
    if (base == 0) {
      assertThat(check.status()).isEqualTo(TargetStatus.NO_BASE);
      return;
    }
    BigInteger need = BigInteger.valueOf(num).multiply(BigInteger.valueOf(base));
    boolean met = BigInteger.valueOf(count).multiply(BigInteger.valueOf(den)).compareTo(need) >= 0;
    assertThat(check.met()).isEqualTo(met);
    long k = 0;
    while (BigInteger.valueOf(count + k).multiply(BigInteger.valueOf(den)).compareTo(need) < 0) {
      k++;
    }
    assertThat(check.shortfall()).isEqualTo(k);
  }

  @Test
  void R_STAR_5_theBatchPathGivesTheSameReportInOneRollup() {
    // ten yes-or-no categories: a household holds as many stars as flags it has
    StarScheme.Builder b = StarScheme.builder().code("FLAGS").name("标志");
    for (int c = 0; c < 10; c++) {
      b.addCategories(StarCategory.builder().code("C" + c).name("类" + c).passMark(1)
          .addIndicators(Indicator.flag("F" + c, "标" + c, 1)).build());
    }
    StarScheme scheme = b.build();
    int[] sizes = {7, 12, 0, 30};
    Hierarchy county = StarGens.county(2, 2, sizes);
    EvidenceTable.Builder table = EvidenceTable.builder(scheme, county.householdCount());
    BitSet participants = new BitSet();
    Set<HouseholdId> participantIds = new HashSet<>();
    Map<HouseholdId, List<String>> stars = new HashMap<>();
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int h = 0; h < county.householdCount(); h++) {
      int held = random.nextInt(0, 11);
      List<String> codes = new ArrayList<>();
      for (int c = 0; c < held; c++) {
        table.set(h, "F" + c, true);
        codes.add("C" + c);
      }
      stars.put(county.householdAt(h), codes);
      if (random.nextInt(10) > 0) {
        participants.set(h);
        participantIds.add(county.householdAt(h));
      }
    }
    StarTable evaluated = StarEngine.create().evaluateAll(scheme, table.build());
    assertThat(TargetReport.compute(county, RULES, evaluated, participants))
        .isEqualTo(TargetReport.compute(county, RULES, participantIds, stars));
  }

  @Test
  void anUnknownLevelOrHouseholdIsATypedError() {
    TargetRules parish = TargetRules.builder().level("PARISH").build();
    Hierarchy county = StarGens.county(1, 1, new int[] {2});
    assertThatThrownBy(() -> TargetReport.compute(county, parish, Set.of(), Map.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Level PARISH is not in level scheme CHANGZHI");
    assertThatThrownBy(() -> TargetReport.compute(county, RULES,
        Set.of(HouseholdId.of("ghost")), Map.of())).isInstanceOf(InvalidValueException.class)
        .hasMessage("Household 'ghost' is not in the hierarchy");
    assertThatThrownBy(() -> TargetRules.builder().highStars(0).build())
        .isInstanceOf(InvalidValueException.class);
  }
}
