package dev.lmiadvisor.slack.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Any other tool's output: its scalar fields as a table, short lists inline, and the tool's own
 * text. New tools on the server are usable from Slack before they get a layout of their own.
 */
public final class GenericReply {

  private static final int MAX_LIST_ITEMS = 5;

  private GenericReply() {}

  public static void render(String title, Output output, String text, MessageBuilder message) {
    message.header(title);
    Map<String, String> table = new LinkedHashMap<>();
    output
        .fields()
        .forEach(
            (name, value) -> {
              if (table.size() >= 2 * Mrkdwn.FIELDS_PER_SECTION) {
                return;
              }
              switch (value) {
                case Map<?, ?> ignored -> {}
                case List<?> list when list.stream().allMatch(GenericReply::scalar) ->
                    table.put(
                        Output.label(name),
                        Mrkdwn.escape(
                            Output.format(list.stream().limit(MAX_LIST_ITEMS).toList())
                                + (list.size() > MAX_LIST_ITEMS
                                    ? " … (%d in all)".formatted(list.size())
                                    : "")));
                case List<?> list -> table.put(Output.label(name), list.size() + " items");
                default -> table.put(Output.label(name), Mrkdwn.escape(Output.format(value)));
              }
            });
    if (!table.isEmpty()) {
      message.fields(table);
    }
    if (text != null && !text.isBlank()) {
      message.section(Mrkdwn.fromMarkdown(Mrkdwn.truncate(text, 2 * Mrkdwn.SECTION_TEXT_LIMIT)));
    }
  }

  private static boolean scalar(Object value) {
    return !(value instanceof Map<?, ?>) && !(value instanceof List<?>);
  }
}
