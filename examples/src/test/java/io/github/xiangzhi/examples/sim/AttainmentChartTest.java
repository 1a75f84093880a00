package io.github.xiangzhi.examples.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.testkit.rating.StarGens;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** The attainment chart draws its texts, whatever fonts the machine has. */
class AttainmentChartTest {

  @Test
  void aBitmapChartDrawsEveryCharacterOfItsTextsInEitherLanguage() {
    System.setProperty("java.awt.headless", "true");
    SimulationResult result = Simulation.of(StarGens.changzhi(), SimulationSettings.defaults(),
        SimulationSize.of(60, 2, 2, 1, 3L)).run(n -> { });
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
      XYChart chart = AttainmentChart.bitmapChart(result, locale);
      // a CJK font where the machine has one; English texts where it has none
      assertThat(AttainmentChart.drawsItsTexts(chart)).as(locale.toString()).isTrue();
    }
    assertThat(AttainmentChart.bitmapChart(result, Locale.ENGLISH).getTitle())
        .isEqualTo(AttainmentChart.chart(result, Locale.ENGLISH).getTitle());
    // the vector chart keeps the caller's language: its text is drawn by the viewer's fonts
    assertThat(AttainmentChart.chart(result, Locale.SIMPLIFIED_CHINESE).getTitle())
        .containsPattern("\\p{IsHan}");
  }
}
