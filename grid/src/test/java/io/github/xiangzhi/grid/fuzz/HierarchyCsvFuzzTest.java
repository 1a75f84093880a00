package io.github.xiangzhi.grid.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.HierarchyCsv;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.level.LevelSchemes;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;

/**
 * Jazzer fuzz test of the hierarchy CSV reader: any pair of texts (units, then households after a
 * line {@code %%}) reads to a hierarchy that writes back to CSV reading to the same hierarchy, or
 * is refused with a typed {@link InvalidValueException} (a {@code HierarchyException} for
 * structural problems) whose every problem renders in both languages; never another exception. A
 * plain build replays the committed corpus; fuzz for real with {@code JAZZER_FUZZ=1 ./mvnw -pl
 * grid -am test -Dtest=HierarchyCsvFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class HierarchyCsvFuzzTest {
  private static final LevelScheme WEITUO = LevelSchemes.source("WEITUO").orElseThrow();

  @FuzzTest(maxDuration = "60s")
  void R_GRID_1_anyCsvReadsBackOrNamesItsProblems(@NotNull String text) throws IOException {
    int split = text.indexOf("\n%%\n");
    String units = split < 0 ? text : text.substring(0, split);
    String households = split < 0 ? "" : text.substring(split + 4);
    Hierarchy hierarchy;
    try {
      hierarchy = HierarchyCsv.read(WEITUO, new StringReader(units),
          new StringReader(households));
    } catch (InvalidValueException e) {
      assertThat(e.message(Locale.CHINA)).isNotBlank();
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    StringWriter unitsOut = new StringWriter();
    StringWriter householdsOut = new StringWriter();
    HierarchyCsv.writeUnits(hierarchy, unitsOut);
    HierarchyCsv.writeHouseholds(hierarchy, householdsOut);
    Hierarchy again = HierarchyCsv.read(WEITUO, new StringReader(unitsOut.toString()),
        new StringReader(householdsOut.toString()));
    assertThat(again.units()).isEqualTo(hierarchy.units());
    assertThat(again.households()).isEqualTo(hierarchy.households());
  }
}
