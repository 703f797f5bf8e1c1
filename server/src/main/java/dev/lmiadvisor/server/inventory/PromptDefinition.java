package dev.lmiadvisor.server.inventory;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One MCP prompt: a journey the assistant walks the person through, with its arguments. */
public record PromptDefinition(
    String name,
    String title,
    String description,
    List<Argument> arguments,
    Function<Map<String, String>, String> render) {

  public record Argument(String name, String description, boolean required) {}
}
