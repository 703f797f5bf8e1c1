package dev.lmiadvisor.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.server.mcp.Json;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The suite over Streamable HTTP, plus what only HTTP has: Origin checks. */
class HttpEndToEndIT extends McpEndToEndSuite {

  static final String INITIALIZE =
      """
      {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"probe","version":"1"}}}
      """;

  /** The first server started: the one the Origin and bind tests probe. */
  private ServerProcess server;

  private final List<ServerProcess> started = new ArrayList<>();

  @Override
  protected McpSyncClient connect(Map<String, String> environment) throws Exception {
    ServerProcess process = ServerProcess.http(environment);
    started.add(process);
    if (server == null) {
      server = process;
    }
    var transport =
        HttpClientStreamableHttpTransport.builder(process.url())
            .endpoint("/mcp")
            .jsonMapper(Json.MCP)
            .build();
    return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
  }

  @Override
  protected void disconnect() {
    started.forEach(ServerProcess::close);
  }

  static HttpResponse<String> post(String url, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url + "/mcp"))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE));
    headers.forEach(request::header);
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void foreignOrigin_isRefused() throws Exception {
    HttpResponse<String> response = post(server.url(), Map.of("Origin", "https://evil.example"));
    assertEquals(403, response.statusCode(), response.body());
  }

  @Test
  void localOrigin_isServed() throws Exception {
    HttpResponse<String> response = post(server.url(), Map.of("Origin", "http://localhost:3000"));
    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void boundToLoopback_byDefault() throws Exception {
    String log = java.nio.file.Files.readString(server.stderr);
    assertTrue(log.contains("http://127.0.0.1:" + server.port + "/mcp"), log);
  }

  @Test
  void nonLoopbackBind_withoutToken_refusesToStart() throws Exception {
    Process process =
        new ProcessBuilder(ServerProcess.command("--http", "--host", "0.0.0.0", "--port", "0"))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertNotEquals(0, process.waitFor());
    assertTrue(output.contains("LMI_ADVISOR_TOKEN"), output);
  }

  @Test
  void nonLoopbackBind_requiresTheBearerToken() throws Exception {
    String token = "test-token-0123456789abcdef";
    try (ServerProcess open =
        ServerProcess.http(Map.of("LMI_ADVISOR_TOKEN", token), "--host", "0.0.0.0")) {
      assertEquals(401, post(open.url(), Map.of()).statusCode());
      assertEquals(
          401,
          post(open.url(), Map.of("Authorization", "Bearer wrong-token-0123456789")).statusCode());
      assertEquals(200, post(open.url(), Map.of("Authorization", "Bearer " + token)).statusCode());
    }
  }

  @Test
  void statelessMode_servesToolsWithoutSessions() throws Exception {
    try (ServerProcess stateless = ServerProcess.http(Map.of(), "--stateless")) {
      var transport =
          HttpClientStreamableHttpTransport.builder(stateless.url())
              .endpoint("/mcp")
              .jsonMapper(Json.MCP)
              .build();
      try (McpSyncClient statelessClient =
          McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build()) {
        statelessClient.initialize();
        var result =
            statelessClient.callTool(
                new io.modelcontextprotocol.spec.McpSchema.CallToolRequest(
                    "route_question", Map.of("question", "How do I size MaxVCpuCount?")));
        assertTrue(!Boolean.TRUE.equals(result.isError()), result.content().toString());
      }
    }
  }
}
