package dev.lmiadvisor.slack.render;

import java.util.List;
import java.util.stream.Collectors;

/** A titled bullet list section, left out when the list is empty. */
final class Lists {

  private Lists() {}

  static void bullets(String title, List<String> items, MessageBuilder message) {
    if (items.isEmpty()) {
      return;
    }
    message.section(
        "*"
            + title
            + "*\n"
            + items.stream()
                .map(item -> "• " + Mrkdwn.fromMarkdown(item))
                .collect(Collectors.joining("\n")));
  }
}
