package dev.lmiadvisor.server.inventory;

import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.tools.KnowledgeTools;
import dev.lmiadvisor.server.tools.Prompts;
import dev.lmiadvisor.server.tools.ReferenceResources;
import dev.lmiadvisor.server.tools.RegionTools;
import dev.lmiadvisor.server.tools.ReviewTools;
import dev.lmiadvisor.server.tools.SandboxTools;
import dev.lmiadvisor.server.tools.SizingTools;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every tool, resource and prompt the server offers, registered here once. Transports, the command
 * line, the README table and the snapshot tests all read this inventory.
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

  public static Inventory create(Services services) {
    List<ToolDefinition> tools = new ArrayList<>();
    tools.addAll(KnowledgeTools.all(services));
    tools.addAll(RegionTools.all(services));
    tools.addAll(SizingTools.all(services));
    tools.addAll(SandboxTools.all(services::sandbox));
    tools.addAll(ReviewTools.all(services));
    List<ResourceDefinition> resources = new ArrayList<>();
    resources.addAll(ReferenceResources.all(services));
    resources.addAll(RegionTools.resources(services));
    resources.addAll(SizingTools.resources(services));
    return new Inventory(tools, resources, Prompts.all());
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
