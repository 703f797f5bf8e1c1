package dev.lmiadvisor.slack.compose;

import dev.lmiadvisor.slack.render.AnswerView;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.prompt.Prompt;

/**
 * The prompt that keeps a composed reply inside one reference: the model sees the routed
 * reference's passages and must-mention facts and nothing else, is told to answer from them only,
 * to carry every fact, and to name the reference. The reply is checked for that name afterwards.
 */
public final class GroundedPrompt {

  static final String RULES =
      """
      You answer questions about AWS Lambda Managed Instances (LMI) in a Slack channel.
      Use ONLY the passages given below, which all come from one reference. Do not add facts, \
      numbers, prices, limits or API names that are not in the passages. If the passages do not \
      answer the question, say so and suggest reading the full reference.
      Carry every fact listed under "Facts that must be mentioned".
      Name the reference (its title) in your reply.
      Write at most about 250 words of Markdown: short paragraphs or bullets, no tables.
      Answer in the language of the question.""";

  private GroundedPrompt() {}

  public static Prompt of(String question, AnswerView answer) {
    StringBuilder context = new StringBuilder();
    context
        .append("Reference: ")
        .append(answer.title())
        .append(" (id ")
        .append(answer.reference())
        .append(", ")
        .append(answer.resourceUri())
        .append(")\n\nPassages:\n");
    for (AnswerView.Passage passage : answer.passages()) {
      context
          .append("\n[")
          .append(passage.section())
          .append("] ")
          .append(passage.heading())
          .append("\n")
          .append(passage.text())
          .append("\n");
    }
    if (!answer.mustMention().isEmpty()) {
      context
          .append("\nFacts that must be mentioned:\n")
          .append(
              answer.mustMention().stream().map(f -> "- " + f).collect(Collectors.joining("\n")))
          .append("\n");
    }
    context.append("\nQuestion: ").append(question);
    return new Prompt(List.of(new SystemMessage(RULES), new UserMessage(context.toString())));
  }

  /**
   * The reply as written when it names the reference (by title or id); otherwise with a source line
   * added, so that a person always sees where the answer comes from.
   */
  public static String namingReference(String reply, AnswerView answer) {
    String lower = reply.toLowerCase(Locale.ROOT);
    if (lower.contains(answer.title().toLowerCase(Locale.ROOT))
        || lower.contains(answer.reference().toLowerCase(Locale.ROOT))) {
      return reply;
    }
    return reply.strip()
        + "\n\nSource: **"
        + answer.title()
        + "** (`"
        + answer.resourceUri()
        + "`)";
  }
}
