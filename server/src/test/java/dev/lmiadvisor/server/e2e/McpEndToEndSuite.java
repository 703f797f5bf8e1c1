package dev.lmiadvisor.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.awsstub.AwsStub;
import dev.lmiadvisor.server.LiveAccount;
import dev.lmiadvisor.server.ToolSamples;
import dev.lmiadvisor.server.output.ToolJson;
import dev.lmiadvisor.tools.audit.AuditVerifier;
import dev.lmiadvisor.tools.audit.VerificationReport;
import dev.lmiadvisor.tools.live.AwsOperation;
import dev.lmiadvisor.tools.live.StandardFunction;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every transport must do, run by the SDK's real MCP client against the real packaged jar.
 * Each subclass supplies a connected client for one transport. The server reads a loopback AWS
 * account ({@link LiveAccount}) through the real AWS SDK, with credentials in its environment and
 * an audit folder of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class McpEndToEndSuite {

  protected McpSyncClient client;
  protected McpSchema.InitializeResult initialized;
  protected LiveAccount account;
  protected Path audit;

  /** A client of a new server process started with this environment, not yet initialized. */
  protected abstract McpSyncClient connect(Map<String, String> environment) throws Exception;

  /** Stops the server processes {@link #connect} started. */
  protected void disconnect() {}

  @BeforeAll
  void start() throws Exception {
    account = LiveAccount.start();
    audit = Files.createTempDirectory("lmi-e2e").resolve("audit");
    client = connect(account.environment(audit));
    initialized = client.initialize();
  }

  @AfterAll
  void stop() {
    if (client != null) {
      client.closeGracefully();
    }
    disconnect();
    if (account != null) {
      account.close();
    }
  }

  @AfterEach
  void grantEverythingAgain() {
    account.lmi.denied.clear();
    account.standard.traffic = StandardFunction.steady(360_000, 200);
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

  // ---- the live-account tools, against the loopback account through the real AWS SDK ----

  @Test
  void inspectDeployment_readsTheDeployment_andEveryAwsCallIsInTheAuditChain() {
    int before = account.stub.received.size();
    Map<String, Object> report =
        call("inspect_deployment", Map.of("region", "us-east-1", "capacity_provider", "orders-cp"));
    assertEquals("Active", report.get("state"));
    assertEquals("orders-cp", map(report.get("capacity_provider")).get("name"));
    Map<String, Object> function = map(list(report.get("functions")).getFirst());
    assertEquals("orders-api", function.get("name"));
    assertEquals("7", function.get("version"));
    assertEquals("nat", map(report.get("network")).get("egress"));
    assertTrue(
        list(report.get("findings")).stream()
            .noneMatch(f -> "error".equals(map(f).get("severity"))),
        String.valueOf(report.get("findings")));
    List<Map<String, Object>> calls = list(report.get("calls")).stream().map(c -> map(c)).toList();
    assertTrue(calls.stream().allMatch(c -> "ok".equals(c.get("outcome"))), calls.toString());
    assertTrue(
        calls.stream()
            .map(c -> c.get("operation"))
            .toList()
            .containsAll(
                List.of(
                    "GetCapacityProvider",
                    "ListFunctionVersionsByCapacityProvider",
                    "GetFunctionConfiguration",
                    "DescribeRouteTables",
                    "DescribeSecurityGroups",
                    "GetRole",
                    "GetMetricData")),
        calls.toString());
    List<AwsStub.Received> sent =
        account.stub.received.subList(before, account.stub.received.size());
    assertEquals(calls.size(), sent.size(), "one request per call");
    assertTrue(
        sent.stream()
            .allMatch(
                r -> r.authorization().contains("Credential=" + LiveAccount.ACCESS_KEY + "/")),
        "SigV4-signed by the SDK with the environment's credentials");
    assertAudited(String.valueOf(report.get("audit_id")), calls);
  }

  @Test
  void inspectDeployment_aRefusedCall_namesTheIamAction_andReturnsTheRest() {
    account.lmi.deny(AwsOperation.GET_ROLE);
    Map<String, Object> report = call("inspect_deployment", Map.of("region", "us-east-1"));
    assertEquals(List.of("iam:GetRole"), report.get("missing_permissions"));
    assertTrue(
        list(report.get("findings")).stream()
            .map(f -> map(f))
            .anyMatch(
                f ->
                    "LIVE-ACCESS-DENIED".equals(f.get("rule_id"))
                        && String.valueOf(f.get("message")).contains("grant iam:GetRole")),
        String.valueOf(report.get("findings")));
    List<Map<String, Object>> calls = list(report.get("calls")).stream().map(c -> map(c)).toList();
    Map<String, Object> refused =
        calls.stream().filter(c -> "GetRole".equals(c.get("operation"))).findFirst().orElseThrow();
    assertEquals("access_denied", refused.get("outcome"));
    assertEquals("iam:GetRole", refused.get("iam_action"));
    assertEquals("Active", report.get("state"), "the rest of the report is still there");
    assertFalse(list(report.get("functions")).isEmpty());
    assertEquals("nat", map(report.get("network")).get("egress"));
    assertAudited(String.valueOf(report.get("audit_id")), calls);
  }

  @Test
  void assessFunction_judgesTheFunctionFromItsOwnMetrics() {
    Map<String, Object> steady =
        call(
            "assess_function",
            Map.of("function_name", LiveAccount.STANDARD_FUNCTION, "region", "us-east-1"));
    assertEquals(14, ((Number) map(steady.get("window")).get("days")).intValue());
    assertEquals("steady", map(steady.get("metrics")).get("traffic_pattern"));
    assertEquals("lmi", map(steady.get("costs")).get("cheaper"));
    assertTrue(((Number) map(steady.get("sizing")).get("memory_mb")).intValue() >= 2048);
    List<Map<String, Object>> calls = list(steady.get("calls")).stream().map(c -> map(c)).toList();
    assertAudited(String.valueOf(steady.get("audit_id")), calls);

    account.standard.traffic = StandardFunction.bursty();
    Map<String, Object> bursty =
        call(
            "assess_function",
            Map.of(
                "function_name", LiveAccount.STANDARD_FUNCTION, "region", "us-east-1", "days", 3));
    assertEquals("bursty", map(bursty.get("metrics")).get("traffic_pattern"));
    assertEquals("standard_lambda", map(bursty.get("assessment")).get("verdict"));
  }

  @Test
  void liveTools_withoutCredentials_areAnIsErrorNamingTheCredentialChain() throws Exception {
    Path bareAudit = Files.createTempDirectory("lmi-e2e-bare").resolve("audit");
    int before = account.stub.received.size();
    try (McpSyncClient bare = connect(account.withoutCredentials(bareAudit))) {
      bare.initialize();
      for (var attempt :
          List.of(
              new McpSchema.CallToolRequest("inspect_deployment", Map.of("region", "us-east-1")),
              new McpSchema.CallToolRequest(
                  "assess_function",
                  Map.of("function_name", LiveAccount.STANDARD_FUNCTION, "region", "us-east-1")))) {
        McpSchema.CallToolResult result = bare.callTool(attempt);
        assertEquals(Boolean.TRUE, result.isError(), attempt.name());
        String text = ((McpSchema.TextContent) result.content().getFirst()).text();
        assertTrue(text.startsWith(attempt.name() + " found no AWS credentials."), text);
        assertTrue(text.contains("default credential chain"), text);
        assertTrue(text.contains("nothing was sent to AWS"), text);
        assertTrue(result.meta() == null || !result.meta().containsKey("correlation_id"), text);
      }
      McpSchema.CallToolResult log =
          bare.callTool(
              new McpSchema.CallToolRequest("query_audit_log", Map.of("decision", "denied")));
      @SuppressWarnings("unchecked")
      Map<String, Object> denied = (Map<String, Object>) log.structuredContent();
      assertEquals(2, ((Number) denied.get("total")).intValue(), String.valueOf(denied));
      assertTrue(
          list(denied.get("entries")).stream()
              .allMatch(e -> "no-credentials".equals(map(e).get("rule"))),
          String.valueOf(denied));
    }
    assertEquals(before, account.stub.received.size(), "nothing reached AWS");
    VerificationReport verified = AuditVerifier.verify(bareAudit);
    assertTrue(verified.valid(), verified.problems().toString());
    assertEquals(2, verified.records(), "both attempts are on record");
  }

  /** The tool call's records: one start, then one per AWS call with its operation and outcome. */
  private void assertAudited(String auditId, List<Map<String, Object>> calls) {
    Map<String, Object> log = call("query_audit_log", Map.of("limit", 1000));
    assertEquals(true, log.get("chain_valid"), String.valueOf(log.get("problems")));
    List<Map<String, Object>> records =
        list(log.get("entries")).stream()
            .map(e -> map(e))
            .filter(e -> auditId.equals(e.get("id")))
            .toList()
            .reversed();
    assertEquals("live_started", records.getFirst().get("type"), records.toString());
    assertEquals(calls.size() + 1, records.size(), records.toString());
    for (int i = 0; i < calls.size(); i++) {
      Map<String, Object> record = records.get(i + 1);
      assertEquals("live_call", record.get("type"));
      assertEquals(calls.get(i).get("operation"), record.get("operation"), record.toString());
      assertEquals(calls.get(i).get("outcome"), record.get("outcome"), record.toString());
      assertEquals("us-east-1", record.get("region"));
      assertFalse(record.toString().contains(LiveAccount.ACCESS_KEY), record.toString());
    }
    VerificationReport verified = AuditVerifier.verify(audit);
    assertTrue(verified.valid(), verified.problems().toString());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  private static List<?> list(Object value) {
    return (List<?>) value;
  }
}
