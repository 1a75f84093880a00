package io.github.xiangzhi.mediation.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.Severity;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The ladder, its tiers and entry rules as values (R-MED-1, R-MED-2), checked one by one. */
class LadderTest {

  static Tier.Builder tier(String code, String level, int limit) {
    Tier.Builder b = Tier.builder().code(code).name(code).limitDays(limit).addRoles("MEDIATOR");
    if (level != null) {
      b.level(level);
    }
    return b;
  }

  static List<String> paths(Supplier<?> build) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, build::get);
    assertThat(e).as("expected a refusal").isNotNull();
    return e.violations().stream().map(InvalidValueException.Violation::path).toList();
  }

  @Test
  void R_MED_1_theChainRunsFromTheBottomTierWhateverOrderTheTiersAreListedIn() {
    Ladder ladder = Ladder.builder().entryTier("GRID")
        .addTiers(tier("TOWN", "TOWN", 20).build(),
            tier("GRID", "GRID", 5).escalatesTo("VILLAGE").build(),
            tier("VILLAGE", "VILLAGE", 15).escalatesTo("TOWN").build())
        .build();
    assertThat(ladder.chain()).extracting(Tier::code).containsExactly("GRID", "VILLAGE", "TOWN");
    assertThat(ladder.rank("GRID")).isZero();
    assertThat(ladder.rank("VILLAGE")).isEqualTo(1);
    assertThat(ladder.rank("TOWN")).isEqualTo(2);
    assertThat(ladder.rank("COURT")).isEqualTo(-1);
    assertThat(ladder.above("GRID")).map(Tier::code).hasValue("VILLAGE");
    assertThat(ladder.above("TOWN")).isEmpty();
    assertThat(ladder.problemsWith(LevelSchemes.source("WEITUO").orElseThrow())).isEmpty();
  }

  @Test
  void R_MED_1_aTierMustSitAboveTheTierBelowItInTheScheme() {
    Ladder downwards = Ladder.builder().entryTier("A")
        .addTiers(tier("A", "TOWN", 5).escalatesTo("B").build(),
            tier("B", "VILLAGE", 5).build())
        .build();
    assertThat(downwards.problemsWith(LevelSchemes.source("WEITUO").orElseThrow()))
        .extracting(InvalidValueException.Violation::path).containsExactly("/tiers/1/level");
  }

  @Test
  void aLadderRefusesDuplicateCodesAnUnknownEntryAndTwoTops() {
    assertThat(paths(() -> Ladder.builder().entryTier("A")
        .addTiers(tier("A", "GRID", 5).build(), tier("A", "TOWN", 5).build()).build()))
        .contains("/tiers");
    assertThat(paths(() -> Ladder.builder().entryTier("NOPE")
        .addTiers(tier("A", "GRID", 5).build()).build())).containsExactly("/entryTier");
    assertThat(paths(() -> Ladder.builder().entryTier("A")
        .addTiers(tier("A", "GRID", 5).build(), tier("B", "TOWN", 5).build()).build()))
        .containsExactly("/tiers");
  }

  @Test
  void R_MED_4_aTiersReminderFallsADayBeforeItsLimitByDefaultAndNeverOnOrAfterIt() {
    assertThat(tier("A", "GRID", 5).build().remindDaysBefore()).isEqualTo(1);
    assertThat(tier("A", "GRID", 1).build().remindDaysBefore()).isZero();
    assertThat(tier("A", "GRID", 5).remindDaysBefore(4).build().remindDaysBefore()).isEqualTo(4);
    assertThat(paths(() -> tier("A", "GRID", 5).remindDaysBefore(5).build()))
        .containsExactly("/remindDaysBefore");
    assertThat(paths(() -> tier("A", "GRID", 5).remindDaysBefore(-1).build()))
        .containsExactly("/remindDaysBefore");
    assertThat(paths(() -> tier("A", "GRID", 0).build())).contains("/limitDays");
  }

  @Test
  void aTierChecksItsCodesAndWhereItSits() {
    assertThat(paths(() -> tier("A", "GRID", 5).body("two committees").build()))
        .containsExactly("/body");
    assertThat(paths(() -> tier("A", "grid", 5).build())).containsExactly("/level");
    assertThat(paths(() -> tier("A", "GRID", 5).escalatesTo("b").build()))
        .containsExactly("/escalatesTo");
    assertThat(paths(() -> tier("A", null, 5).build())).containsExactly("/level");
    assertThat(paths(() -> tier("A", "GRID", 5).unit(UnitId.of("court")).build()))
        .containsExactly("/unit");
    assertThat(paths(() -> tier("A", null, 5).external(true).build())).containsExactly("/unit");
    assertThat(paths(() -> tier("A", "GRID", 5).external(true).unit(UnitId.of("court"))
        .build())).containsExactly("/level");
    assertThat(tier("COURT", null, 30).external(true).unit(UnitId.of("court")).build()
        .external()).isTrue();
  }

  @Test
  void aTierAcceptsStaffHoldingAnyOfItsRoles() {
    Tier t = tier("A", "GRID", 5).addRoles("GRID_WORKER").build();
    assertThat(t.acceptsAnyOf(Set.of("GRID_WORKER", "POLICE"))).isTrue();
    assertThat(t.acceptsAnyOf(Set.of("MEDIATOR"))).isTrue();
    assertThat(t.acceptsAnyOf(Set.of("POLICE"))).isFalse();
    assertThat(t.acceptsAnyOf(Set.of())).isFalse();
  }

  @Test
  void R_MED_2_anEntryRuleMatchesItsSeveritiesAndKindsAndMustNameOne() {
    EntryRule major = EntryRule.builder().addSeverities(Severity.MAJOR).tier("TOWN").build();
    assertThat(major.matches(Severity.MAJOR, MatterKind.LAND)).isTrue();
    assertThat(major.matches(Severity.MINOR, MatterKind.LAND)).isFalse();
    EntryRule labour = EntryRule.builder().addKinds(MatterKind.LABOUR)
        .addSeverities(Severity.ORDINARY).tier("TOWN").build();
    assertThat(labour.matches(Severity.ORDINARY, MatterKind.LABOUR)).isTrue();
    assertThat(labour.matches(Severity.ORDINARY, MatterKind.LAND)).isFalse();
    assertThat(labour.matches(Severity.MAJOR, MatterKind.LABOUR)).isFalse();
    assertThat(paths(() -> EntryRule.builder().tier("TOWN").build())).containsExactly("");
    assertThat(paths(() -> EntryRule.builder().addKinds(MatterKind.LAND).tier("town").build()))
        .containsExactly("/tier");
    Ladder ladder = Ladder.builder().entryTier("GRID").addEntryRules(major)
        .addTiers(tier("GRID", "GRID", 5).escalatesTo("TOWN").build(),
            tier("TOWN", "TOWN", 20).build()).build();
    assertThat(ladder.entryFor(Severity.MAJOR, MatterKind.LAND).code()).isEqualTo("TOWN");
    assertThat(ladder.entryFor(Severity.MINOR, MatterKind.LAND).code()).isEqualTo("GRID");
  }
}
