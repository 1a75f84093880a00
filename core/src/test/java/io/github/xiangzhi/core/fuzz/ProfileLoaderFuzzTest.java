package io.github.xiangzhi.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.Problem;
import io.github.xiangzhi.core.profile.ProfileException;
import io.github.xiangzhi.core.profile.ProfileLoader;
import java.util.Locale;

/**
 * Jazzer fuzz test of the profile loader: any document loads, or fails with a {@link
 * ProfileException} holding at least one problem; a loaded profile writes YAML that loads back
 * equal. A plain build replays the committed corpus; fuzz for real with
 * {@code JAZZER_FUZZ=1 ./mvnw -pl core test -Dtest=ProfileLoaderFuzzTest}.
 */
class ProfileLoaderFuzzTest {
  private static final ProfileLoader LOADER = ProfileLoader.standard();

  @FuzzTest(maxDuration = "60s")
  void R_CORE_6_anyDocumentLoadsOrNamesItsProblems(@NotNull String document) {
    try {
      CountyProfile profile = LOADER.parse(document, "fuzz.yaml");
      assertThat(LOADER.parse(LOADER.toYaml(profile), "again.yaml")).isEqualTo(profile);
    } catch (ProfileException e) {
      assertThat(e.problems()).isNotEmpty();
      for (Problem p : e.problems()) {
        assertThat(p.message(Locale.CHINA)).isNotBlank();
        assertThat(p.line()).isNotNegative();
      }
    }
  }
}
