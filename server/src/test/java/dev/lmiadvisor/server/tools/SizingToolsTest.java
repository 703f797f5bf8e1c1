package dev.lmiadvisor.server.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.inventory.ResourceDefinition;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.mcp.ToolCalls;
import dev.lmiadvisor.server.output.ToolJson;
import dev.lmiadvisor.server.tools.sizing.CompareCosts;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The three tools through the server's own call path, checked against their declared schemas. */
class SizingToolsTest {

  static final Inventory INVENTORY = Toolsets.inventory(new Services());
  static final JsonSchemaValidator VALIDATOR = new DefaultJsonSchemaValidator();

  static Stream<Arguments> calls() {
    return Stream.of(
        Arguments.of("assess_workload", Map.of()),
        Arguments.of(
            "assess_workload",
            Map.of(
                "traffic_pattern",
                "steady",
                "monthly_requests",
                259_200_000L,
                "avg_duration_ms",
                200,
                "memory_mb",
                512,
                "runtime",
                "nodejs",
                "thread_safe",
                true,
                "needs_scale_to_zero",
                false,
                "cold_starts",
                "unacceptable")),
        Arguments.of("assess_workload", Map.of("runtime", "other")),
        Arguments.of("compute_sizing", Map.of("runtime", "nodejs")),
        Arguments.of(
            "compute_sizing",
            Map.of(
                "runtime", "python",
                "workload", "io_bound",
                "peak_rps", 300.0,
                "avg_duration_ms", 150,
                "memory_mb", 512,
                "architecture", "x86_64",
                "environment", "non_production",
                "region", "eu-central-1")),
        Arguments.of(
            "compare_costs",
            Map.of("monthly_requests", 259_200_000L, "avg_duration_ms", 200, "memory_mb", 512)),
        Arguments.of(
            "compare_costs",
            Map.of(
                "monthly_requests",
                1_000_000L,
                "avg_duration_ms",
                50,
                "memory_mb",
                1024,
                "architecture",
                "arm64",
                "region",
                "ap-southeast-1",
                "instance_type",
                "c7g.xlarge",
                "instance_count",
                3,
                "savings_plan",
                "compute_3yr",
                "include_free_tier",
                true)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("calls")
  void structuredOutputMatchesTheOutputSchemaAndTextIsGiven(
      String tool, Map<String, Object> arguments) {
    ToolDefinition definition = INVENTORY.tool(tool).orElseThrow();
    McpSchema.CallToolResult result = ToolCalls.call(definition, arguments, Caller.commandLine());

    assertFalse(Boolean.TRUE.equals(result.isError()), result.toString());
    var validation = VALIDATOR.validate(definition.outputSchema(), result.structuredContent());
    assertTrue(validation.valid(), validation.errorMessage());
    assertTrue(VALIDATOR.validate(definition.inputSchema(), arguments).valid(), tool + " input");
    String text = ((McpSchema.TextContent) result.content().getFirst()).text();
    assertFalse(text.isBlank());
  }

  @Test
  void schemasAreValidAndAnnotationsExplicit() {
    for (String name : List.of("assess_workload", "compute_sizing", "compare_costs")) {
      ToolDefinition tool = INVENTORY.tool(name).orElseThrow();
      assertTrue(VALIDATOR.validateSchema(tool.inputSchema()).valid(), name);
      assertTrue(VALIDATOR.validateSchema(tool.outputSchema()).valid(), name);
      assertFalse(
          VALIDATOR.validate(tool.outputSchema(), Map.of()).valid(), name + " requires fields");
      assertEquals("sizing", tool.toolset());
      assertTrue(
          tool.hints().readOnly() && !tool.hints().destructive() && tool.hints().idempotent());
    }
    // Live prices are off unless LMI_ADVISOR_LIVE_PRICES=true: nothing reaches beyond the process.
    if (System.getenv("LMI_ADVISOR_LIVE_PRICES") == null) {
      assertEquals(Hints.LOCAL_READ, INVENTORY.tool("compare_costs").orElseThrow().hints());
    }
  }

  @Test
  void compareCostsGivesTheSeedGoldenValueAndMentionsThePricingComponents() {
    Map<String, Object> out =
        call(
            "compare_costs",
            Map.of(
                "monthly_requests",
                259_200_000L,
                "avg_duration_ms",
                200,
                "memory_mb",
                512,
                "architecture",
                "x86_64",
                "instance_type",
                "m7i.large",
                "instance_count",
                3));
    @SuppressWarnings("unchecked")
    Map<String, Object> standard = (Map<String, Object>) out.get("standard_lambda");
    @SuppressWarnings("unchecked")
    Map<String, Object> lmi = (Map<String, Object>) out.get("lmi");
    assertEquals(483.84, ((Number) standard.get("monthly_usd")).doubleValue());
    assertEquals(305.70, ((Number) lmi.get("monthly_usd")).doubleValue());
    assertEquals("lmi", out.get("cheaper"));
    List<?> mention = (List<?>) out.get("must_mention");
    assertTrue(mention.stream().anyMatch(m -> m.toString().contains("15% management fee")));
    assertTrue(mention.stream().anyMatch(m -> m.toString().contains("never the fee")));
    assertTrue(mention.stream().anyMatch(m -> m.toString().contains("at least 3 execution")));
  }

  @Test
  void recommendingLmiMentionsThreeEnvironmentsAndNoScaleToZero() {
    Map<String, Object> out =
        call(
            "assess_workload",
            Map.of(
                "traffic_pattern",
                "steady",
                "monthly_requests",
                259_200_000L,
                "avg_duration_ms",
                200,
                "memory_mb",
                512,
                "runtime",
                "nodejs",
                "thread_safe",
                true));
    assertTrue(((String) out.get("verdict")).startsWith("lmi_"));
    String mention = out.get("must_mention").toString();
    assertTrue(mention.contains("at least 3 execution environments"), mention);
    assertTrue(
        mention.contains("does not scale to zero") || mention.contains("never scales to zero"),
        mention);

    Map<String, Object> standard = call("assess_workload", Map.of("needs_scale_to_zero", true));
    assertEquals("standard_lambda", standard.get("verdict"));
    assertTrue(standard.get("must_mention").toString().contains("never scales to zero"));
  }

  @Test
  void badInputIsAnErrorResultThatSaysWhatToChange() {
    McpSchema.CallToolResult zero =
        ToolCalls.call(
            INVENTORY.tool("compare_costs").orElseThrow(),
            Map.of("monthly_requests", 0, "avg_duration_ms", 200, "memory_mb", 512),
            Caller.commandLine());
    assertTrue(zero.isError());
    assertTrue(text(zero).contains("'monthly_requests' must be at least 1"), text(zero));

    McpSchema.CallToolResult runtime =
        ToolCalls.call(
            INVENTORY.tool("compute_sizing").orElseThrow(),
            Map.of("runtime", "nodjs"),
            Caller.commandLine());
    assertTrue(runtime.isError());
    assertTrue(text(runtime).contains("did you mean nodejs"), text(runtime));

    McpSchema.CallToolResult region =
        ToolCalls.call(
            INVENTORY.tool("compare_costs").orElseThrow(),
            Map.of(
                "monthly_requests",
                1000,
                "avg_duration_ms",
                200,
                "memory_mb",
                512,
                "region",
                "sa-east-1"),
            Caller.commandLine());
    assertTrue(region.isError());
    assertTrue(text(region).contains("regions with prices: us-east-1"), text(region));
  }

  @Test
  void thePricesResourceServesTheVersionedTable() throws Exception {
    ResourceDefinition prices =
        INVENTORY.resources().stream()
            .filter(r -> r.uri().equals(CompareCosts.PRICES_URI))
            .findFirst()
            .orElseThrow();
    assertEquals("application/json", prices.mimeType());
    var tree = new ObjectMapper().readTree(prices.reader().get().getFirst().text());
    assertFalse(tree.path("version").asText().isBlank());
    assertTrue(tree.path("ec2_on_demand").has("ap-southeast-1"));
    assertTrue(tree.path("sources").size() >= 5);
  }

  private static Map<String, Object> call(String tool, Map<String, Object> arguments) {
    McpSchema.CallToolResult result =
        ToolCalls.call(INVENTORY.tool(tool).orElseThrow(), arguments, Caller.commandLine());
    assertFalse(Boolean.TRUE.equals(result.isError()), result.toString());
    return ToolJson.toMap(result.structuredContent());
  }

  private static String text(McpSchema.CallToolResult result) {
    return ((McpSchema.TextContent) result.content().getFirst()).text();
  }
}
