package dev.lmiadvisor.server.mcp;

import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;

/** Asks the person behind an MCP client to confirm an action, through MCP elicitation. */
final class Elicitation {

  private Elicitation() {}

  /** True only when the person accepted and ticked the confirmation box. */
  static boolean confirm(McpSyncServerExchange exchange, String question) {
    Map<String, Object> schema =
        Map.of(
            "type", "object",
            "properties",
                Map.of(
                    "confirm",
                    Map.of(
                        "type", "boolean", "title", "Run it", "description", "Tick to confirm.")),
            "required", List.of("confirm"));
    McpSchema.ElicitResult result =
        exchange.createElicitation(McpSchema.ElicitRequest.builder(question, schema).build());
    return result != null
        && result.action() == McpSchema.ElicitResult.Action.ACCEPT
        && result.content() != null
        && Boolean.TRUE.equals(result.content().get("confirm"));
  }
}
