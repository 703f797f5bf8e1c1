package dev.lmiadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lmi-advisor size} and {@code lmi-advisor cost} at a terminal. */
class SizingCommandsTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = LmiAdvisor.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void costPrintsAReadableTable() {
    int exit =
        run(
            "cost",
            "--requests",
            "259200000",
            "--duration-ms",
            "200",
            "--memory-mb",
            "512",
            "--instance-type",
            "m7i.large",
            "--instance-count",
            "3",
            "--arch",
            "x86_64");
    assertEquals(0, exit, err.toString());
    String text = out.toString();
    assertTrue(text.contains("Monthly total"), text);
    assertTrue(text.contains("$483.84"), text);
    assertTrue(text.contains("$305.70"), text);
    assertTrue(text.contains("Break-even"), text);
  }

  @Test
  void costJsonIsTheToolResult() throws Exception {
    int exit =
        run(
            "cost",
            "--requests",
            "259200000",
            "--duration-ms",
            "200",
            "--memory-mb",
            "512",
            "--arch",
            "x86_64",
            "--json");
    assertEquals(0, exit, err.toString());
    var json = new ObjectMapper().readTree(out.toString());
    assertEquals(483.84, json.path("standard_lambda").path("monthly_usd").asDouble());
    assertTrue(json.path("lmi").path("instance_count").asInt() >= 3);
  }

  @Test
  void costWritesTheChartToTheFileItNames(@TempDir Path folder) throws Exception {
    Path svg = folder.resolve("cost.svg");
    int exit =
        run(
            "cost",
            "--monthly-requests",
            "259200000",
            "--avg-duration-ms",
            "200",
            "--memory-mb",
            "512",
            "--json",
            "--chart",
            svg.toString());
    assertEquals(0, exit, err.toString());
    String written = Files.readString(svg);
    assertTrue(written.startsWith("<?xml"), written.substring(0, 40));
    assertTrue(written.contains("<g id='break-even'>"), "the break-even is marked");
    // stdout stays the JSON result; the note goes to stderr.
    long breakEven =
        new ObjectMapper().readTree(out.toString()).path("break_even_monthly_requests").asLong();
    assertTrue(breakEven > 0);
    assertTrue(err.toString().contains("Chart written to " + svg), err.toString());

    Path png = folder.resolve("cost.png");
    assertEquals(
        0,
        run(
            "cost",
            "--monthly-requests",
            "259200000",
            "--avg-duration-ms",
            "200",
            "--memory-mb",
            "512",
            "--chart",
            png.toString()),
        err.toString());
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(800, image.getWidth());

    assertEquals(
        2,
        run(
            "cost",
            "--monthly-requests",
            "1",
            "--avg-duration-ms",
            "1",
            "--memory-mb",
            "512",
            "--chart",
            folder.resolve("cost.pdf").toString()));
    assertTrue(err.toString().contains("--chart must name a .svg or .png file"), err.toString());
  }

  @Test
  void sizePrintsSettingsAndInstanceTypes() {
    int exit = run("size", "--runtime", "java", "--peak-concurrency", "200", "--memory-mb", "1024");
    assertEquals(0, exit, err.toString());
    String text = out.toString();
    assertTrue(text.contains("PerExecutionEnvironmentMaxConcurrency"), text);
    assertTrue(text.contains("MaxVCpuCount"), text);
    assertTrue(text.contains("raised to 2048"), text);
  }

  @Test
  void everyToolFieldIsAnOptionInKebabCase_withTheSameDefaultsAsMcp() throws Exception {
    int exit =
        run(
            "cost",
            "--monthly-requests",
            "259200000",
            "--avg-duration-ms",
            "200",
            "--memory-mb",
            "512",
            "--include-free-tier",
            "--json");
    assertEquals(0, exit, err.toString());
    var json = new ObjectMapper().readTree(out.toString());
    assertEquals("arm64", json.path("architecture").asText(), "arm64 is the default everywhere");
    assertTrue(json.path("include_free_tier").asBoolean());
    assertTrue(
        json.path("assumptions").toString().contains("No runtime given: sized as Node.js"),
        "a fleet sized without a runtime says so");
  }

  @Test
  void badInputExitsWithTheMessage() {
    int exit = run("cost", "--requests", "0", "--duration-ms", "200", "--memory-mb", "512");
    assertEquals(2, exit);
    assertTrue(err.toString().contains("--monthly-requests must be at least 1"), err.toString());
  }
}
