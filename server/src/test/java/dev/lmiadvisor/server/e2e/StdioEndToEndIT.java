package dev.lmiadvisor.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.server.mcp.Json;
import dev.lmiadvisor.server.output.ToolJson;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The suite over stdio, the way Claude Code, Cursor and the others start the server. */
class StdioEndToEndIT extends McpEndToEndSuite {

  @Override
  protected McpSyncClient connect(Map<String, String> environment) {
    List<String> command = ServerProcess.command();
    var parameters =
        ServerParameters.builder(command.get(0))
            .args(command.subList(1, command.size()))
            .env(environment)
            .build();
    var transport = new StdioClientTransport(parameters, Json.MCP);
    transport.setStdErrorHandler(line -> {});
    return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
  }

  /** Every line the server writes to stdout is a JSON-RPC message, even while it logs. */
  @Test
  void stdout_carriesOnlyProtocolMessages() throws Exception {
    Process process = new ProcessBuilder(ServerProcess.command()).start();
    try (OutputStream in = process.getOutputStream()) {
      String messages =
          """
          {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"probe","version":"1"}}}
          {"jsonrpc":"2.0","method":"notifications/initialized"}
          {"jsonrpc":"2.0","id":2,"method":"tools/list"}
          {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"answer_question","arguments":{"question":"What does LMI cost?"}}}
          {"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"no_such_tool","arguments":{}}}
          """;
      in.write(messages.getBytes(StandardCharsets.UTF_8));
      in.flush();
      List<String> lines = new ArrayList<>();
      try (var out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        while (lines.size() < 4) {
          String line = out.readLine();
          if (line == null) {
            break;
          }
          lines.add(line);
        }
      }
      assertEquals(4, lines.size(), "four replies: " + lines);
      for (String line : lines) {
        var message = ToolJson.OUTPUT.readTree(line);
        assertEquals("2.0", message.get("jsonrpc").asText(), line);
      }
      assertTrue(
          lines.stream().anyMatch(l -> l.contains("\"id\":4") && l.contains("\"error\"")),
          "an unknown tool is a JSON-RPC protocol error");
    } finally {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
