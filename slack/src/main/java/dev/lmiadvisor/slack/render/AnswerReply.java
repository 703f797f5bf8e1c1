package dev.lmiadvisor.slack.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code answer_question} in Slack: the routed reference's title, its passages (or the composed
 * reply written from them), the facts that must be mentioned, and a pointer to the full reference.
 */
public final class AnswerReply {

  /** A long section is cut after this many Slack sections; the pointer below leads to the rest. */
  static final int SECTIONS_PER_PASSAGE = 2;

  private AnswerReply() {}

  public static void render(AnswerView answer, Optional<String> composed, MessageBuilder message) {
    message.header(answer.title());
    message.context(
        "From the reference `%s` · routing confidence %s"
            .formatted(
                answer.reference(),
                String.format(Locale.ROOT, "%.0f%%", answer.confidence() * 100)));
    if (composed.isPresent()) {
      message.section(Mrkdwn.fromMarkdown(composed.get()));
      message.context(
          "Written by the configured language model from the passages of _%s_ only."
              .formatted(Mrkdwn.escape(answer.title())));
    } else {
      for (AnswerView.Passage passage : answer.passages()) {
        List<String> pieces =
            Mrkdwn.chunks(
                "*"
                    + Mrkdwn.escape(passage.heading())
                    + "*\n"
                    + Mrkdwn.fromMarkdown(passage.text()),
                Mrkdwn.SECTION_TEXT_LIMIT);
        pieces.stream().limit(SECTIONS_PER_PASSAGE).forEach(message::section);
        if (pieces.size() > SECTIONS_PER_PASSAGE) {
          message.context("_This section continues in the full reference._");
        }
      }
    }
    if (!answer.mustMention().isEmpty()) {
      message.divider();
      message.section(
          "*Always mention*\n"
              + answer.mustMention().stream()
                  .map(fact -> "• " + Mrkdwn.fromMarkdown(fact))
                  .collect(Collectors.joining("\n")));
    }
    message.context(
        "Full reference: `%s` (MCP resource; or `/lmi ask` a narrower question)"
            .formatted(answer.resourceUri()));
  }
}
