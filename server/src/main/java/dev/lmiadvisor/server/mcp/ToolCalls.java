package dev.lmiadvisor.server.mcp;

import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.inventory.ToolRequest;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a tool handler and turns what happened into a {@code CallToolResult}, keeping the three
 * error tiers apart (SPEC "Errors"):
 *
 * <ul>
 *   <li>input the caller can fix ({@link IllegalArgumentException}) becomes an {@code isError}
 *       result carrying the handler's message, which says what to change;
 *   <li>anything else is a fault of ours: it is logged in full with a correlation id, and the
 *       client gets only that id. The SDK would otherwise send the raw exception text.
 * </ul>
 *
 * Protocol errors (unknown tool, malformed JSON-RPC) never get here; the SDK answers them.
 */
public final class ToolCalls {

  private static final Logger log = LoggerFactory.getLogger(ToolCalls.class);

  private ToolCalls() {}

  public static McpSchema.CallToolResult call(
      ToolDefinition tool, Map<String, Object> arguments, Caller caller) {
    ToolOutcome outcome;
    try {
      outcome = tool.handler().handle(new ToolRequest(arguments, caller));
    } catch (IllegalArgumentException e) {
      return userError(e.getMessage());
    } catch (RuntimeException | Error e) {
      return internalFault(tool.name(), e);
    }
    try {
      return McpSchema.CallToolResult.builder()
          .structuredContent(Json.toMap(outcome.structured()))
          .addTextContent(outcome.text())
          .isError(false)
          .build();
    } catch (RuntimeException e) {
      return internalFault(tool.name(), e);
    }
  }

  public static McpSchema.Tool describe(ToolDefinition tool) {
    return McpSchema.Tool.builder()
        .name(tool.name())
        .title(tool.title())
        .description(tool.description())
        .inputSchema(tool.inputSchema())
        .outputSchema(tool.outputSchema())
        .annotations(
            new McpSchema.ToolAnnotations(
                tool.title(),
                tool.hints().readOnly(),
                tool.hints().destructive(),
                tool.hints().idempotent(),
                tool.hints().openWorld(),
                null))
        .build();
  }

  static McpSchema.CallToolResult userError(String message) {
    return McpSchema.CallToolResult.builder().addTextContent(message).isError(true).build();
  }

  static McpSchema.CallToolResult internalFault(String tool, Throwable fault) {
    String correlationId = UUID.randomUUID().toString();
    log.error("internal fault in tool {} [correlation id {}]", tool, correlationId, fault);
    return McpSchema.CallToolResult.builder()
        .addTextContent(
            "internal error while running %s; nothing was changed by the failed step. Report correlation id %s (the details are in the server log)."
                .formatted(tool, correlationId))
        .isError(true)
        .meta(Map.of("correlation_id", correlationId))
        .build();
  }
}
