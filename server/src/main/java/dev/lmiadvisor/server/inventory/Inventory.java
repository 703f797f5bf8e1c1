package dev.lmiadvisor.server.inventory;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every tool, resource and prompt the server offers (built once by {@code tools.Toolsets}).
 * Transports, the command line, Slack, the README table and the snapshot tests all read this
 * inventory; it knows no tool itself.
 */
public record Inventory(
    List<ToolDefinition> tools,
    List<ResourceDefinition> resources,
    List<PromptDefinition> prompts) {

  public Inventory {
    tools = List.copyOf(tools);
    resources = List.copyOf(resources);
    prompts = List.copyOf(prompts);
    Set<String> names = new HashSet<>();
    for (ToolDefinition tool : tools) {
      if (!names.add(tool.name())) {
        throw new IllegalStateException("tool registered twice: " + tool.name());
      }
    }
  }

  /** Only the tools whose annotations say they change nothing. */
  public Inventory readOnly() {
    return new Inventory(
        tools.stream().filter(t -> t.hints().readOnly()).toList(), resources, prompts);
  }

  /** Only the tools of the named toolsets. */
  public Inventory toolsets(Set<String> toolsets) {
    return new Inventory(
        tools.stream().filter(t -> toolsets.contains(t.toolset())).toList(), resources, prompts);
  }

  public Optional<ToolDefinition> tool(String name) {
    return tools.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
