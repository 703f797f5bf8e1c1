package dev.lmiadvisor.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.server.ToolSamples;
import dev.lmiadvisor.server.output.ToolJson;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every transport must do, run by the SDK's real MCP client against the real packaged jar.
 * Each subclass supplies a connected client for one transport.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class McpEndToEndSuite {

  protected McpSyncClient client;
  protected McpSchema.InitializeResult initialized;

  protected abstract McpSyncClient connect() throws Exception;

  protected void disconnect() {}

  @BeforeAll
  void start() throws Exception {
    client = connect();
    initialized = client.initialize();
  }

  @AfterAll
  void stop() {
    if (client != null) {
      client.closeGracefully();
    }
    disconnect();
  }

  @Test
  void initialize_namesTheServerAndItsCapabilities() {
    assertEquals("lmi-advisor", initialized.serverInfo().name());
    assertTrue(initialized.capabilities().tools() != null);
    assertTrue(initialized.capabilities().resources() != null);
    assertTrue(initialized.capabilities().prompts() != null);
  }

  @Test
  void toolsList_servesTheKnowledgeToolsWithSchemasAndAnnotations() {
    List<McpSchema.Tool> tools = client.listTools().tools();
    var names = tools.stream().map(McpSchema.Tool::name).toList();
    assertTrue(
        names.containsAll(List.of("route_question", "answer_question", "read_reference")),
        names.toString());
    for (McpSchema.Tool tool : tools) {
      assertTrue(tool.outputSchema() != null, tool.name() + " declares an output schema");
      assertTrue(tool.annotations().readOnlyHint() != null, tool.name());
    }
  }

  /** What a client sees in tools/list is what the reviewed toolsnaps say, tool for tool. */
  @Test
  void toolsList_isExactlyTheToolsnaps() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Path snapshots = Path.of("src/test/resources/toolsnaps");
    Set<String> snapped = new TreeSet<>();
    try (var files = Files.list(snapshots)) {
      files.forEach(f -> snapped.add(f.getFileName().toString().replace(".snap.json", "")));
    }
    List<McpSchema.Tool> tools = client.listTools().tools();
    assertEquals(
        snapped, new TreeSet<>(tools.stream().map(McpSchema.Tool::name).toList()), "tool names");
    for (McpSchema.Tool tool : tools) {
      JsonNode served = json.readTree(ToolJson.pretty(tool));
      JsonNode snapshot =
          json.readTree(Files.readString(snapshots.resolve(tool.name() + ".snap.json")));
      assertEquals(snapshot, served, tool.name() + " as served differs from its toolsnap");
    }
  }

  /** Every tool, called by the real client with each of its sample arguments, answers. */
  @Test
  void everyTool_answersItsSampleCalls() {
    for (McpSchema.Tool tool : client.listTools().tools()) {
      List<Map<String, Object>> samples = ToolSamples.SAMPLES.get(tool.name());
      assertTrue(samples != null && !samples.isEmpty(), "a sample call for " + tool.name());
      for (Map<String, Object> arguments : samples) {
        McpSchema.CallToolResult result =
            client.callTool(new McpSchema.CallToolRequest(tool.name(), arguments));
        assertFalse(
            Boolean.TRUE.equals(result.isError()),
            tool.name() + " " + arguments + ": " + result.content());
        assertTrue(result.structuredContent() != null, tool.name() + " has structured content");
      }
    }
  }

  @Test
  void answerQuestion_answersFromOneReference() {
    McpSchema.CallToolResult result =
        client.callTool(
            new McpSchema.CallToolRequest(
                "answer_question",
                Map.of("question", "Our capacity provider is stuck in Pending, what is wrong?")));
    assertFalse(Boolean.TRUE.equals(result.isError()), result.content().toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
    assertEquals("troubleshooting", structured.get("reference"));
    assertEquals("lmi://references/troubleshooting", structured.get("resource_uri"));
    assertFalse(((List<?>) structured.get("must_mention")).isEmpty());
  }

  @Test
  void badCall_isAnIsErrorResultThatSaysWhatToChange() {
    McpSchema.CallToolResult result =
        client.callTool(
            new McpSchema.CallToolRequest(
                "read_reference",
                Map.of("reference", "cost-comparison", "section", "no-such-section")));
    assertEquals(Boolean.TRUE, result.isError());
    String text = ((McpSchema.TextContent) result.content().get(0)).text();
    assertTrue(text.contains("no section 'no-such-section'"), text);
    assertTrue(text.contains("pricing-components") || text.contains("sources"), text);
  }

  @Test
  void schemaViolation_isRefusedBeforeTheHandlerRuns() {
    McpSchema.CallToolResult result =
        client.callTool(new McpSchema.CallToolRequest("route_question", Map.of("question", 42)));
    assertEquals(Boolean.TRUE, result.isError());
  }

  @Test
  void resources_serveEveryReference() {
    var uris = client.listResources().resources().stream().map(McpSchema.Resource::uri).toList();
    assertTrue(uris.contains("lmi://references/thread-safety"), uris.toString());
    var read =
        client.readResource(new McpSchema.ReadResourceRequest("lmi://references/thread-safety"));
    assertEquals(2, read.contents().size(), "English and Chinese");
  }

  @Test
  void prompts_coverTheCommonJourneys() {
    var names = client.listPrompts().prompts().stream().map(McpSchema.Prompt::name).toList();
    assertTrue(
        names.containsAll(
            List.of("assess_workload", "migrate_function", "troubleshoot_deployment")));
    var prompt =
        client.getPrompt(
            new McpSchema.GetPromptRequest(
                "troubleshoot_deployment", Map.of("symptom", "429 errors")));
    assertTrue(
        ((McpSchema.TextContent) prompt.messages().get(0).content()).text().contains("429 errors"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> call(String tool, Map<String, Object> arguments) {
    McpSchema.CallToolResult result =
        client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    assertFalse(Boolean.TRUE.equals(result.isError()), result.content().toString());
    return (Map<String, Object>) result.structuredContent();
  }

  @Test
  void computeSizing_sizesPythonAsAwsDocumentsIt() {
    Map<String, Object> cpu =
        call("compute_sizing", Map.of("runtime", "python", "workload", "cpu_bound"));
    assertEquals("C", cpu.get("instance_family"));
    assertEquals(2.0, ((Number) cpu.get("memory_gib_per_vcpu")).doubleValue());
    assertTrue(
        ((Number) cpu.get("vcpus_per_execution_environment")).intValue() >= 2, cpu.toString());

    Map<String, Object> io =
        call("compute_sizing", Map.of("runtime", "python", "workload", "io_bound"));
    assertEquals(2048, ((Number) io.get("memory_mb")).intValue());
    assertEquals(1, ((Number) io.get("vcpus_per_execution_environment")).intValue());
    assertEquals(16, ((Number) io.get("per_execution_environment_max_concurrency")).intValue());
    assertTrue(
        io.get("warnings").toString().contains("Measure one process's memory"), io.toString());
  }

  @Test
  void assessWorkload_givesAStrongFitWhenEverySignalAgreesAndRequiresTheCostCheck() {
    Map<String, Object> out =
        call(
            "assess_workload",
            Map.of(
                "monthly_requests",
                200_000_000L,
                "traffic_pattern",
                "steady",
                "cold_starts",
                "unacceptable",
                "runtime",
                "java",
                "thread_safe",
                true,
                "needs_scale_to_zero",
                false));
    assertEquals("lmi_strong_fit", out.get("verdict"));
    String first = ((List<?>) out.get("next_steps")).getFirst().toString();
    assertTrue(
        first.startsWith("Required before deciding") && first.contains("compare_costs"), first);

    Map<String, Object> priced =
        call(
            "assess_workload",
            Map.of(
                "monthly_requests",
                200_000_000L,
                "avg_duration_ms",
                200,
                "memory_mb",
                1024,
                "traffic_pattern",
                "steady",
                "cold_starts",
                "unacceptable",
                "runtime",
                "java",
                "thread_safe",
                true,
                "needs_scale_to_zero",
                false));
    @SuppressWarnings("unchecked")
    Map<String, Object> cost = (Map<String, Object>) priced.get("cost_check");
    assertEquals("lmi", cost.get("cheaper"));
    assertTrue(((Number) cost.get("break_even_monthly_requests")).longValue() > 0, cost.toString());
  }
}
