package dev.lmiadvisor.server.tools.review;

import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.OutputSchema;
import dev.lmiadvisor.tools.review.ReviewInput;
import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.code.ThreadSafetyFinding;
import dev.lmiadvisor.tools.review.code.ThreadSafetyReview;
import dev.lmiadvisor.tools.review.code.ThreadSafetyReviewer;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;

/** review_thread_safety: handler code checked for the hazards of many requests at once. */
public final class ReviewThreadSafety {

  public static final String NAME = "review_thread_safety";

  /** The review, with how many findings of each severity it has. */
  @JsonPropertyOrder({"runtime", "error_count", "warning_count", "info_count"})
  public record Output(@JsonUnwrapped ThreadSafetyReview review) {

    @JsonProperty
    public int errorCount() {
      return Reviews.count(review.findings(), ThreadSafetyFinding::severity, Severity.ERROR);
    }

    @JsonProperty
    public int warningCount() {
      return Reviews.count(review.findings(), ThreadSafetyFinding::severity, Severity.WARNING);
    }

    @JsonProperty
    public int infoCount() {
      return Reviews.count(review.findings(), ThreadSafetyFinding::severity, Severity.INFO);
    }
  }

  private ReviewThreadSafety() {}

  public static ToolDefinition definition(Services services) {
    String[] runtimes =
        ThreadSafetyReviewer.RUNTIMES.stream().map(LambdaRuntime::id).toArray(String[]::new);
    return new ToolDefinition(
        NAME,
        "Review handler code for LMI multi-concurrency",
        "Reviews Lambda handler code for the hazards of Lambda Managed Instances, where one"
            + " execution environment serves many requests at once: mutable static or module-level"
            + " state written per request, non-thread-safe types shared across invocations"
            + " (SimpleDateFormat, HashMap, Dictionary, a single DB connection), request data in"
            + " statics, clients created per request, fixed /tmp paths, environment writes, logging"
            + " without request ids, unchecked deadlines, and runtime specifics (Node.js callbacks"
            + " and SIGTERM, .NET [ThreadStatic] and blocking waits, Java ThreadLocal leaks). Java is"
            + " parsed with a real parser. Each finding has the line, the hazard and the fix.",
        Reviews.TOOLSET,
        Hints.LOCAL_READ,
        object("")
            .required(
                "code",
                string("The handler source: a whole file, or whole methods.")
                    .minLength(1)
                    .maxLength(ReviewInput.MAX_CHARS))
            .required("runtime", enumOf("The language of the code.", runtimes))
            .closed()
            .toMap(),
        OutputSchema.of(NAME, Output.class).toMap(),
        request -> {
          ThreadSafetyReview review =
              services
                  .reviewers()
                  .threadSafety()
                  .review(request.string("code"), request.string("runtime"));
          Output output = new Output(review);
          return new ToolOutcome(output, text(output));
        });
  }

  /** The findings for people and for clients that read only text. */
  public static String text(Output result) {
    StringBuilder text =
        new StringBuilder(
            Reviews.summary(
                result.review().runtime().id() + " code",
                result.errorCount(),
                result.warningCount(),
                result.infoCount()));
    for (ThreadSafetyFinding f : result.review().findings()) {
      Reviews.finding(text, f.severity(), f.ruleId(), "line " + f.line(), f.message(), f.fix());
    }
    return text.toString();
  }
}
