package dev.lmiadvisor.server.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Jackson's first read of a JSON-RPC request and first write of a tool list cost about a hundred
 * milliseconds of reflection (annotation proxies and method handles that the AOT cache cannot
 * hold). A client sends {@code initialize} and {@code tools/list} the moment the process starts, so
 * this runs that first use on a second core while the main thread builds the server.
 */
public final class ProtocolWarmUp {

  private static final String REQUEST =
      """
      {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18",\
      "capabilities":{"elicitation":{}},"clientInfo":{"name":"warm-up","version":"1"}}}""";

  private ProtocolWarmUp() {}

  public static Thread start() {
    return Thread.ofPlatform().daemon().name("protocol-warm-up").start(ProtocolWarmUp::run);
  }

  private static void run() {
    try {
      McpSchema.JSONRPCMessage message = McpSchema.deserializeJsonRpcMessage(Json.MCP, REQUEST);
      McpSchema.Tool tool =
          McpSchema.Tool.builder()
              .name("warm_up")
              .title("Warm-up")
              .description("Never served.")
              .inputSchema(Map.of("type", "object", "properties", Map.of()))
              .outputSchema(Map.of("type", "object"))
              .annotations(new McpSchema.ToolAnnotations("t", true, false, true, false, null))
              .build();
      Json.MCP.writeValueAsString(
          new McpSchema.JSONRPCResponse(
              McpSchema.JSONRPC_VERSION,
              0,
              new McpSchema.ListToolsResult(List.of(tool), null),
              null));
      Json.MCP.writeValueAsString(message);
    } catch (Exception | LinkageError e) {
      // Only speed is lost: the first real request pays for it instead.
      LoggerFactory.getLogger(ProtocolWarmUp.class).debug("protocol warm-up failed", e);
    }
  }
}
