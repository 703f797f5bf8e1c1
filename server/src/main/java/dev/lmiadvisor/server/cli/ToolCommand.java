package dev.lmiadvisor.server.cli;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.server.LmiAdvisor;
import dev.lmiadvisor.server.call.ToolInvoker;
import dev.lmiadvisor.server.call.ToolResult;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.output.ToolJson;
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
    ToolDefinition definition =
        parent
            .inventory()
            .tool(tool)
            .orElseThrow(() -> new IllegalStateException(tool + " is not in the inventory"));
    return switch (ToolInvoker.invoke(definition, arguments, Caller.commandLine())) {
      case ToolResult.Ok ok -> {
        out.println(json ? ToolJson.pretty(ok.structured()) : ok.text());
        out.flush();
        yield 0;
      }
      case ToolResult.UserError error -> throw new UserInputException(error.message());
      case ToolResult.Fault fault -> throw new IllegalStateException(fault.message());
    };
  }
}
