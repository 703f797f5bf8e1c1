package dev.lmiadvisor.server.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.awsstub.AwsStub;
import dev.lmiadvisor.server.http.HttpMcpServer;
import dev.lmiadvisor.server.http.HttpOptions;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.tools.sandbox.PlanDeployment;
import dev.lmiadvisor.server.tools.sandbox.QueryAuditLog;
import dev.lmiadvisor.server.tools.sandbox.RunAwsCli;
import dev.lmiadvisor.tools.audit.AuditVerifier;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import dev.lmiadvisor.tools.sandbox.SandboxSettings;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The sandbox end to end: a real MCP client (with an elicitation handler that accepts or declines)
 * over Streamable HTTP, the tools of the inventory, the real AWS SDK, and a loopback stand-in for
 * the Lambda endpoint.
 */
class SandboxToolsMcpTest {

  @TempDir Path dir;
  private AwsStub aws;
  private SandboxService sandbox;
  private HttpMcpServer server;
  private final List<String> asked = new CopyOnWriteArrayList<>();
  private final AtomicBoolean personAccepts = new AtomicBoolean();

  @BeforeEach
  void start() throws Exception {
    aws = new AwsStub();
    SandboxSettings settings =
        SandboxSettings.fromEnvironment(
                Map.of(
                    "LMI_ADVISOR_AUDIT_DIR",
                    dir.resolve("audit").toString(),
                    "LMI_ADVISOR_WORKDIR",
                    dir.resolve("work").toString()))
            .withExecuteEnabled(true)
            .withCredentials(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIDEXAMPLE", "test-secret")));
    sandbox = SandboxService.create(settings);
    Inventory inventory =
        new Inventory(
            List.of(
                RunAwsCli.definition(() -> sandbox),
                PlanDeployment.definition(() -> sandbox),
                QueryAuditLog.definition(() -> sandbox)),
            List.of(),
            List.of());
    server =
        HttpMcpServer.start(
            new HttpOptions("127.0.0.1", 0, false, Optional.empty(), List.of()), inventory);
  }

  @AfterEach
  void stop() {
    server.close();
    sandbox.close();
    aws.close();
  }

  private McpSyncClient client(boolean canElicit) {
    var transport =
        HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + server.port())
            .endpoint("/mcp")
            .build();
    var spec =
        McpClient.sync(transport)
            .clientInfo(new McpSchema.Implementation("e2e-client", "1.0"))
            .requestTimeout(Duration.ofSeconds(60));
    if (canElicit) {
      spec.capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
          .elicitation(
              request -> {
                asked.add(request.message());
                return personAccepts.get()
                    ? new McpSchema.ElicitResult(
                        McpSchema.ElicitResult.Action.ACCEPT, Map.of("confirm", true))
                    : new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.DECLINE, null);
              });
    }
    McpSyncClient client = spec.build();
    client.initialize();
    return client;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> call(
      McpSyncClient client, String tool, Map<String, Object> arguments) {
    McpSchema.CallToolResult result =
        client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    assertFalse(Boolean.TRUE.equals(result.isError()), () -> String.valueOf(result.content()));
    return (Map<String, Object>) result.structuredContent();
  }

  private String createProvider() {
    return "aws lambda create-capacity-provider --endpoint-url "
        + aws.url()
        + " --capacity-provider-name orders-cp --vpc-config SubnetIds=subnet-a,subnet-b,subnet-c,SecurityGroupIds=sg-1"
        + " --permissions-config CapacityProviderOperatorRoleArn=arn:aws:iam::111122223333:role/orders-cp-operator";
  }

  @Test
  void annotationsTellClientsTheToolChangesThings() {
    try (McpSyncClient client = client(false)) {
      McpSchema.Tool run =
          client.listTools().tools().stream()
              .filter(t -> t.name().equals("run_aws_cli"))
              .findFirst()
              .orElseThrow();
      assertEquals(false, run.annotations().readOnlyHint());
      assertEquals(true, run.annotations().destructiveHint());
      assertEquals(false, run.annotations().idempotentHint());
      assertEquals(true, run.annotations().openWorldHint());
      for (String readOnly : List.of("plan_deployment", "query_audit_log")) {
        McpSchema.Tool tool =
            client.listTools().tools().stream()
                .filter(t -> t.name().equals(readOnly))
                .findFirst()
                .orElseThrow();
        assertEquals(true, tool.annotations().readOnlyHint(), readOnly);
      }
    }
  }

  @Test
  void aDeniedCommandIsDeniedAtTheTool() {
    try (McpSyncClient client = client(true)) {
      personAccepts.set(true);
      Map<String, Object> result =
          call(
              client,
              "run_aws_cli",
              Map.of(
                  "command",
                  "aws ec2 terminate-instances --instance-ids i-0abc --endpoint-url " + aws.url(),
                  "mode",
                  "execute"));
      assertEquals("denied", result.get("decision"));
      assertEquals("lmi-terminate-instances", result.get("rule"));
      assertEquals(false, result.get("executed"));
      assertTrue(asked.isEmpty(), "a denied command is not put to the person");
      assertTrue(aws.received.isEmpty());
      Map<String, Object> shell =
          call(
              client,
              "run_aws_cli",
              Map.of("command", "aws lambda list-functions; curl evil.example"));
      assertEquals("shell-syntax", shell.get("rule"));
    }
  }

  @Test
  void aDeclinedConfirmationExecutesNothing() {
    try (McpSyncClient client = client(true)) {
      personAccepts.set(false);
      Map<String, Object> result =
          call(client, "run_aws_cli", Map.of("command", createProvider(), "mode", "execute"));
      assertEquals("requires_confirmation", result.get("decision"));
      assertEquals("declined", result.get("confirmation"));
      assertEquals(false, result.get("executed"));
      assertEquals(1, asked.size());
      assertTrue(asked.getFirst().contains("create-capacity-provider"), asked.getFirst());
      assertTrue(aws.received.isEmpty(), "nothing reached the endpoint");
    }
  }

  @Test
  void anAcceptedConfirmationReachesTheLocalEndpointThroughTheRealSdk() {
    aws.on(
        "POST /2025-11-30/capacity-providers",
        "{\"CapacityProvider\":{\"CapacityProviderArn\":\"arn:aws:lambda:us-east-1:111122223333:capacity-provider:orders-cp\",\"State\":\"Pending\"}}");
    try (McpSyncClient client = client(true)) {
      personAccepts.set(true);
      Map<String, Object> result =
          call(client, "run_aws_cli", Map.of("command", createProvider(), "mode", "execute"));
      assertEquals("accepted", result.get("confirmation"));
      assertEquals(true, result.get("executed"), String.valueOf(result));
      assertEquals("executed", result.get("outcome"));
      assertEquals(1, aws.received.size());
      AwsStub.Received request = aws.received.getFirst();
      assertEquals("POST", request.method());
      assertTrue(request.body().contains("\"CapacityProviderName\":\"orders-cp\""), request.body());
      assertTrue(request.authorization().startsWith("AWS4-HMAC-SHA256"), "SigV4-signed by the SDK");
      assertEquals(
          "Pending",
          ((Map<?, ?>) ((Map<?, ?>) result.get("result")).get("CapacityProvider")).get("State"));
    }
  }

  @Test
  void aClientWithoutElicitationGetsADenial() {
    try (McpSyncClient client = client(false)) {
      Map<String, Object> result =
          call(client, "run_aws_cli", Map.of("command", createProvider(), "mode", "execute"));
      assertEquals("denied", result.get("decision"));
      assertEquals("confirmation-unavailable", result.get("rule"));
      assertTrue(aws.received.isEmpty());
    }
  }

  @Test
  void everyCallIsInTheAuditLogAndTamperingShows() throws Exception {
    try (McpSyncClient client = client(true)) {
      call(client, "run_aws_cli", Map.of("command", "aws lambda list-capacity-providers"));
      call(
          client,
          "run_aws_cli",
          Map.of("command", "aws secretsmanager get-secret-value --secret-id prod/db"));
      Map<String, Object> log = call(client, "query_audit_log", Map.of("limit", 10));
      assertEquals(true, log.get("chain_valid"));
      assertEquals(2, ((Number) log.get("total")).intValue());
      List<?> entries = (List<?>) log.get("entries");
      Map<?, ?> newest = (Map<?, ?>) entries.getFirst();
      assertEquals("secret-disclosure", newest.get("rule"));
      assertEquals(Map.of("name", "e2e-client", "transport", "http"), newest.get("client"));
      Map<String, Object> denied = call(client, "query_audit_log", Map.of("decision", "denied"));
      assertEquals(1, ((Number) denied.get("total")).intValue());

      Path file;
      try (var files = Files.list(dir.resolve("audit"))) {
        file = files.filter(p -> p.toString().endsWith(".jsonl")).findFirst().orElseThrow();
      }
      Files.writeString(file, Files.readString(file).replace("\"allowed\"", "\"Allowed\""));
      Map<String, Object> tampered = call(client, "query_audit_log", Map.of());
      assertEquals(false, tampered.get("chain_valid"));
      assertFalse(((List<?>) tampered.get("problems")).isEmpty());
      assertFalse(AuditVerifier.verify(dir.resolve("audit")).valid());
    }
  }

  @Test
  void callsTheInputSchemaRefusesAreAuditedWithTheReasonAndNoSecret() {
    try (McpSyncClient client = client(false)) {
      List<String> words =
          List.of(
              "aws",
              "secretsmanager",
              "create-secret",
              "--name",
              "db",
              "--secret-string",
              "hunter2");
      for (Map<String, Object> arguments :
          List.<Map<String, Object>>of(
              Map.of("command", words),
              Map.of("command", String.join(" ", words), "mode", "run-it"),
              Map.of("command", String.join(" ", words), "secret_string", "hunter2"))) {
        McpSchema.CallToolResult refused =
            client.callTool(new McpSchema.CallToolRequest("run_aws_cli", arguments));
        assertEquals(true, refused.isError(), String.valueOf(refused.content()));
      }
      Map<String, Object> log = call(client, "query_audit_log", Map.of("decision", "denied"));
      assertEquals(true, log.get("chain_valid"), String.valueOf(log));
      List<?> entries = (List<?>) log.get("entries");
      assertEquals(3, entries.size(), String.valueOf(entries));
      for (Object entry : entries) {
        Map<?, ?> record = (Map<?, ?>) entry;
        assertEquals("invalid-arguments", record.get("rule"), String.valueOf(record));
        assertEquals(Map.of("name", "e2e-client", "transport", "http"), record.get("client"));
        assertTrue(
            String.valueOf(record.get("reason")).startsWith("run_aws_cli: '"),
            String.valueOf(record));
        assertFalse(record.toString().contains("hunter2"), record.toString());
        assertTrue(
            String.valueOf(record.get("command")).startsWith("aws secretsmanager create-secret"),
            String.valueOf(record));
      }
      assertTrue(
          String.valueOf(((Map<?, ?>) entries.getLast()).get("reason")).contains("must be text"),
          String.valueOf(entries.getLast()));
      assertTrue(aws.received.isEmpty(), "nothing reached AWS");
      assertTrue(AuditVerifier.verify(dir.resolve("audit")).valid());
    }
  }

  @Test
  void planDeploymentStepsAreNeverDenied() {
    try (McpSyncClient client = client(false)) {
      Map<String, Object> plan =
          call(
              client,
              "plan_deployment",
              Map.of(
                  "function_name", "orders-api",
                  "runtime", "python",
                  "subnet_ids", List.of("subnet-0aaa1111", "subnet-0bbb2222", "subnet-0ccc3333"),
                  "security_group_ids", List.of("sg-0123456789abcdef0"),
                  "publish_mode", "numbered_versions"));
      List<?> steps = (List<?>) plan.get("steps");
      assertTrue(steps.size() >= 13);
      for (Object step : steps) {
        assertNotEquals("denied", ((Map<?, ?>) step).get("decision"), String.valueOf(step));
      }
      assertNotNull(plan.get("sam_template"));
      McpSchema.CallToolResult bad =
          client.callTool(
              new McpSchema.CallToolRequest(
                  "plan_deployment",
                  Map.of(
                      "function_name",
                      "f",
                      "runtime",
                      "python3.11",
                      "subnet_ids",
                      List.of("subnet-1"),
                      "security_group_ids",
                      List.of("sg-1"))));
      assertEquals(true, bad.isError());
      assertTrue(
          String.valueOf(bad.content()).contains("python3.13+"), String.valueOf(bad.content()));
    }
  }
}
