package dev.lmiadvisor.server.tools.knowledge;

import static dev.lmiadvisor.server.inventory.Schema.object;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.lmiadvisor.knowledge.KnowledgeService;
import dev.lmiadvisor.knowledge.Route;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.OutputSchema;

/** route_question: which one of the six references answers a question, and how sure that is. */
public final class RouteQuestion {

  public static final String NAME = "route_question";

  /** The route as the knowledge module gives it, with the reference's title in that language. */
  public record Output(@JsonUnwrapped Route route, String title) {}

  private RouteQuestion() {}

  public static ToolDefinition definition(Services services) {
    return new ToolDefinition(
        NAME,
        "Route an LMI question",
        "Tells which one of the six LMI references (cost-comparison, configuration-guide,"
            + " thread-safety, migration-patterns, infrastructure-setup, troubleshooting) answers a"
            + " question, with a confidence, the runner-up and the reason. Works in English, Chinese"
            + " and Vietnamese. Use answer_question to get the passages themselves.",
        KnowledgeInputs.TOOLSET,
        Hints.LOCAL_READ,
        object("").required("question", KnowledgeInputs.question()).closed().toMap(),
        OutputSchema.of(NAME, Output.class).toMap(),
        request -> {
          KnowledgeService knowledge = services.knowledge();
          Route route = knowledge.route(request.string("question"));
          String title =
              knowledge
                  .library()
                  .get(route.reference(), route.language().referenceLanguage())
                  .title();
          return new ToolOutcome(new Output(route, title), text(route, title));
        });
  }

  static String text(Route route, String title) {
    return "%s (%s), confidence %.2f: %s"
        .formatted(route.reference().id(), title, route.confidence(), route.reason());
  }
}
