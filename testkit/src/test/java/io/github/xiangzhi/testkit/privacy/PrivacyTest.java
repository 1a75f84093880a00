package io.github.xiangzhi.testkit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.xiangzhi.core.code.ResidentId;
import io.github.xiangzhi.core.group.SpecialGroupMembership;
import io.github.xiangzhi.core.group.SpecialGroupRoster;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.core.privacy.Disclosure;
import io.github.xiangzhi.core.privacy.Permission;
import io.github.xiangzhi.core.privacy.Sensitivity;
import io.github.xiangzhi.examples.cli.XiangzhiCommand;
import io.github.xiangzhi.grid.hierarchy.HierarchyCsv;
import io.github.xiangzhi.grid.scope.ScopePolicy;
import io.github.xiangzhi.grid.scope.StaffScope;
import io.github.xiangzhi.patrol.schedule.PatrolPlanner;
import io.github.xiangzhi.patrol.schedule.PlanInput;
import io.github.xiangzhi.patrol.schedule.PlanResult;
import io.github.xiangzhi.testkit.core.CoreGens;
import io.github.xiangzhi.testkit.patrol.PatrolGens;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The privacy test (R-CORE-2, R-CORE-4): every value that carries personal data — resident ids,
 * special-group memberships and rosters, scopes over them, plan inputs and schedules built from a
 * roster — serialised every way the library can (toString, JSON, YAML, the hierarchy CSV, the
 * CLI's output) shows no unmasked resident id and no special-group membership unless the writer's
 * {@link Disclosure} allows it; with the permission, the same writers do show them (so the test
 * can fail).
 */
class PrivacyTest {
  private static final ObjectMapper JSON = XiangzhiJson.newMapper();
  private static final ObjectMapper YAML = XiangzhiJson.newYamlMapper();

  /** Every serialised form of {@code value} a caller without {@code disclosure} gets. */
  private static List<String> forms(Object value, Disclosure disclosure) throws Exception {
    List<String> out = new ArrayList<>();
    out.add(String.valueOf(value));
    for (ObjectMapper mapper : List.of(JSON, YAML)) {
      ObjectWriter writer = disclosure.applyTo(mapper.writer());
      out.add(writer.writeValueAsString(value));
    }
    return out;
  }

  private static SpecialGroupMembership member(String person, String household, String category,
      Sensitivity sensitivity) {
    return SpecialGroupMembership.builder().person(PersonId.of(person))
        .household(HouseholdId.of(household)).category(category).sensitivity(sensitivity)
        .build();
  }

  @Test
  void R_CORE_2_noUnmaskedResidentIdInAnyFormWithoutPermission() {
    qt().withExamples(200).forAll(CoreGens.residentIds()).checkAssert(id -> {
      String birth = id.reveal().substring(6, 14);
      Map<String, Object> holder = new LinkedHashMap<>();
      holder.put("id", id);
      holder.put("ids", List.of(id, id));
      try {
        for (String form : forms(holder, Disclosure.none())) {
          assertThat(form).doesNotContain(id.reveal()).doesNotContain(birth);
        }
        for (String form : forms(holder, Disclosure.of(Permission.SPECIAL_GROUPS))) {
          assertThat(form).doesNotContain(id.reveal());
        }
        assertThat(forms(holder, Disclosure.of(Permission.RESIDENT_ID)).subList(1, 3))
            .allSatisfy(form -> assertThat(form).contains(id.reveal()));
        assertThat(JSON.readValue(Disclosure.of(Permission.RESIDENT_ID).applyTo(JSON.writer())
            .writeValueAsString(id), ResidentId.class)).isEqualTo(id);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void R_CORE_4_noSpecialGroupMembershipWithoutPermissionAndNoSensitiveOneWithoutItsOwn()
      throws Exception {
    SpecialGroupMembership general = member("r-li", "h-7", "VETERAN", Sensitivity.GENERAL);
    SpecialGroupMembership sensitive = member("r-wang", "h-9", "SEVERE_MENTAL_DISORDER",
        Sensitivity.SENSITIVE);
    SpecialGroupRoster roster = SpecialGroupRoster.of(List.of(general, sensitive));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("general", general);
    values.put("sensitive", sensitive);
    values.put("roster", roster);
    for (String form : forms(values, Disclosure.none())) {
      assertThat(form).doesNotContain("VETERAN").doesNotContain("SEVERE_MENTAL_DISORDER");
    }
    for (String form : forms(values, Disclosure.of(Permission.SPECIAL_GROUPS))) {
      assertThat(form).doesNotContain("SEVERE_MENTAL_DISORDER");
    }
    for (String form : forms(values, Disclosure.of(Permission.SPECIAL_GROUPS)).subList(1, 3)) {
      assertThat(form).contains("VETERAN");
    }
    for (String form : forms(values, Disclosure.all()).subList(1, 3)) {
      assertThat(form).contains("VETERAN", "SEVERE_MENTAL_DISORDER", "r-wang");
    }
  }

  @Test
  void R_CORE_4_plansScopesAndSchedulesBuiltFromARosterWithholdItsMemberships()
      throws Exception {
    qt().withExamples(15).forAll(PatrolGens.towns()).checkAssert(town -> {
      List<SpecialGroupMembership> members = new ArrayList<>();
      for (HouseholdId h : town.hierarchy().households()) {
        members.add(member("r-" + h.value(), h.value(), "SEVERE_MENTAL_DISORDER",
            Sensitivity.SENSITIVE));
      }
      SpecialGroupRoster roster = SpecialGroupRoster.of(members);
      PlanInput input = PlanInput.builder().from(town.input()).roster(roster).build();
      PlanResult plan = PatrolPlanner.of(town.policy()).plan(input, 7L);
      List<Object> values = new ArrayList<>();
      values.add(input);
      values.add(plan);
      values.add(plan.schedule().patrols());
      town.staffing().members().stream().limit(3).forEach(m -> values.add(StaffScope.of(
          town.hierarchy(), town.staffing(), m.id(), ScopePolicy.strict(), Disclosure.none())
          .visible(roster)));
      try {
        for (Object value : values) {
          List<String> shown = new ArrayList<>();
          shown.add(String.valueOf(value));
          try {
            shown.add(JSON.writeValueAsString(value));
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // not every result has a JSON form; toString is checked either way
          }
          for (String form : shown) {
            assertThat(form).as(value.getClass().getSimpleName())
                .doesNotContain("SEVERE_MENTAL_DISORDER");
          }
        }
        for (HouseholdId h : town.hierarchy().households()) {
          assertThat(plan.schedule().specialGroupCategories(h, Disclosure.none())).isEmpty();
          assertThat(plan.schedule().specialGroupCategories(h,
              Disclosure.of(Permission.SPECIAL_GROUPS))).isEmpty();
        }
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void theHierarchyCsvCarriesNoPersonalData() throws Exception {
    PatrolGens.Town town = PatrolGens.town(5L);
    StringWriter units = new StringWriter();
    StringWriter households = new StringWriter();
    HierarchyCsv.writeUnits(town.hierarchy(), units);
    HierarchyCsv.writeHouseholds(town.hierarchy(), households);
    for (String csv : List.of(units.toString(), households.toString())) {
      assertThat(csv).isNotBlank().doesNotContainPattern(RESIDENT_ID)
          .doesNotContain("LEFT_BEHIND_ELDERLY", "PETITIONER", "VETERAN");
    }
  }

  /** Eighteen-character resident ids: 17 digits and a check digit or X. */
  private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");

  @Test
  void theCliDemoShowsNoResidentIdAndNoMemberOfASpecialGroup() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = XiangzhiCommand.run(new String[] {"demo", "--villages", "2"},
        new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    String shown = out + "\n" + err;
    assertThat(shown).isNotBlank().doesNotContainPattern(RESIDENT_ID)
        // the demo's members are persons member-1, member-2, …: none is ever named
        .doesNotContain("member-");
    for (String line : shown.split("\n")) {
      if (line.toLowerCase(Locale.ROOT).contains("mental") || line.contains("重精")) {
        assertThat(line).as("a line naming a sensitive group").doesNotContainPattern("h\\d");
      }
    }
  }
}
