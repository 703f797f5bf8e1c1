package dev.lmiadvisor.server.mcp;

import dev.lmiadvisor.server.call.ToolInvoker;
import dev.lmiadvisor.server.call.ToolResult;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Base64;
import java.util.Map;

/**
 * A tool as MCP sees it: its description for {@code tools/list}, and a {@link ToolInvoker} result
 * as a {@code CallToolResult}. A user error is an {@code isError} result with its message; a fault
 * is an {@code isError} result with only the correlation id, also in {@code _meta}.
 */
public final class ToolCalls {

  private ToolCalls() {}

  public static McpSchema.CallToolResult call(
      ToolDefinition tool, Map<String, Object> arguments, Caller caller) {
    return switch (ToolInvoker.invoke(tool, arguments, caller)) {
      case ToolResult.Ok ok -> {
        McpSchema.CallToolResult.Builder result =
            McpSchema.CallToolResult.builder()
                .structuredContent(ok.structured())
                .addTextContent(ok.text());
        ok.images()
            .forEach(
                image ->
                    result.addContent(
                        new McpSchema.ImageContent(
                            null,
                            Base64.getEncoder().encodeToString(image.data()),
                            image.mimeType())));
        yield result.isError(false).build();
      }
      case ToolResult.UserError error ->
          McpSchema.CallToolResult.builder().addTextContent(error.message()).isError(true).build();
      case ToolResult.Fault fault ->
          McpSchema.CallToolResult.builder()
              .addTextContent(fault.message())
              .isError(true)
              .meta(Map.of("correlation_id", fault.correlationId()))
              .build();
    };
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
}
