package dev.lmiadvisor.server.tools;

import static dev.lmiadvisor.server.inventory.Schema.arrayOf;
import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.integer;
import static dev.lmiadvisor.server.inventory.Schema.names;
import static dev.lmiadvisor.server.inventory.Schema.nullable;
import static dev.lmiadvisor.server.inventory.Schema.number;
import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import dev.lmiadvisor.knowledge.Answer;
import dev.lmiadvisor.knowledge.KnowledgeService;
import dev.lmiadvisor.knowledge.QuestionInput;
import dev.lmiadvisor.knowledge.Reference;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.Route;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.Schema;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import java.util.List;
import java.util.stream.Collectors;

/** route_question, answer_question and read_reference over the knowledge module. */
public final class KnowledgeTools {

  private static final String TOOLSET = "knowledge";

  // Schemas are mutable builders: each use gets a fresh one.
  private static Schema question() {
    return string("The question, in English, Simplified Chinese or Vietnamese.")
        .minLength(1)
        .maxLength(QuestionInput.MAX_LENGTH);
  }

  private static Schema referenceId() {
    return enumOf("One of the six reference ids.", names(ReferenceId.values()));
  }

  private static Schema language() {
    return enumOf("Language code.", "en", "zh", "vi");
  }

  private KnowledgeTools() {}

  public static List<ToolDefinition> all(Services services) {
    return List.of(routeQuestion(services), answerQuestion(services), readReference(services));
  }

  /** Output of route_question. */
  public record RouteResult(
      String reference,
      String title,
      double confidence,
      String language,
      RunnerUp runnerUp,
      String reason,
      List<String> matchedPhrases) {}

  public record RunnerUp(String reference, double confidence) {}

  static ToolDefinition routeQuestion(Services services) {
    return new ToolDefinition(
        "route_question",
        "Route an LMI question",
        "Tells which one of the six LMI references (cost-comparison, configuration-guide,"
            + " thread-safety, migration-patterns, infrastructure-setup, troubleshooting) answers a"
            + " question, with a confidence, the runner-up and the reason. Works in English, Chinese"
            + " and Vietnamese. Use answer_question to get the passages themselves.",
        TOOLSET,
        Hints.LOCAL_READ,
        object("").required("question", question()).closed().toMap(),
        object("")
            .required("reference", referenceId())
            .required("title", string("The reference's title in the question's language."))
            .required(
                "confidence",
                number("0 to 1: how clearly the question belongs there.").min(0).max(1))
            .required("language", language())
            .required(
                "runner_up",
                nullable(
                    object("The next best reference, or null.")
                        .required("reference", referenceId())
                        .required("confidence", number("0 to 1.").min(0).max(1))
                        .asSchema()))
            .required("reason", string("Why, in one sentence."))
            .optional("matched_phrases", arrayOf(string(null), "The curated phrases that matched."))
            .toMap(),
        request -> {
          KnowledgeService knowledge = services.knowledge();
          Route route = knowledge.route(request.string("question"));
          String title =
              knowledge
                  .library()
                  .get(route.reference(), route.language().referenceLanguage())
                  .title();
          RouteResult result =
              new RouteResult(
                  route.reference().id(),
                  title,
                  route.confidence(),
                  route.language().code(),
                  route
                      .runnerUp()
                      .map(r -> new RunnerUp(r.reference().id(), r.confidence()))
                      .orElse(null),
                  route.reason(),
                  route.matchedPhrases());
          return new ToolOutcome(
              result,
              "%s (%s), confidence %.2f: %s"
                  .formatted(result.reference(), title, result.confidence(), result.reason()));
        });
  }

  /** Output of answer_question. */
  public record AnswerResult(
      String reference,
      String title,
      String language,
      String questionLanguage,
      double confidence,
      List<PassageResult> passages,
      List<String> mustMention,
      String resourceUri) {}

  public record PassageResult(String section, String heading, String text) {}

  static ToolDefinition answerQuestion(Services services) {
    return new ToolDefinition(
        "answer_question",
        "Answer an LMI question from one reference",
        "Answers a question about AWS Lambda Managed Instances with the most relevant passages of"
            + " the one reference it routes to (never mixing references), in the question's language"
            + " where the reference is written in it (English or Chinese; Vietnamese questions get"
            + " English text), plus the facts that must be mentioned in the reply.",
        TOOLSET,
        Hints.LOCAL_READ,
        object("")
            .required("question", question())
            .optional(
                "max_passages",
                integer("How many passages to return, 1 to 10.")
                    .min(1)
                    .max(KnowledgeService.MAX_PASSAGES)
                    .defaultValue(KnowledgeService.DEFAULT_PASSAGES))
            .closed()
            .toMap(),
        object("")
            .required("reference", referenceId())
            .required("title", string("The reference's title."))
            .required("language", enumOf("Language of the passages.", "en", "zh"))
            .required("question_language", language())
            .required("confidence", number("Routing confidence, 0 to 1.").min(0).max(1))
            .required(
                "passages",
                arrayOf(
                    object("One section of the reference.")
                        .required("section", string("Section id."))
                        .required("heading", string("Section heading."))
                        .required("text", string("Section text, Markdown."))
                        .asSchema(),
                    "Passages, all from the one routed reference, most relevant first."))
            .required(
                "must_mention",
                arrayOf(string(null), "Facts the reply must carry, each with its source and date."))
            .required("resource_uri", string("URI of the whole reference."))
            .toMap(),
        request -> {
          int max = request.optionalInt("max_passages").orElse(KnowledgeService.DEFAULT_PASSAGES);
          Answer answer = services.knowledge().answer(request.string("question"), max);
          AnswerResult result =
              new AnswerResult(
                  answer.route().reference().id(),
                  answer.title(),
                  answer.language().code(),
                  answer.route().language().code(),
                  answer.route().confidence(),
                  answer.passages().stream()
                      .map(p -> new PassageResult(p.section(), p.heading(), p.text()))
                      .toList(),
                  answer.mustMention(),
                  answer.route().reference().resourceUri());
          return new ToolOutcome(result, AnswerText.of(answer));
        });
  }

  /** Output of read_reference. */
  public record ReadResult(
      String reference, String title, String language, List<String> sections, String text) {}

  static ToolDefinition readReference(Services services) {
    return new ToolDefinition(
        "read_reference",
        "Read an LMI reference",
        "Returns one of the six LMI references in full, or one section of it, in English or"
            + " Chinese, with the list of its section ids.",
        TOOLSET,
        Hints.LOCAL_READ,
        object("")
            .required("reference", referenceId())
            .optional(
                "section", string("A section id; omit for the whole reference.").maxLength(100))
            .optional("language", enumOf("Language of the text; default en.", "en", "zh"))
            .closed()
            .toMap(),
        object("")
            .required("reference", referenceId())
            .required("title", string("The reference's title."))
            .required("language", enumOf("Language of the text.", "en", "zh"))
            .required("sections", arrayOf(string(null), "Section ids of the whole reference."))
            .required("text", string("The reference or section, Markdown."))
            .toMap(),
        request -> {
          KnowledgeService knowledge = services.knowledge();
          Reference read =
              knowledge.read(
                  request.string("reference"),
                  request.optionalString("section").orElse(null),
                  request.optionalString("language").orElse(null));
          List<String> allSections =
              knowledge.library().get(read.id(), read.language()).sectionIds();
          ReadResult result =
              new ReadResult(
                  read.id().id(),
                  read.title(),
                  read.language().code(),
                  allSections,
                  read.markdown());
          return new ToolOutcome(result, read.markdown());
        });
  }

  /** Renders an answer as text for people and for clients that ignore structured content. */
  public static final class AnswerText {
    private AnswerText() {}

    public static String of(Answer answer) {
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
}
