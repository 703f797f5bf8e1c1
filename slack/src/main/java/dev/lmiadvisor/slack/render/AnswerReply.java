package dev.lmiadvisor.slack.render;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code answer_question} in Slack: the routed reference named in words, its first passage (or the
 * composed reply written from the passages), the facts that must be mentioned, and a button for the
 * rest.
 */
public final class AnswerReply {

  /** A long section is cut after this many Slack sections; the pointer below leads to the rest. */
  static final int SECTIONS_PER_PASSAGE = 2;

  private AnswerReply() {}

  /** The action of the button that shows the passages after the first. */
  public static final String MORE_ACTION = "lmi_more_passages";

  /** Slack keeps at most 2000 characters in a button's value. */
  static final int BUTTON_VALUE_LIMIT = 2000;

  /**
   * The short answer: where it comes from, the first passage (the one that carries the answer), the
   * facts to mention, and a button for the other passages, so that a channel is not filled with a
   * whole section.
   */
  public static void render(
      AnswerView answer, Optional<String> composed, String question, MessageBuilder message) {
    if (!answer.onTopic()) {
      message.section(Mrkdwn.escape(answer.message()));
      return;
    }
    message.header(answer.title());
    message.context(
        "From the reference _%s_ (`%s`) · routing confidence %s"
            .formatted(
                Mrkdwn.escape(answer.title()),
                answer.reference(),
                String.format(Locale.ROOT, "%.0f%%", answer.confidence() * 100)));
    if (composed.isPresent()) {
      message.section(Mrkdwn.fromMarkdown(composed.get()));
      message.context(
          "Written by the configured language model from the passages of _%s_ only."
              .formatted(Mrkdwn.escape(answer.title())));
    } else {
      answer.passages().stream().limit(1).forEach(p -> passage(p, message));
    }
    suggestedCalls(answer, message);
    mustMention(answer, message);
    int more = answer.passages().size() - 1;
    if (composed.isEmpty() && more > 0 && question.length() <= BUTTON_VALUE_LIMIT) {
      message.add(
          ActionsBlock.builder()
              .blockId("lmi_answer_more")
              .elements(
                  List.of(
                      ButtonElement.builder()
                          .actionId(MORE_ACTION)
                          .text(
                              PlainTextObject.builder()
                                  .text(
                                      more == 1
                                          ? "Show 1 more passage"
                                          : "Show " + more + " more passages")
                                  .build())
                          .value(question)
                          .build()))
              .build());
    }
  }

  /** The passages after the first, for the person who pressed the button. */
  public static void renderRest(AnswerView answer, MessageBuilder message) {
    message.context(
        "More from the reference _%s_ (`%s`)"
            .formatted(Mrkdwn.escape(answer.title()), answer.reference()));
    answer.passages().stream().skip(1).forEach(p -> passage(p, message));
  }

  private static void passage(AnswerView.Passage passage, MessageBuilder message) {
    List<String> pieces =
        Mrkdwn.chunks(
            "*" + Mrkdwn.escape(passage.heading()) + "*\n" + Mrkdwn.fromMarkdown(passage.text()),
            Mrkdwn.SECTION_TEXT_LIMIT);
    pieces.stream().limit(SECTIONS_PER_PASSAGE).forEach(message::section);
    if (pieces.size() > SECTIONS_PER_PASSAGE) {
      message.context(
          "_This section continues in the reference; `/lmi ask` a narrower question for the rest._");
    }
  }

  /** The question's own numbers go to a calculator, never to another workload's worked example. */
  private static void suggestedCalls(AnswerView answer, MessageBuilder message) {
    if (!answer.suggestedCalls().isEmpty()) {
      message.section(
          "*For your numbers*\n"
              + answer.suggestedCalls().stream()
                  .map(c -> "• `" + c.tool() + "` " + Mrkdwn.escape(c.arguments()))
                  .collect(Collectors.joining("\n")));
    }
  }

  private static void mustMention(AnswerView answer, MessageBuilder message) {
    if (!answer.mustMention().isEmpty()) {
      message.divider();
      message.section(
          "*Always mention*\n"
              + answer.mustMention().stream()
                  .map(fact -> "• " + Mrkdwn.fromMarkdown(fact))
                  .collect(Collectors.joining("\n")));
    }
  }
}
