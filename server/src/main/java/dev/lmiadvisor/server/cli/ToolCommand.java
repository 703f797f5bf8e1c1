package dev.lmiadvisor.server.cli;

import dev.lmiadvisor.server.LmiAdvisor;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.inventory.ToolRequest;
import dev.lmiadvisor.server.mcp.Json;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs one tool of the inventory from the command line: the same handler, validation and output as
 * over MCP, printed as the readable text or, with {@code --json}, as the structured result.
 */
final class ToolCommand {

  private final Map<String, Object> arguments = new LinkedHashMap<>();

  /** Adds an argument the person gave; options left out stay out. */
  ToolCommand put(String name, Object value) {
    if (value != null) {
      arguments.put(name, value);
    }
    return this;
  }

  int run(LmiAdvisor parent, String tool, boolean json, PrintWriter out) {
    ToolOutcome outcome =
        parent
            .inventory()
            .tool(tool)
            .orElseThrow(() -> new IllegalStateException(tool + " is not in the inventory"))
            .handler()
            .handle(new ToolRequest(arguments, Caller.commandLine()));
    out.println(json ? Json.pretty(outcome.structured()) : outcome.text());
    out.flush();
    return 0;
  }
}
