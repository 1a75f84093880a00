package io.github.xiangzhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.xiangzhi.core.code.CreditCode;
import io.github.xiangzhi.core.code.DivisionCode;
import io.github.xiangzhi.core.code.ResidentId;
import io.github.xiangzhi.core.group.SpecialGroupCatalog;
import io.github.xiangzhi.core.group.SpecialGroupCategory;
import io.github.xiangzhi.core.group.SpecialGroupMembership;
import io.github.xiangzhi.core.group.SpecialGroupRoster;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.core.privacy.Disclosure;
import io.github.xiangzhi.core.privacy.Sensitivity;
import io.github.xiangzhi.core.profile.ProfileInfo;
import io.github.xiangzhi.testkit.core.CoreGens;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every value type of core reads back equal from JSON and from YAML. */
class JsonRoundTripTest {
  private static final ObjectMapper JSON = XiangzhiJson.newMapper();
  private static final ObjectMapper YAML = XiangzhiJson.newYamlMapper();

  @Test
  void R_CORE_1_divisionCodesRoundTrip() {
    roundTrips(CoreGens.divisionCodes(), DivisionCode.class);
  }

  @Test
  void R_CORE_2_residentIdsRoundTripWhenTheWriterMayRevealThem() {
    roundTrips(CoreGens.residentIds(), ResidentId.class, Disclosure.all());
  }

  @Test
  void R_CORE_3_creditCodesRoundTrip() {
    roundTrips(CoreGens.creditCodes(), CreditCode.class);
  }

  @Test
  void R_CORE_4_specialGroupValuesRoundTrip() {
    Gen<SpecialGroupCategory> categories = integers().between(0, 99)
        .zip(arbitrary().enumValues(Sensitivity.class), (i, s) -> SpecialGroupCategory.builder()
            .code("C" + i).name("类别" + i).nameEn("category " + i).sensitivity(s)
            .responsibleBody("JUDICIAL_OFFICE").addSources("003").build());
    roundTrips(categories, SpecialGroupCategory.class);
    roundTrips(lists().of(categories).ofSizeBetween(0, 6).map(JsonRoundTripTest::distinct),
        SpecialGroupCatalog.class);
    Gen<SpecialGroupMembership> memberships = integers().between(0, 999).zip(categories,
        (i, c) -> SpecialGroupMembership.builder().person(PersonId.of("p" + i))
            .household(HouseholdId.of("h" + i / 3)).category(c.code())
            .sensitivity(c.sensitivity()).since(java.time.LocalDate.of(2020, 1, 1).plusDays(i))
            .build());
    roundTrips(memberships, SpecialGroupMembership.class, Disclosure.all());
    roundTrips(lists().of(memberships).ofSizeBetween(0, 5).map(ms -> SpecialGroupRoster.of(ms)),
        SpecialGroupRoster.class, Disclosure.all());
  }

  @Test
  void R_CORE_5_periodsAndCalendarsRoundTrip() {
    roundTrips(CoreGens.periods(), GovernancePeriod.class);
    roundTrips(CoreGens.calendars(), GovernanceCalendar.class);
  }

  @Test
  void R_CORE_6_identifiersSharesAndProfileInfoRoundTrip() {
    Gen<String> ids = integers().between(0, 1_000_000).map(i -> "v-" + i);
    roundTrips(ids.map(UnitId::of), UnitId.class);
    roundTrips(ids.map(HouseholdId::of), HouseholdId.class);
    roundTrips(ids.map(PersonId::of), PersonId.class);
    roundTrips(CoreGens.shares(), Share.class);
    roundTrips(CoreGens.divisionCodes().map(d -> ProfileInfo.builder().id("p-" + d).name("某地")
        .division(d).model("三治融合").addSources("001").build()), ProfileInfo.class);
  }

  private static SpecialGroupCatalog distinct(List<SpecialGroupCategory> categories) {
    java.util.Map<String, SpecialGroupCategory> byCode = new java.util.LinkedHashMap<>();
    categories.forEach(c -> byCode.putIfAbsent(c.code(), c));
    return SpecialGroupCatalog.of(byCode.values());
  }

  private static <T> void roundTrips(Gen<T> values, Class<T> type) {
    roundTrips(values, type, Disclosure.none());
  }

  private static <T> void roundTrips(Gen<T> values, Class<T> type, Disclosure disclosure) {
    ObjectWriter json = disclosure.applyTo(JSON.writer());
    ObjectWriter yaml = disclosure.applyTo(YAML.writer());
    qt().withExamples(100).forAll(values).checkAssert(value -> {
      try {
        assertThat(JSON.readValue(json.writeValueAsString(value), type)).isEqualTo(value);
        assertThat(YAML.readValue(yaml.writeValueAsString(value), type)).isEqualTo(value);
      } catch (java.io.IOException e) {
        throw new AssertionError(value + " did not round-trip", e);
      }
    });
  }
}
