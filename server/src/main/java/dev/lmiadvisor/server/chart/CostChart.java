package dev.lmiadvisor.server.chart;

import dev.lmiadvisor.tools.cost.CostSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * The break-even chart of compare_costs: monthly cost of standard Lambda and of the LMI fleet
 * against monthly requests, drawn with JFreeChart from {@link CostSeries}, written as SVG by
 * JFreeSVG's {@code SVGGraphics2D} or as PNG through the JDK's ImageIO. The break-even and the
 * asked-for volume are vertical markers; in the SVG they are the groups {@code break-even} and
 * {@code asked-volume} (and {@code break-even-on-demand} beside a savings plan), so that a page or
 * a test can find them.
 *
 * <p>Colours are from the Okabe-Ito palette, which people with the common colour-vision
 * deficiencies tell apart; the savings-plan scenario differs from on demand by its dash as well.
 */
public final class CostChart {

  static {
    // A server has no display; without this, AWT may look for one (and macOS shows a dock icon).
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  public static final int WIDTH = 800;
  public static final int HEIGHT = 460;

  static final String BREAK_EVEN_ID = "break-even";
  static final String BREAK_EVEN_ON_DEMAND_ID = "break-even-on-demand";
  static final String ASKED_ID = "asked-volume";

  private static final Color STANDARD = new Color(0xD5, 0x5E, 0x00); // vermillion
  private static final Color LMI = new Color(0x00, 0x72, 0xB2); // blue
  private static final Color MARK = new Color(0x33, 0x33, 0x33);
  private static final Color ASKED = new Color(0x00, 0x9E, 0x73); // bluish green
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

  private CostChart() {}

  /** The chart as a standalone SVG document. */
  public static String svg(CostSeries series) {
    return draw(series).svg();
  }

  /** The chart as a PNG image of {@link #WIDTH} x {@link #HEIGHT} pixels. */
  public static byte[] png(CostSeries series) {
    JFreeChart chart = chart(series, new IdentityHashMap<>());
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    } finally {
      g2.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** What the chart shows, in one sentence, for people who cannot see it (alt text). */
  public static String description(CostSeries series) {
    StringBuilder text =
        new StringBuilder("Monthly cost of standard Lambda and LMI from 0 to ")
            .append(requests(series.toMonthlyRequests()))
            .append(" requests a month");
    series.breakEvens().stream()
        .filter(CostSeries.BreakEvenMark::asAsked)
        .findFirst()
        .ifPresent(
            mark ->
                text.append("; they cost the same, ")
                    .append(dollars(mark.monthlyUsd()))
                    .append(", at ")
                    .append(requests(mark.monthlyRequests()))
                    .append(" requests"));
    text.append("; asked: ").append(requests(series.askedMonthlyRequests())).append('.');
    return text.toString();
  }

  /** An SVG drawing and where its plot area lies, which maps volumes to x coordinates. */
  record Drawn(String svg, Rectangle2D dataArea, double lower, double upper) {
    double x(double monthlyRequests) {
      return dataArea.getMinX() + (monthlyRequests - lower) / (upper - lower) * dataArea.getWidth();
    }
  }

  static Drawn draw(CostSeries series) {
    Map<Marker, String> ids = new IdentityHashMap<>();
    JFreeChart chart = chart(series, ids);
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    // JFreeSVG's default prefix of clip and gradient ids is the clock: a fixed one draws the same
    // series as the same bytes.
    g2.setDefsKeyPrefix("cost-chart-");
    g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, description(series));
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), info);
    ValueAxis axis = chart.getXYPlot().getDomainAxis();
    // A standalone file without a DOCTYPE (nothing for a parser to fetch), with a viewBox so that
    // a page can scale it.
    String svg =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + g2.getSVGElement("cost-chart", true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null)
            + "\n";
    return new Drawn(
        svg, info.getPlotInfo().getDataArea(), axis.getLowerBound(), axis.getUpperBound());
  }

  private static JFreeChart chart(CostSeries series, Map<Marker, String> ids) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (CostSeries.Line line : series.lines()) {
      XYSeries xy = new XYSeries(line.label(), false, true);
      line.points().forEach(p -> xy.add(p.monthlyRequests(), p.monthlyUsd()));
      data.addSeries(xy);
    }

    NumberAxis x = new NumberAxis("Monthly requests");
    x.setRange(series.fromMonthlyRequests(), series.toMonthlyRequests());
    x.setNumberFormatOverride(compactRequests());
    NumberAxis y = new NumberAxis("Monthly cost (USD)");
    y.setNumberFormatOverride(
        new DecimalFormat("$#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    y.setAutoRangeIncludesZero(true);
    for (NumberAxis axis : new NumberAxis[] {x, y}) {
      axis.setLabelFont(FONT);
      axis.setTickLabelFont(FONT.deriveFont(12f));
      axis.setTickLabelPaint(MARK);
      axis.setLabelPaint(MARK);
    }

    XYLineAndShapeRenderer renderer = new MarkedRenderer(ids);
    // One path per line: smaller SVG, and a line is one element a page or a test can find.
    renderer.setDrawSeriesLineAsPath(true);
    for (int i = 0; i < series.lines().size(); i++) {
      CostSeries.Line line = series.lines().get(i);
      renderer.setSeriesPaint(i, "lmi".equals(line.option()) ? LMI : STANDARD);
      renderer.setSeriesStroke(
          i,
          line.asAsked()
              ? new BasicStroke(2.5f)
              : new BasicStroke(
                  1.8f,
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_MITER,
                  10f,
                  new float[] {7f, 5f},
                  0f));
    }

    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setOutlineVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

    for (CostSeries.BreakEvenMark mark : series.breakEvens()) {
      ValueMarker marker =
          marker(
              mark.monthlyRequests(),
              MARK,
              (mark.asAsked() ? "Break-even " : "Break-even on demand ")
                  + requests(mark.monthlyRequests()),
              mark.asAsked() ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_LEFT,
              mark.asAsked());
      ids.put(marker, mark.asAsked() ? BREAK_EVEN_ID : BREAK_EVEN_ON_DEMAND_ID);
      plot.addDomainMarker(marker, Layer.FOREGROUND);
    }
    ValueMarker asked =
        marker(
            series.askedMonthlyRequests(),
            ASKED,
            "Asked " + requests(series.askedMonthlyRequests()),
            RectangleAnchor.TOP_RIGHT,
            false);
    asked.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    ids.put(asked, ASKED_ID);
    plot.addDomainMarker(asked, Layer.FOREGROUND);

    JFreeChart chart = new JFreeChart(null, FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setTitle(
        new TextTitle("Monthly cost against monthly requests", FONT.deriveFont(Font.BOLD, 16f)));
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setItemFont(FONT.deriveFont(12f));
    legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    chart.setAntiAlias(true);
    // Room on the right for the last tick label, which is centred on the axis's end.
    chart.setPadding(new RectangleInsets(6, 6, 6, 24));
    return chart;
  }

  private static ValueMarker marker(
      double at, Color color, String label, RectangleAnchor anchor, boolean solid) {
    ValueMarker marker =
        new ValueMarker(
            at,
            color,
            solid
                ? new BasicStroke(1.5f)
                : new BasicStroke(
                    1.5f,
                    BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER,
                    10f,
                    new float[] {4f, 4f},
                    0f));
    marker.setLabel(label);
    marker.setLabelFont(FONT.deriveFont(12f));
    // Label text in dark grey on white whatever the line's colour: 4.5:1 contrast at 12 px.
    marker.setLabelPaint(MARK);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 230));
    marker.setLabelAnchor(anchor);
    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    marker.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
    return marker;
  }

  /** Draws the markers inside SVG groups with known ids; elsewhere exactly as JFreeChart does. */
  private static final class MarkedRenderer extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;
    private final transient Map<Marker, String> ids;

    MarkedRenderer(Map<Marker, String> ids) {
      super(true, false);
      this.ids = ids;
    }

    @Override
    public void drawDomainMarker(
        Graphics2D g2, XYPlot plot, ValueAxis axis, Marker marker, Rectangle2D area) {
      String id = ids.get(marker);
      boolean group = id != null && g2 instanceof SVGGraphics2D;
      if (group) {
        g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, id);
      }
      super.drawDomainMarker(g2, plot, axis, marker, area);
      if (group) {
        g2.setRenderingHint(SVGHints.KEY_END_GROUP, id);
      }
    }
  }

  private static NumberFormat compactRequests() {
    NumberFormat format =
        NumberFormat.getCompactNumberInstance(Locale.US, NumberFormat.Style.SHORT);
    format.setMaximumFractionDigits(2);
    return format;
  }

  static String requests(long monthlyRequests) {
    return compactRequests().format(monthlyRequests);
  }

  private static String dollars(double usd) {
    return new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(usd);
  }
}
