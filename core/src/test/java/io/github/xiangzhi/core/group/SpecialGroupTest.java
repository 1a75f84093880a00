package io.github.xiangzhi.core.group;

import static io.github.xiangzhi.testkit.core.Problems.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.core.privacy.Disclosure;
import io.github.xiangzhi.core.privacy.Permission;
import io.github.xiangzhi.core.privacy.Sensitivity;
import io.github.xiangzhi.core.profile.CoreSections;
import io.github.xiangzhi.core.profile.ProfileLoader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpecialGroupTest {

  static SpecialGroupCatalog sources() {
    String yaml = "profile: {id: test, name: 测试}\nspecialGroups:\n"
        + new CoreSections.SpecialGroups().presets().get("SOURCES").indent(2);
    return ProfileLoader.standard().parse(yaml, "special-groups").specialGroups();
  }

  @Test
  void R_CORE_4_theSourcesGiveEightCategoriesWithSensitivity() {
    SpecialGroupCatalog catalog = sources();
    assertThat(catalog.categories()).hasSize(8);
    assertThat(catalog.categories()).extracting(SpecialGroupCategory::name).containsExactly(
        "留守老人", "留守儿童", "信访人员", "退役军人", "脱贫人口", "严重精神障碍患者", "社区矫正对象", "吸毒人员");
    // health, criminal-justice and minors' data are sensitive
    assertThat(catalog.categories()).filteredOn(c -> c.sensitivity() == Sensitivity.SENSITIVE)
        .extracting(SpecialGroupCategory::code).containsExactlyInAnyOrder(
            "LEFT_BEHIND_CHILDREN", "SEVERE_MENTAL_DISORDER", "COMMUNITY_CORRECTION", "DRUG_USER");
    SpecialGroupCategory veteran = catalog.category("VETERAN").orElseThrow();
    assertThat(veteran.displayName(Locale.CHINA)).isEqualTo("退役军人");
    assertThat(veteran.displayName(Locale.ENGLISH)).isEqualTo("veterans");
  }

  @Test
  void R_CORE_4_categoryCodesAreUniqueAndEveryDuplicateIsNamed() {
    SpecialGroupCategory a = category("VETERAN", Sensitivity.GENERAL);
    InvalidValueException e = thrown(InvalidValueException.class, 
        () -> SpecialGroupCatalog.of(List.of(a, a, category("X", Sensitivity.GENERAL), a)));
    assertThat(e.violations()).extracting(InvalidValueException.Violation::path)
        .containsExactly("/categories/1/code", "/categories/3/code");
    assertThat(e.getMessage()).isEqualTo("Duplicate code 'VETERAN': item 0 already has it");
    assertThatThrownBy(() -> category("veteran", Sensitivity.GENERAL))
        .hasMessageContaining("'veteran'");
  }

  @Test
  void R_CORE_4_membershipIsWithheldFromJsonAndToStringWithoutPermission() throws Exception {
    ObjectMapper mapper = XiangzhiJson.newMapper();
    SpecialGroupMembership drugUser = SpecialGroupMembership.builder()
        .person(PersonId.of("p-1")).household(HouseholdId.of("h-1")).category("DRUG_USER")
        .sensitivity(Sensitivity.SENSITIVE).build();
    SpecialGroupMembership veteran =
        SpecialGroupMembership.of(PersonId.of("p-2"), category("VETERAN", Sensitivity.GENERAL));
    SpecialGroupRoster roster = SpecialGroupRoster.of(List.of(drugUser, veteran));

    assertThat(drugUser.toString()).doesNotContain("DRUG_USER");
    assertThat(roster.toString()).doesNotContain("DRUG_USER").doesNotContain("VETERAN");
    assertThat(mapper.writeValueAsString(drugUser)).isEqualTo("{\"withheld\":true}");
    assertThat(mapper.writeValueAsString(roster))
        .isEqualTo("{\"memberships\":[],\"withheld\":2}");

    String general =
        Disclosure.of(Permission.SPECIAL_GROUPS).applyTo(mapper.writer()).writeValueAsString(roster);
    assertThat(general).contains("VETERAN").doesNotContain("DRUG_USER").contains("\"withheld\":1");
    assertThat(roster.visibleTo(Disclosure.of(Permission.SPECIAL_GROUPS)).memberships())
        .containsExactly(veteran);

    String all = Disclosure.of(Permission.SENSITIVE_SPECIAL_GROUPS).applyTo(mapper.writer())
        .writeValueAsString(roster);
    assertThat(all).contains("VETERAN").contains("DRUG_USER").doesNotContain("withheld");
    assertThat(mapper.readValue(all, SpecialGroupRoster.class)).isEqualTo(roster);
    assertThat(roster.visibleTo(Disclosure.none()).memberships()).isEmpty();
    assertThat(roster.members("DRUG_USER")).containsExactly(drugUser);
    assertThat(roster.of(PersonId.of("p-2"))).containsExactly(veteran);
  }

  private static SpecialGroupCategory category(String code, Sensitivity sensitivity) {
    return SpecialGroupCategory.builder().code(code).name("名称").sensitivity(sensitivity).build();
  }

}
