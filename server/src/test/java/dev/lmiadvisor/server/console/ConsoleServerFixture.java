package dev.lmiadvisor.server.console;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.awsstub.AwsStub;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.approvals.WebApprovals;
import dev.lmiadvisor.server.http.HttpMcpServer;
import dev.lmiadvisor.server.http.HttpOptions;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.tools.Toolsets;
import dev.lmiadvisor.server.tools.sandbox.QueryAuditLog;
import dev.lmiadvisor.server.tools.sandbox.RunAwsCli;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import dev.lmiadvisor.tools.sandbox.SandboxSettings;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A server with the web console and web approvals on, the real sandbox with execution allowed and
 * static credentials, and a loopback AWS endpoint; a real MCP client without elicitation.
 */
abstract class ConsoleServerFixture {

  static final String TOKEN = "console-test-token-0123456789";
  static final String APPROVER_TOKEN = "console-approver-token-9876543210";
  static final Services SERVICES = new Services();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  protected AwsStub aws;
  protected SandboxService sandbox;
  protected HttpMcpServer server;
  protected WebApprovals approvals;
  protected final MovableClock clock = new MovableClock();
  protected final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /** A clock a test moves forward, for expiries. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-12-01T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  protected void start(Optional<String> approverToken) throws Exception {
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
    approvals = new WebApprovals(() -> sandbox, Duration.ofMinutes(10), clock);
    List<ToolDefinition> tools = new ArrayList<>(Toolsets.inventory(SERVICES).tools());
    tools.removeIf(t -> t.name().equals("run_aws_cli") || t.name().equals("query_audit_log"));
    tools.add(RunAwsCli.definition(() -> sandbox, () -> Optional.of(approvals)));
    tools.add(QueryAuditLog.definition(() -> sandbox));
    Inventory inventory = new Inventory(tools, List.of(), List.of());
    ConsoleSettings console =
        new ConsoleSettings(
            Optional.of(TOKEN),
            approverToken,
            true,
            approvals.expiry(),
            Optional.empty(),
            ConsoleSettings.SESSION_TIMEOUT);
    server =
        HttpMcpServer.start(
            new HttpOptions("127.0.0.1", 0, false, Optional.of(TOKEN), List.of()),
            inventory,
            Optional.of(
                new HttpMcpServer.ConsoleParts(console, () -> sandbox, Optional.of(approvals))));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
      sandbox.close();
      aws.close();
    }
  }

  protected URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  protected McpSyncClient mcpClient() {
    var transport =
        HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + server.port())
            .endpoint("/mcp")
            .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + TOKEN))
            .build();
    McpSyncClient client =
        McpClient.sync(transport)
            .clientInfo(new McpSchema.Implementation("no-elicitation-client", "1.0"))
            .requestTimeout(Duration.ofSeconds(60))
            .build();
    client.initialize();
    return client;
  }

  @SuppressWarnings("unchecked")
  protected static Map<String, Object> call(McpSyncClient client, Map<String, Object> arguments) {
    McpSchema.CallToolResult result =
        client.callTool(new McpSchema.CallToolRequest("run_aws_cli", arguments));
    assertFalse(Boolean.TRUE.equals(result.isError()), () -> String.valueOf(result.content()));
    return (Map<String, Object>) result.structuredContent();
  }

  protected String createProvider(String name) {
    return "aws lambda create-capacity-provider --endpoint-url "
        + aws.url()
        + " --capacity-provider-name "
        + name
        + " --vpc-config SubnetIds=subnet-a,subnet-b,subnet-c,SecurityGroupIds=sg-1"
        + " --permissions-config CapacityProviderOperatorRoleArn=arn:aws:iam::111122223333:role/orders-cp-operator";
  }
}
