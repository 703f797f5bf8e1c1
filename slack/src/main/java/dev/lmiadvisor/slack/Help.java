package dev.lmiadvisor.slack;

import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.slack.command.InputSchema;
import dev.lmiadvisor.slack.command.Subcommand;
import dev.lmiadvisor.slack.render.MessageBuilder;
import dev.lmiadvisor.slack.render.Mrkdwn;
import dev.lmiadvisor.slack.render.Reply;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /lmi help}: the subcommands this build offers, and for one subcommand the arguments its
 * tool takes, read from the tool's schema so that the help cannot drift from the server.
 */
final class Help {

  private Help() {}

  static Reply of(Inventory inventory, String topic) {
    if (!topic.isBlank()) {
      Optional<Subcommand> subcommand = Subcommand.of(topic.strip().split("\\s+")[0]);
      if (subcommand.isPresent() && subcommand.get().tool().isPresent()) {
        return subcommand(inventory, subcommand.get());
      }
    }
    StringBuilder text =
        new StringBuilder(
            "*LMI Advisor* answers questions about AWS Lambda Managed Instances from six curated,"
                + " sourced references, and sizes, prices and checks Regions.\n");
    for (Subcommand subcommand : Subcommand.values()) {
      if (subcommand == Subcommand.HELP) {
        continue;
      }
      boolean available = subcommand.tool().flatMap(inventory::tool).isPresent();
      text.append("\n• `")
          .append(Mrkdwn.escape(subcommand.usage()))
          .append("` — ")
          .append(subcommand.summary())
          .append(available ? "" : " _(not available in this build)_");
    }
    text.append(
        "\n\nMention @LMI Advisor with a question in a channel it is in: it answers in the thread."
            + "\n`/lmi help size` lists the arguments of one subcommand.");
    return Reply.privately(text.toString());
  }

  private static Reply subcommand(Inventory inventory, Subcommand subcommand) {
    String toolName = subcommand.tool().orElseThrow();
    Optional<ToolDefinition> tool = inventory.tool(toolName);
    if (tool.isEmpty()) {
      return Reply.privately(unavailable(subcommand));
    }
    MessageBuilder message =
        new MessageBuilder()
            .section("`%s`\n%s".formatted(Mrkdwn.escape(subcommand.usage()), subcommand.summary()));
    if (subcommand.words() == Subcommand.Words.ARGUMENTS) {
      message.section(
          "*Arguments* (`name=value`; enum values and the positional ones also work bare)\n"
              + arguments(tool.get().inputSchema()));
    }
    return new Reply(message.build(), subcommand.usage(), false);
  }

  private static String arguments(Map<String, Object> inputSchema) {
    InputSchema schema = InputSchema.of(inputSchema);
    return schema.properties().entrySet().stream()
        .map(
            e -> {
              List<String> values = InputSchema.enumValues(e.getValue());
              Object description = e.getValue().get("description");
              return "• `%s`%s%s%s"
                  .formatted(
                      e.getKey(),
                      schema.required().contains(e.getKey()) ? " (required)" : "",
                      values.isEmpty() ? "" : " — one of " + String.join(", ", values),
                      description == null ? "" : " — " + Mrkdwn.escape(description.toString()));
            })
        .collect(Collectors.joining("\n"));
  }

  static String unavailable(Subcommand subcommand) {
    return "`/lmi %s` is not available in this build: the server has no `%s` tool yet. `/lmi help` lists what works."
        .formatted(subcommand.word(), subcommand.tool().orElse("?"));
  }
}
