package io.github.xiangzhi.rating.star;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.testkit.rating.StarGens;
import org.junit.jupiter.api.Test;

/** The engine's compiled scheme, as others read it (the simulator scores with it). */
class SchemeLayoutTest {

  @Test
  void R_STAR_2_theLayoutNumbersTheChangzhiSchemeAsTheEngineScoresIt() {
    StarScheme scheme = StarGens.changzhi().scheme();
    SchemeLayout layout = SchemeLayout.of(scheme);
    assertThat(layout.categoryCount()).isEqualTo(10);
    assertThat(layout.maxStars()).isEqualTo(10);
    assertThat(layout.inputCodes()).containsExactlyElementsOf(scheme.inputs().keySet());
    int[] start = layout.categoryStart();
    assertThat(start).hasSize(11);
    int indicators = scheme.categories().stream().mapToInt(c -> c.indicators().size()).sum();
    assertThat(start[10]).isEqualTo(indicators);
    for (int c = 0; c < 10; c++) {
      assertThat(start[c + 1] - start[c]).isEqualTo(scheme.categories().get(c).indicators().size());
      assertThat(layout.passMarks()[c]).isEqualTo(scheme.categories().get(c).passMark());
    }
    // the criminal-conviction veto withholds every star, the black list two categories
    assertThat(layout.vetoMask()).containsExactly((1L << 10) - 1,
        (1L << scheme.categories().indexOf(scheme.categories().stream()
            .filter(c -> c.code().equals("CIVILIZED_CUSTOMS")).findFirst().orElseThrow()))
            | (1L << scheme.categories().indexOf(scheme.categories().stream()
            .filter(c -> c.code().equals("LAW_ABIDING")).findFirst().orElseThrow())));
    // arrays are copies: a caller's change does not reach the engine
    layout.passMarks()[0] = -1;
    assertThat(SchemeLayout.of(scheme).passMarks()[0]).isEqualTo(60);
  }
}
