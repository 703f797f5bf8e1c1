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
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.OutputSchema;
import java.util.stream.Collectors;

/** answer_question: the passages of the one reference a question routes to, and what to mention. */
public final class AnswerQuestion {

  public static final String NAME = "answer_question";

  /**
   * The answer as the knowledge module gives it; the route's reference, question language and
   * confidence are lifted to the top, where clients have always read them.
   */
  @JsonPropertyOrder({"reference", "question_language", "confidence", "resource_uri"})
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
            + " English text), plus the facts that must be mentioned in the reply.",
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
        OutputSchema.of(NAME, Output.class).toMap(),
        request -> {
          int max = request.optionalInt("max_passages").orElse(KnowledgeService.DEFAULT_PASSAGES);
          Answer answer = services.knowledge().answer(request.string("question"), max);
          return new ToolOutcome(new Output(answer), text(answer));
        });
  }

  /** The answer for people and for clients that ignore structured content. */
  public static String text(Answer answer) {
    StringBuilder text = new StringBuilder();
    text.append("From ")
        .append(answer.title())
        .append(" (")
        .append(answer.route().reference().resourceUri())
        .append(")\n\n");
    answer
        .passages()
        .forEach(
            p ->
                text.append("## ")
                    .append(p.heading())
                    .append("\n\n")
                    .append(p.text())
                    .append("\n\n"));
    if (!answer.mustMention().isEmpty()) {
      text.append("Always mention:\n")
          .append(
              answer.mustMention().stream().map(m -> "- " + m).collect(Collectors.joining("\n")))
          .append('\n');
    }
    return text.toString();
  }
}
