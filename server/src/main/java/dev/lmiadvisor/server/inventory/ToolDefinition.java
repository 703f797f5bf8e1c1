package dev.lmiadvisor.server.inventory;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything about one tool, in one place: name, description, schemas, annotations, toolset and
 * handler. The MCP server, the read-only filter, the README table and the schema snapshots all read
 * these definitions; there is no second list.
 */
public record ToolDefinition(
    String name,
    String title,
    String description,
    String toolset,
    Hints hints,
    Map<String, Object> inputSchema,
    Map<String, Object> outputSchema,
    ToolHandler handler) {

  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  public ToolDefinition {
    if (!SNAKE_CASE.matcher(name).matches() || name.length() > 64) {
      throw new IllegalArgumentException(
          "tool name must be snake_case, at most 64 characters: " + name);
    }
  }
}
