package dev.lmiadvisor.server.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.mcp.ToolCalls;
import dev.lmiadvisor.server.output.ToolJson;
import dev.lmiadvisor.server.tools.Toolsets;
import dev.lmiadvisor.tools.cost.CostRequest;
import dev.lmiadvisor.tools.cost.CostSeries;
import dev.lmiadvisor.tools.cost.SavingsPlan;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import io.modelcontextprotocol.spec.McpSchema;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * compare_costs' chart through the server's own call path: the series is the cost model's value at
 * every point, the break-even mark is drawn at compare_costs' break-even, the SVG is XML with the
 * expected parts, the PNG decodes.
 */
class CostChartTest {

  static final Services SERVICES = new Services();
  static final Inventory INVENTORY = Toolsets.inventory(SERVICES);

  /** monthly_requests, avg_duration_ms, memory_mb, architecture, savings_plan, free tier. */
  @ParameterizedTest(name = "{0} requests, {1} ms, {2} MB, {3}, {4}, free tier {5}")
  @CsvSource(
      textBlock =
          """
          259200000, 200,  512, x86_64, none,        false
          259200000, 200,  512, arm64,  compute_3yr, false
          1000000,    50, 1024, arm64,  none,        true
          40000000000, 120, 2048, x86_64, compute_1yr, true
          """)
  void everyPointOfTheSeriesIsWhatCompareCostsChargesAtThatVolume(
      long requests, int duration, int memory, String arch, String plan, boolean freeTier) {
    Map<String, Object> arguments = arguments(requests, duration, memory, arch, plan, freeTier);
    Map<String, Object> answer = structured(call(arguments));
    Map<String, Object> lmi = map(answer.get("lmi"));
    Map<String, Object> series = map(answer.get("series"));
    List<Map<String, Object>> lines = maps(series.get("lines"));
    assertEquals(plan.equals("none") ? 2 : 4, lines.size(), "lines: " + lines);
    long to = ((Number) series.get("to_monthly_requests")).longValue();
    assertTrue(to >= requests * 1.5, "the axis runs past the asked volume: " + to);

    // The fleet compare_costs priced, held fixed, as the break-even holds it.
    Map<String, Object> fixed = new HashMap<>(arguments);
    fixed.put("instance_type", lmi.get("instance_type"));
    fixed.put("instance_count", lmi.get("instance_count"));
    fixed.put("chart_format", "none");
    int checked = 0;
    for (Map<String, Object> line : lines) {
      String option = (String) line.get("option");
      List<Map<String, Object>> points = maps(line.get("points"));
      assertTrue(points.size() > 40, "points: " + points.size());
      for (int i = 0; i < points.size(); i += 3) {
        Map<String, Object> point = points.get(i);
        long n = ((Number) point.get("monthly_requests")).longValue();
        if (n < 1) {
          continue;
        }
        Map<String, Object> at = new HashMap<>(fixed);
        at.put("monthly_requests", n);
        at.put("savings_plan", line.get("savings_plan"));
        Map<String, Object> priced = structured(call(at));
        assertEquals(
            ((Number) map(priced.get(option)).get("monthly_usd")).doubleValue(),
            ((Number) point.get("monthly_usd")).doubleValue(),
            0.005,
            option + " at " + n);
        checked++;
      }
    }
    assertTrue(checked > 20, "checked " + checked);

    // Both bills meet at the break-even compare_costs reports.
    Map<String, Object> mark = maps(series.get("break_evens")).getFirst();
    assertEquals(true, mark.get("as_asked"));
    assertEquals(
        ((Number) answer.get("break_even_monthly_requests")).longValue(),
        ((Number) mark.get("monthly_requests")).longValue());
    double standardThere =
        valueAt(lines.get(0), ((Number) mark.get("monthly_requests")).longValue());
    double lmiThere = valueAt(lines.get(1), ((Number) mark.get("monthly_requests")).longValue());
    assertEquals(standardThere, lmiThere, 0.02, "both bills at the break-even");
  }

  @ParameterizedTest(name = "{0} requests, {4}")
  @CsvSource(
      textBlock =
          """
          259200000, 200,  512, x86_64, none,        false
          259200000, 200,  512, arm64,  compute_3yr, false
          1000000,    50, 1024, arm64,  none,        true
          """)
  void theSvgIsXmlWithTheBreakEvenAndTheAskedVolumeMarkedWhereTheyAre(
      long requests, int duration, int memory, String arch, String plan, boolean freeTier)
      throws Exception {
    Map<String, Object> arguments = arguments(requests, duration, memory, arch, plan, freeTier);
    McpSchema.CallToolResult result = call(arguments);
    McpSchema.ImageContent image = images(result).getFirst();
    assertEquals("image/svg+xml", image.mimeType());
    String svg = new String(Base64.getDecoder().decode(image.data()), StandardCharsets.UTF_8);
    Document document = parse(svg);
    Element root = document.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());

    // The drawing the tool sent is the one drawn from the domain's series for the same request.
    CostRequest request =
        CostRequest.builder(requests, duration, memory)
            .architecture(Architecture.parse(arch))
            .savingsPlan(SavingsPlan.parse(plan))
            .includeFreeTier(freeTier)
            .build();
    CostSeries series = SERVICES.costs().analyse(request).series();
    CostChart.Drawn drawn = CostChart.draw(series);
    assertEquals(drawn.svg(), svg);

    Map<String, Object> answer = structured(result);
    long breakEven = ((Number) answer.get("break_even_monthly_requests")).longValue();
    assertEquals(drawn.x(breakEven), markerX(document, CostChart.BREAK_EVEN_ID), 1.0);
    assertEquals(drawn.x(requests), markerX(document, CostChart.ASKED_ID), 1.0);
    assertTrue(
        markerX(document, CostChart.BREAK_EVEN_ID) > drawn.dataArea().getMinX()
            && markerX(document, CostChart.BREAK_EVEN_ID) < drawn.dataArea().getMaxX(),
        "the break-even lies inside the plot");
    assertEquals(plan.equals("none"), group(document, CostChart.BREAK_EVEN_ON_DEMAND_ID) == null);

    String texts = texts(document);
    assertTrue(texts.contains("Monthly requests"), texts);
    // The y axis's label is drawn rotated, as outlines; the title says what the chart shows.
    assertTrue(
        document
            .getElementsByTagNameNS("*", "title")
            .item(0)
            .getTextContent()
            .contains(CostChart.requests(breakEven)),
        "the title names the break-even");
    assertTrue(texts.contains("Break-even " + CostChart.requests(breakEven)), texts);
    assertTrue(texts.contains("Asked " + CostChart.requests(requests)), texts);
    for (Map<String, Object> line : maps(map(answer.get("series")).get("lines"))) {
      assertTrue(texts.contains((String) line.get("label")), "legend has " + line.get("label"));
    }
  }

  @ParameterizedTest(name = "chart_format {0}")
  @CsvSource({"svg, image/svg+xml", "png, image/png", "both, image/svg+xml image/png", "none, ''"})
  void chartFormatChoosesTheImageBlocks(String format, String types) throws IOException {
    Map<String, Object> arguments = arguments(259_200_000L, 200, 512, "arm64", "none", false);
    arguments.put("chart_format", format);
    McpSchema.CallToolResult result = call(arguments);
    List<McpSchema.ImageContent> images = images(result);
    assertEquals(
        types.isBlank() ? List.of() : List.of(types.split(" ")),
        images.stream().map(McpSchema.ImageContent::mimeType).toList());
    assertTrue(result.content().getFirst() instanceof McpSchema.TextContent, "text comes first");
    assertNotNull(structured(result).get("series"), "the data is there whatever the format");
    for (McpSchema.ImageContent image : images) {
      if (image.mimeType().equals("image/png")) {
        BufferedImage png =
            ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image.data())));
        assertNotNull(png, "the PNG decodes");
        assertEquals(CostChart.WIDTH, png.getWidth());
        assertEquals(CostChart.HEIGHT, png.getHeight());
        assertTrue(hasColour(png, 0x0072B2), "the LMI line is drawn");
        assertTrue(hasColour(png, 0xD55E00), "the standard Lambda line is drawn");
        java.nio.file.Files.write(
            java.nio.file.Path.of("target", "cost-chart.png"),
            Base64.getDecoder().decode(image.data()));
      }
    }
  }

  @Test
  void withoutChartFormatTheChartIsOneSvg() {
    Map<String, Object> arguments = arguments(259_200_000L, 200, 512, "arm64", "none", false);
    assertEquals(
        List.of("image/svg+xml"),
        images(call(arguments)).stream().map(McpSchema.ImageContent::mimeType).toList());
  }

  private static Map<String, Object> arguments(
      long requests, int duration, int memory, String arch, String plan, boolean freeTier) {
    Map<String, Object> arguments = new HashMap<>();
    arguments.put("monthly_requests", requests);
    arguments.put("avg_duration_ms", duration);
    arguments.put("memory_mb", memory);
    arguments.put("architecture", arch);
    arguments.put("savings_plan", plan);
    arguments.put("include_free_tier", freeTier);
    return arguments;
  }

  private static McpSchema.CallToolResult call(Map<String, Object> arguments) {
    McpSchema.CallToolResult result =
        ToolCalls.call(
            INVENTORY.tool("compare_costs").orElseThrow(), arguments, Caller.commandLine());
    assertFalse(Boolean.TRUE.equals(result.isError()), result.toString());
    return result;
  }

  private static Map<String, Object> structured(McpSchema.CallToolResult result) {
    return ToolJson.toMap(result.structuredContent());
  }

  private static List<McpSchema.ImageContent> images(McpSchema.CallToolResult result) {
    List<McpSchema.ImageContent> images = new ArrayList<>();
    for (McpSchema.Content content : result.content()) {
      if (content instanceof McpSchema.ImageContent image) {
        images.add(image);
      }
    }
    return images;
  }

  private static double valueAt(Map<String, Object> line, long requests) {
    return maps(line.get("points")).stream()
        .filter(p -> ((Number) p.get("monthly_requests")).longValue() == requests)
        .mapToDouble(p -> ((Number) p.get("monthly_usd")).doubleValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no point at " + requests));
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static Element group(Document document, String id) {
    NodeList groups = document.getElementsByTagNameNS("*", "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (id.equals(g.getAttribute("id"))) {
        return g;
      }
    }
    return null;
  }

  /** The x of the vertical line inside a marker's group. */
  private static double markerX(Document document, String id) {
    Element group = group(document, id);
    assertNotNull(group, "no group " + id);
    NodeList lines = group.getElementsByTagNameNS("*", "line");
    assertTrue(lines.getLength() > 0, "no line in " + id);
    Element line = (Element) lines.item(0);
    double x1 = Double.parseDouble(line.getAttribute("x1"));
    assertEquals(x1, Double.parseDouble(line.getAttribute("x2")), 0.01, "vertical");
    return x1;
  }

  private static String texts(Document document) {
    StringBuilder all = new StringBuilder();
    NodeList texts = document.getElementsByTagNameNS("*", "text");
    for (int i = 0; i < texts.getLength(); i++) {
      all.append(texts.item(i).getTextContent()).append('\n');
    }
    return all.toString();
  }

  private static boolean hasColour(BufferedImage image, int rgb) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          return true;
        }
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Object value) {
    return (List<Map<String, Object>>) value;
  }
}
