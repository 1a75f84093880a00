package io.github.xiangzhi.examples.sim;

import io.github.xiangzhi.core.text.Messages;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * 达标率图 — the chart of a simulation, drawn with XChart: the share of villages meeting all three
 * targets over the years (the mean over the runs, with the band from the 5th to the 95th
 * percentile), and the mean share meeting each target. SVG (through VectorGraphics2D) or PNG;
 * drawn headless, with texts in the reader's language.
 */
public final class AttainmentChart {
  private AttainmentChart() {}

  /** The formats the chart is written in. */
  public enum Format {
    /** Scalable vector graphics: {@code chart.svg}. */
    SVG,
    /** A 1000 × 600 bitmap: {@code chart.png}. */
    PNG;

    /** The file name: chart.svg or chart.png. */
    public String fileName() {
      return "chart." + name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Color[] TARGET_COLOURS = {
    new Color(0x1F77B4), new Color(0x2CA02C), new Color(0x9467BD)
  };
  private static final Color ALL_COLOUR = new Color(0xD62728);
  private static final Color BAND_COLOUR = new Color(0xD6, 0x27, 0x28, 0x40);

  /** The chart of {@code result} with texts in {@code locale}'s language. */
  public static XYChart chart(SimulationResult result, Locale locale) {
    int years = result.size().years();
    XYChart chart = new XYChartBuilder().width(1000).height(600)
        .title(Messages.format(locale, "cli.simulate.chart.title", result.schemeCode(),
            result.size().runs(), result.size().villages()))
        .xAxisTitle(Messages.format(locale, "cli.simulate.chart.year"))
        .yAxisTitle(Messages.format(locale, "cli.simulate.chart.share"))
        .build();
    chart.getStyler().setLocale(Locale.ROOT).setLegendPosition(Styler.LegendPosition.InsideSE)
        .setLegendLayout(Styler.LegendLayout.Vertical);
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setYAxisDecimalPattern("0%")
        .setXAxisDecimalPattern("0").setXAxisMin(1.0).setXAxisMax((double) Math.max(2, years));
    chart.getStyler().setXAxisMaxLabelCount(Math.min(years, 20));

    double[] x = new double[years];
    for (int y = 0; y < years; y++) {
      x[y] = y + 1;
    }
    int all = SimulationResult.TARGETS.indexOf("all");
    // the band: up along the 95th percentile, back along the 5th, as one polygon
    double[] bandX = new double[2 * years];
    double[] bandY = new double[2 * years];
    for (int y = 0; y < years; y++) {
      bandX[y] = x[y];
      bandY[y] = result.percentile(y, all, 95).doubleValue();
      bandX[2 * years - 1 - y] = x[y];
      bandY[2 * years - 1 - y] = result.percentile(y, all, 5).doubleValue();
    }
    XYSeries band = chart.addSeries(Messages.format(locale, "cli.simulate.chart.band"), bandX,
        bandY);
    band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    band.setFillColor(BAND_COLOUR);
    band.setLineColor(BAND_COLOUR);
    band.setMarker(SeriesMarkers.NONE);

    for (int target = 0; target < SimulationResult.TARGETS.size(); target++) {
      double[] mean = new double[years];
      for (int y = 0; y < years; y++) {
        mean[y] = result.mean(y, target).doubleValue();
      }
      String name = SimulationResult.TARGETS.get(target);
      XYSeries series = chart.addSeries(
          Messages.format(locale, "cli.simulate.chart.target." + name), x, mean);
      series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      series.setMarker(SeriesMarkers.NONE);
      if (target == all) {
        series.setLineColor(ALL_COLOUR);
        series.setLineWidth(3f);
      } else {
        series.setLineColor(TARGET_COLOURS[target]);
        series.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {6f, 4f}, 0f));
      }
    }
    return chart;
  }

  /**
   * The chart as a bitmap can draw it: a bitmap is drawn with the machine's fonts, so the texts
   * get an installed font that has their glyphs, or are English when none has.
   */
  static XYChart bitmapChart(SimulationResult result, Locale locale) {
    XYChart chart = chart(result, locale);
    return drawsItsTexts(chart) ? chart
        : withFontFor(chart).orElseGet(() -> chart(result, Locale.ENGLISH));
  }

  /** Whether the chart's fonts have a glyph for every character of its title and legend. */
  static boolean drawsItsTexts(XYChart chart) {
    return chart.getStyler().getChartTitleFont().canDisplayUpTo(textsOf(chart)) < 0
        && chart.getStyler().getLegendFont().canDisplayUpTo(textsOf(chart)) < 0;
  }

  private static String textsOf(XYChart chart) {
    StringBuilder texts = new StringBuilder(chart.getTitle()).append(chart.getXAxisTitle())
        .append(chart.getYAxisTitle());
    chart.getSeriesCollection().forEach(series -> texts.append(series.getName()));
    return texts.toString();
  }

  /** The chart drawn with an installed font that has all its glyphs, if there is one. */
  private static java.util.Optional<XYChart> withFontFor(XYChart chart) {
    String texts = textsOf(chart);
    for (String family : java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
        .getAvailableFontFamilyNames(Locale.ROOT)) {
      java.awt.Font font = new java.awt.Font(family, java.awt.Font.PLAIN, 12);
      if (font.canDisplayUpTo(texts) < 0) {
        org.knowm.xchart.style.XYStyler styler = chart.getStyler();
        styler.setChartTitleFont(font.deriveFont(java.awt.Font.BOLD,
            styler.getChartTitleFont().getSize2D()));
        styler.setLegendFont(font.deriveFont(styler.getLegendFont().getSize2D()));
        styler.setAxisTitleFont(font.deriveFont(styler.getAxisTitleFont().getSize2D()));
        styler.setAxisTickLabelsFont(font.deriveFont(styler.getAxisTickLabelsFont().getSize2D()));
        return java.util.Optional.of(chart);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Writes the chart of {@code result} as {@code directory/chart.svg} or {@code chart.png}; sets
   * {@code java.awt.headless} first, so no display is needed. A PNG is drawn with the machine's
   * fonts: when none has the glyphs of {@code locale}'s texts (Chinese on a machine without CJK
   * fonts), its texts are English; an SVG keeps its texts as text for the viewer's fonts.
   * Returns the file written.
   */
  public static Path write(SimulationResult result, Path directory, Format format, Locale locale)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYChart chart = format == Format.PNG ? bitmapChart(result, locale) : chart(result, locale);
    Path file = directory.resolve(format.fileName());
    try (OutputStream out = Files.newOutputStream(file)) {
      if (format == Format.SVG) {
        VectorGraphicsEncoder.saveVectorGraphic(chart, out,
            VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      } else {
        BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
      }
    }
    return file;
  }
}
