package dev.lmiadvisor.server.tools.knowledge;

import static dev.lmiadvisor.server.inventory.Schema.integer;
import static dev.lmiadvisor.server.inventory.Schema.object;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.lmiadvisor.knowledge.Answer;
import dev.lmiadvisor.knowledge.KnowledgeService;
import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.SuggestedCall;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.OutputSchema;
import dev.lmiadvisor.server.output.ToolJson;
import java.util.List;
import java.util.stream.Collectors;

/** answer_question: the passages of the one reference a question routes to, and what to mention. */
public final class AnswerQuestion {

  public static final String NAME = "answer_question";

  /**
   * The answer as the knowledge module gives it; the route's reference, question language and
   * confidence are lifted to the top, where clients have always read them.
   */
  @JsonPropertyOrder({"reference", "question_language", "confidence", "on_topic", "resource_uri"})
  public record Output(@JsonUnwrapped @JsonIgnoreProperties("route") Answer answer) {
    @JsonProperty
    ReferenceId reference() {
      return answer.route().reference();
    }

    @JsonProperty
    Language questionLanguage() {
      return answer.route().language();
    }

    @JsonProperty
    double confidence() {
      return answer.route().confidence();
    }

    @JsonProperty
    boolean onTopic() {
      return answer.route().onTopic();
    }

    @JsonProperty
    String resourceUri() {
      return answer.route().reference().resourceUri();
    }
  }

  private AnswerQuestion() {}

  public static ToolDefinition definition(Services services) {
    return new ToolDefinition(
        NAME,
        "Answer an LMI question from one reference",
        "Answers a question about AWS Lambda Managed Instances with the most relevant passages of"
            + " the one reference it routes to (never mixing references), in the question's language"
            + " where the reference is written in it (English or Chinese; Vietnamese questions get"
            + " English text): the first passage carries the answer. Also returns the facts the reply"
            + " must mention, calculator calls built from the numbers in the question"
            + " (suggested_calls), and sources or corrections when they apply. A question that is not"
            + " about LMI or Lambda gets on_topic false and no passages.",
        KnowledgeInputs.TOOLSET,
        Hints.LOCAL_READ,
        object("")
            .required("question", KnowledgeInputs.question())
            .optional(
                "max_passages",
                integer("How many passages to return, 1 to 10.")
                    .min(1)
                    .max(KnowledgeService.MAX_PASSAGES)
                    .defaultValue(KnowledgeService.DEFAULT_PASSAGES))
            .closed()
            .toMap(),
        OutputSchema.of(NAME, Output.class).nullable("message").toMap(),
        request -> {
          int max = request.optionalInt("max_passages").orElse(KnowledgeService.DEFAULT_PASSAGES);
          Answer answer = services.knowledge().answer(request.string("question"), max);
          return new ToolOutcome(new Output(answer), text(answer));
        });
  }

  /** The answer for people and for clients that ignore structured content. */
  public static String text(Answer answer) {
    if (!answer.route().onTopic()) {
      return answer.message() + "\n";
    }
    StringBuilder text = new StringBuilder();
    text.append("From ")
        .append(answer.title())
        .append(" (")
        .append(answer.route().reference().resourceUri())
        .append(")\n\n");
    for (SuggestedCall call : answer.suggestedCalls()) {
      text.append("For the numbers in the question, call ")
          .append(call.tool())
          .append(' ')
          .append(ToolJson.compact(call.arguments()));
      if (!call.missing().isEmpty()) {
        text.append(" (also needs ").append(String.join(", ", call.missing())).append(')');
      }
      text.append(".\n");
    }
    if (!answer.suggestedCalls().isEmpty()) {
      text.append('\n');
    }
    answer
        .passages()
        .forEach(
            p ->
                text.append("## ")
                    .append(p.heading())
                    .append("\n\n")
                    .append(p.text())
                    .append("\n\n"));
    list(text, "Corrections that apply:", answer.corrections());
    list(text, "Sources:", answer.sources());
    list(text, "Always mention:", answer.mustMention());
    return text.toString();
  }

  private static void list(StringBuilder text, String title, List<String> items) {
    if (!items.isEmpty()) {
      text.append(title)
          .append('\n')
          .append(items.stream().map(m -> "- " + m).collect(Collectors.joining("\n")))
          .append("\n\n");
    }
  }
}
