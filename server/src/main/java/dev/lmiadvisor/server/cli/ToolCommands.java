package dev.lmiadvisor.server.cli;

import dev.lmiadvisor.server.LmiAdvisor;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds the tool subcommands of {@code lmi-advisor} from the tools' input schemas: every field of
 * the schema is an option named after it in kebab-case ({@code avg_duration_ms} is {@code
 * --avg-duration-ms}), typed, described and marked required as the schema says, with the short
 * names of {@link ToolCommandSpec#aliases()} beside it. A field added to a tool is on the command
 * line without a change here, and the command line can take nothing the tool does not.
 */
public final class ToolCommands {

  private ToolCommands() {}

  /** Adds one subcommand per {@link ToolCommandSpec} whose tool the inventory has. */
  public static void addTo(CommandLine root, LmiAdvisor advisor, Inventory schemas) {
    for (ToolCommandSpec command : ToolCommandSpec.all()) {
      if (schemas.tool(command.tool()).isEmpty()) {
        continue;
      }
      ToolRun run = new ToolRun(advisor, command);
      CommandSpec spec = CommandSpec.wrapWithoutInspection(run);
      spec.name(command.name()).mixinStandardHelpOptions(true);
      spec.usageMessage().description(command.summary()).sortOptions(false);
      List<ToolDefinition> tools = new ArrayList<>();
      tools.add(schemas.tool(command.tool()).orElseThrow());
      command.withoutWords().flatMap(schemas::tool).ifPresent(tools::add);
      Map<String, Map<?, ?>> fields = fields(tools);
      command.words().ifPresent(words -> spec.addPositional(words(command, fields.get(words))));
      fields.forEach(
          (field, property) -> {
            if (command.words().filter(field::equals).isEmpty()) {
              spec.addOption(option(command, field, property, required(tools.getFirst(), field)));
            }
          });
      command
          .flags()
          .forEach(
              (name, flag) ->
                  spec.addOption(
                      OptionSpec.builder(name)
                          .arity("0")
                          .type(boolean.class)
                          .description(flag.description())
                          .build()));
      if (command.chart()) {
        spec.addOption(
            OptionSpec.builder(ToolRun.CHART_OPTION)
                .type(java.nio.file.Path.class)
                .paramLabel("FILE")
                .description(
                    "Write the break-even chart to FILE: SVG for a name ending in .svg, PNG for"
                        + " .png.")
                .build());
      }
      spec.addOption(
          OptionSpec.builder("--json")
              .arity("0")
              .type(boolean.class)
              .description("Print the tool's structured result as JSON.")
              .build());
      run.attach(spec, fields.keySet());
      root.addSubcommand(command.name(), new CommandLine(spec));
    }
  }

  /** The option name of a field: {@code avg_duration_ms} is {@code --avg-duration-ms}. */
  static String optionName(String field) {
    return "--" + field.replace('_', '-');
  }

  private static Map<String, Map<?, ?>> fields(List<ToolDefinition> tools) {
    Map<String, Map<?, ?>> fields = new LinkedHashMap<>();
    for (ToolDefinition tool : tools) {
      if (tool.inputSchema().get("properties") instanceof Map<?, ?> properties) {
        properties.forEach(
            (name, property) -> fields.putIfAbsent(String.valueOf(name), (Map<?, ?>) property));
      }
    }
    return fields;
  }

  private static boolean required(ToolDefinition tool, String field) {
    return tool.inputSchema().get("required") instanceof List<?> required
        && required.contains(field);
  }

  private static PositionalParamSpec words(ToolCommandSpec command, Map<?, ?> property) {
    boolean single = command.withoutWords().isPresent();
    return PositionalParamSpec.builder()
        .index("0..*")
        .arity(single ? "0..1" : "1..*")
        .type(String[].class)
        .paramLabel(command.words().orElseThrow().toUpperCase(Locale.ROOT))
        .description(help(property))
        .build();
  }

  private static OptionSpec option(
      ToolCommandSpec command, String field, Map<?, ?> property, boolean required) {
    List<String> names = new ArrayList<>();
    names.add(optionName(field));
    names.addAll(command.aliases().getOrDefault(field, List.of()));
    OptionSpec.Builder option =
        OptionSpec.builder(names.toArray(String[]::new))
            .description(help(property))
            .required(required)
            .paramLabel("<" + field.replace('_', '-') + ">");
    switch (String.valueOf(property.get("type"))) {
      case "integer" -> option.type(Long.class);
      case "number" -> option.type(Double.class);
      case "boolean" -> option.type(Boolean.class).arity("0..1").paramLabel("true|false");
      case "array" -> option.type(String[].class).splitRegex(",");
      default -> option.type(String.class);
    }
    if (property.get("enum") instanceof List<?> values) {
      option.completionCandidates(values.stream().map(String::valueOf).toList());
    }
    return option.build();
  }

  /** The schema's description, with the allowed values and the default when it does not say. */
  private static String help(Map<?, ?> property) {
    StringBuilder help = new StringBuilder(String.valueOf(property.get("description")));
    if (property.get("enum") instanceof List<?> values
        && values.stream().anyMatch(v -> !help.toString().contains(String.valueOf(v)))) {
      help.append(" One of: ")
          .append(String.join(", ", values.stream().map(String::valueOf).toList()))
          .append('.');
    }
    if (property.containsKey("default")
        && !help.toString().toLowerCase(Locale.ROOT).contains("default")) {
      help.append(" Default: ").append(property.get("default")).append('.');
    }
    return help.toString().replace("%", "%%");
  }
}
