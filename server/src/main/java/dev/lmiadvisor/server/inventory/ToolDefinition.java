package dev.lmiadvisor.server.inventory;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything about one tool, in one place: name, description, schemas, annotations, toolset and
 * handler. The MCP server, the read-only filter, the README table and the schema snapshots all read
 * these definitions; there is no second list.
 *
 * @param refusals records calls that the input check refused before the handler ran, for a tool
 *     whose every attempt is audited; empty for the others
 */
public record ToolDefinition(
    String name,
    String title,
    String description,
    String toolset,
    Hints hints,
    Map<String, Object> inputSchema,
    Map<String, Object> outputSchema,
    ToolHandler handler,
    Optional<RefusalRecorder> refusals) {

  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  public ToolDefinition {
    if (!SNAKE_CASE.matcher(name).matches() || name.length() > 64) {
      throw new IllegalArgumentException(
          "tool name must be snake_case, at most 64 characters: " + name);
    }
  }

  /** A tool that keeps no record of refused calls. */
  public ToolDefinition(
      String name,
      String title,
      String description,
      String toolset,
      Hints hints,
      Map<String, Object> inputSchema,
      Map<String, Object> outputSchema,
      ToolHandler handler) {
    this(
        name,
        title,
        description,
        toolset,
        hints,
        inputSchema,
        outputSchema,
        handler,
        Optional.empty());
  }

  /** The same tool, putting the calls its input check refuses on record. */
  public ToolDefinition recordingRefusals(RefusalRecorder recorder) {
    return new ToolDefinition(
        name,
        title,
        description,
        toolset,
        hints,
        inputSchema,
        outputSchema,
        handler,
        Optional.of(recorder));
  }
}
