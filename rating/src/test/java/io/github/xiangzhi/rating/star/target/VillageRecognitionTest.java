package io.github.xiangzhi.rating.star.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.UnknownUnitException;
import io.github.xiangzhi.rating.star.StarRegister;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VillageRecognitionTest {
  static final Hierarchy COUNTY = StarGens.county(1, 2, new int[] {4, 1});
  static final GovernancePeriod Y2023 = GovernancePeriod.ofYear(2023);
  static final GovernancePeriod Y2024 = GovernancePeriod.ofYear(2024);
  static final Set<String> SIX = Set.of("A", "B", "C", "D", "E", "F");
  static final Set<String> SEVEN = Set.of("A", "B", "C", "D", "E", "F", "G");

  static HouseholdId h(String id) {
    return HouseholdId.of(id);
  }

  @Test
  void R_STAR_6_sixStarsAndAboveGoOnTheHonourBoardWithAPlaqueAndChangesArePosted() {
    StarRegister register = StarRegister.empty()
        .record(Y2023, Map.of(h("h0-0"), SIX, h("h0-1"), Set.of("A"), h("h0-2"), SEVEN))
        .record(Y2024, Map.of(h("h0-0"), SIX, h("h0-1"), SEVEN, h("h0-2"), Set.of("A", "B"),
            h("h1-0"), SEVEN));
    VillageRecognition recognition = VillageRecognition.compile(COUNTY, UnitId.of("v0"), Y2024,
        register, TargetRules.standard());
    // most stars first; h1-0 is in another village
    assertThat(recognition.honourBoard()).extracting(e -> e.household().value(), e -> e.total())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("h0-1", 7),
            org.assertj.core.groups.Tuple.tuple("h0-0", 6));
    assertThat(recognition.plaques()).containsExactly(h("h0-1"), h("h0-0"));
    // 增星减星: h0-1 gained six stars, h0-2 lost five; h0-0 is unchanged; h0-3 has no record
    assertThat(recognition.changes()).extracting(c -> c.household().value())
        .containsExactly("h0-1", "h0-2");
    PostedChange up = recognition.changes().get(0);
    assertThat(up.added()).containsExactlyInAnyOrder("B", "C", "D", "E", "F", "G");
    assertThat(up.removed()).isEmpty();
    PostedChange down = recognition.changes().get(1);
    assertThat(down.removed()).containsExactlyInAnyOrder("C", "D", "E", "F", "G");
    assertThat(down.before()).isEqualTo(7);
    assertThat(down.after()).isEqualTo(2);
    List<String> english = recognition.lines(Locale.ENGLISH);
    assertThat(english.get(0))
        .isEqualTo("Honour board of v0, 2024: 2 household(s), each with a door plaque");
    assertThat(english).contains("  h0-1: 7 stars");
    assertThat(recognition.lines(Locale.CHINA).get(0))
        .isEqualTo("v0 2024 年星级光荣榜:2 户,均悬挂星级文明户牌");
  }

  @Test
  void R_STAR_6_theHighNumberOfStarsIsProfileData() {
    StarRegister register = StarRegister.empty().record(Y2024,
        Map.of(h("h0-0"), Set.of("A", "B", "C")));
    TargetRules three = TargetRules.builder().highStars(3).build();
    assertThat(VillageRecognition.compile(COUNTY, UnitId.of("v0"), Y2024, register, three)
        .plaques()).containsExactly(h("h0-0"));
    assertThat(VillageRecognition.compile(COUNTY, UnitId.of("v0"), Y2024, register,
        TargetRules.standard()).plaques()).isEmpty();
  }

  @Test
  void recognitionIsForKnownVillagesAndYears() {
    assertThatThrownBy(() -> VillageRecognition.compile(COUNTY, UnitId.of("nowhere"), Y2024,
        StarRegister.empty(), TargetRules.standard())).isInstanceOf(UnknownUnitException.class);
    assertThatThrownBy(() -> VillageRecognition.compile(COUNTY, UnitId.of("t0"), Y2024,
        StarRegister.empty(), TargetRules.standard())).isInstanceOf(InvalidValueException.class)
        .hasMessage("Unit 't0' is at level TOWNSHIP, not VILLAGE");
    assertThatThrownBy(() -> VillageRecognition.compile(COUNTY, UnitId.of("v0"),
        GovernancePeriod.ofQuarter(2024, 1), StarRegister.empty(), TargetRules.standard()))
        .isInstanceOf(InvalidValueException.class);
  }
}
