package io.github.xiangzhi.grid.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xiangzhi.core.InvalidValueException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LevelSchemeTest {

  @Test
  void R_GRID_1_theFiveSourceSchemesAreConfigurationFromTheDocuments() {
    assertThat(LevelSchemes.sources().keySet())
        .containsExactly("ANLAN", "CHANGZHI", "SHANGBA", "GONGXIAN", "WEITUO");
    assertThat(names("ANLAN")).containsExactly("村党委(党总支部)", "党支部", "党小组(网格长)", "党员中心户(院落长)");
    assertThat(LevelSchemes.source("ANLAN").orElseThrow().householdLevel().orElseThrow().name())
        .isEqualTo("户长");
    assertThat(names("CHANGZHI")).containsExactly("市", "县(区)", "乡镇(街道)", "村(社区)", "网格");
    assertThat(names("SHANGBA")).containsExactly("镇", "村", "组");
    assertThat(names("GONGXIAN")).containsExactly("县中心", "乡(镇)分中心", "村(社区)服务站", "综合网格");
    assertThat(names("WEITUO")).containsExactly("镇", "村(社区)", "网格", "院落");
    LevelScheme changzhi = LevelSchemes.source("CHANGZHI").orElseThrow();
    assertThat(changzhi.level("GRID").orElseThrow().displayName(Locale.ENGLISH)).isEqualTo("grid");
    assertThat(changzhi.level("GRID").orElseThrow().displayName(Locale.CHINA)).isEqualTo("网格");
  }

  @Test
  void R_GRID_1_aLevelMayBeSkippedOnlyWhereTheSchemeSaysSo() {
    LevelScheme changzhi = LevelSchemes.source("CHANGZHI").orElseThrow();
    assertThat(changzhi.allowsParent("VILLAGE", "GRID")).isTrue();
    assertThat(changzhi.allowsParent("TOWNSHIP", "GRID")).isFalse(); // VILLAGE is not skippable
    assertThat(changzhi.allowsParent("GRID", "VILLAGE")).isFalse();
    assertThat(changzhi.allowsParent("GRID", "GRID")).isFalse();
    LevelScheme optionalCourtyard = LevelScheme.builder().code("X").name("某镇")
        .addLevels(Level.of("TOWN", "镇", "town"))
        .addLevels(Level.builder().code("VILLAGE").name("村").skippable(true).build())
        .addLevels(Level.of("GRID", "网格", "grid"))
        .build();
    assertThat(optionalCourtyard.allowsParent("TOWN", "GRID")).isTrue();
    assertThat(optionalCourtyard.allowsParent("TOWN", "VILLAGE")).isTrue();
  }

  @Test
  void R_GRID_1_levelCodesAreUnique() {
    assertThatThrownBy(() -> LevelScheme.builder().code("X").name("某镇")
        .addLevels(Level.of("TOWN", "镇", "town"), Level.of("TOWN", "乡", "township")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Duplicate code 'TOWN': item 0 already has it");
    assertThatThrownBy(() -> LevelScheme.builder().code("X").name("空").build())
        .hasMessage("Level scheme X has no levels");
  }

  private static java.util.List<String> names(String code) {
    return LevelSchemes.source(code).orElseThrow().levels().stream().map(Level::name).toList();
  }
}
