package dev.lmiadvisor.server.tools;

import static dev.lmiadvisor.server.inventory.Schema.arrayOf;
import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.integer;
import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.Schema;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.tools.review.ReviewInput;
import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.code.ThreadSafetyReview;
import dev.lmiadvisor.tools.review.code.ThreadSafetyReviewer;
import dev.lmiadvisor.tools.review.config.ConfigurationReview;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.util.List;
import java.util.Locale;

/**
 * review_configuration and review_thread_safety: the checks a team runs before attaching a function
 * to a capacity provider. Both read only the text they are given.
 */
public final class ReviewTools {

  private static final String TOOLSET = "review";

  private ReviewTools() {}

  public static List<ToolDefinition> all(Services services) {
    return List.of(reviewConfiguration(services), reviewThreadSafety(services));
  }

  private static Schema severity() {
    return enumOf(
        "error: fails or corrupts data; warning: change before production; info: worth knowing.",
        "error",
        "warning",
        "info");
  }

  private static Schema count(String what) {
    return integer("Number of " + what + " findings.").min(0);
  }

  private static Schema ruleId() {
    return string("Stable rule id, e.g. CFG-MEMORY-MIN or TS-SHARED-STATE-WRITE.");
  }

  // ------------------------------------------------------------------ review_configuration

  /** Output of review_configuration. */
  public record ConfigurationReviewResult(
      String format,
      String shape,
      int errorCount,
      int warningCount,
      int infoCount,
      List<ConfigurationFindingResult> findings) {}

  public record ConfigurationFindingResult(
      String ruleId, String severity, String resource, int line, String message, String fix) {}

  static ToolDefinition reviewConfiguration(Services services) {
    return new ToolDefinition(
        "review_configuration",
        "Review a SAM or CloudFormation template for LMI",
        "Reviews a SAM or CloudFormation template (YAML with short tags such as !Ref and !GetAtt,"
            + " or JSON) for AWS Lambda Managed Instances: memory (2048 MB minimum), memory-to-vCPU"
            + " ratio and concurrency, supported runtimes, architecture of function versus capacity"
            + " provider, minimum execution environments, MaxVCpuCount, version publishing, subnets"
            + " and security groups, the operator role's trust policy, secrets in environment"
            + " variables, log retention and KMS. Understands both AWS::Serverless::CapacityProvider"
            + " and AWS::Lambda::CapacityProvider, and fragments. Each finding has a stable rule id,"
            + " a severity, the resource and line, and what to change.",
        TOOLSET,
        Hints.LOCAL_READ,
        object("")
            .required(
                "template",
                string(
                        "The template text (YAML or JSON); a few resources or one resource's properties also work.")
                    .minLength(1)
                    .maxLength(ReviewInput.MAX_CHARS))
            .optional(
                "format",
                enumOf("yaml or json; detected from the text when omitted.", "yaml", "json"))
            .closed()
            .toMap(),
        object("")
            .required("format", enumOf("How the template was read.", "yaml", "json"))
            .required(
                "shape",
                enumOf(
                    "template: a whole template; resources or properties: a fragment, reviewed for what it shows; unparsed: the text is not valid YAML/JSON.",
                    "template",
                    "resources",
                    "properties",
                    "unparsed"))
            .required("error_count", count("error"))
            .required("warning_count", count("warning"))
            .required("info_count", count("info"))
            .required(
                "findings",
                arrayOf(
                    object("One problem in the template.")
                        .required("rule_id", ruleId())
                        .required("severity", severity())
                        .required("resource", string("Logical id of the resource, or (template)."))
                        .required("line", integer("1-based line in the template.").min(1))
                        .required("message", string("What is wrong and why it matters on LMI."))
                        .required("fix", string("What to change."))
                        .asSchema(),
                    "Most severe first, then in template order."))
            .toMap(),
        request -> {
          ConfigurationReview review =
              services
                  .reviewers()
                  .configuration()
                  .review(request.string("template"), request.optionalString("format"));
          ConfigurationReviewResult result =
              new ConfigurationReviewResult(
                  review.format().id(),
                  review.shape() == null
                      ? "unparsed"
                      : review.shape().name().toLowerCase(Locale.ROOT),
                  (int) review.count(Severity.ERROR),
                  (int) review.count(Severity.WARNING),
                  (int) review.count(Severity.INFO),
                  review.findings().stream()
                      .map(
                          f ->
                              new ConfigurationFindingResult(
                                  f.ruleId(),
                                  f.severity().id(),
                                  f.resource(),
                                  f.line(),
                                  f.message(),
                                  f.fix()))
                      .toList());
          return new ToolOutcome(result, ReviewText.of(result));
        });
  }

  // ------------------------------------------------------------------ review_thread_safety

  /** Output of review_thread_safety. */
  public record ThreadSafetyReviewResult(
      String runtime,
      int errorCount,
      int warningCount,
      int infoCount,
      List<ThreadSafetyFindingResult> findings) {}

  public record ThreadSafetyFindingResult(
      String ruleId, String severity, int line, String message, String fix) {}

  static ToolDefinition reviewThreadSafety(Services services) {
    String[] runtimes =
        ThreadSafetyReviewer.RUNTIMES.stream().map(LambdaRuntime::id).toArray(String[]::new);
    return new ToolDefinition(
        "review_thread_safety",
        "Review handler code for LMI multi-concurrency",
        "Reviews Lambda handler code for the hazards of Lambda Managed Instances, where one"
            + " execution environment serves many requests at once: mutable static or module-level"
            + " state written per request, non-thread-safe types shared across invocations"
            + " (SimpleDateFormat, HashMap, Dictionary, a single DB connection), request data in"
            + " statics, clients created per request, fixed /tmp paths, environment writes, logging"
            + " without request ids, unchecked deadlines, and runtime specifics (Node.js callbacks"
            + " and SIGTERM, .NET [ThreadStatic] and blocking waits, Java ThreadLocal leaks). Java is"
            + " parsed with a real parser. Each finding has the line, the hazard and the fix.",
        TOOLSET,
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
        object("")
            .required("runtime", enumOf("The runtime the code was read as.", runtimes))
            .required("error_count", count("error"))
            .required("warning_count", count("warning"))
            .required("info_count", count("info"))
            .required(
                "findings",
                arrayOf(
                    object("One concurrency hazard.")
                        .required("rule_id", ruleId())
                        .required("severity", severity())
                        .required("line", integer("1-based line in the code.").min(1))
                        .required("message", string("The hazard, naming the variable or call."))
                        .required("fix", string("What to change."))
                        .asSchema(),
                    "Most severe first, then by line."))
            .toMap(),
        request -> {
          ThreadSafetyReview review =
              services
                  .reviewers()
                  .threadSafety()
                  .review(request.string("code"), request.string("runtime"));
          ThreadSafetyReviewResult result =
              new ThreadSafetyReviewResult(
                  review.runtime().id(),
                  (int) review.count(Severity.ERROR),
                  (int) review.count(Severity.WARNING),
                  (int) review.count(Severity.INFO),
                  review.findings().stream()
                      .map(
                          f ->
                              new ThreadSafetyFindingResult(
                                  f.ruleId(), f.severity().id(), f.line(), f.message(), f.fix()))
                      .toList());
          return new ToolOutcome(result, ReviewText.of(result));
        });
  }

  /** Renders review results for people and for clients that read only text. */
  public static final class ReviewText {
    private ReviewText() {}

    public static String of(ConfigurationReviewResult result) {
      String format = result.format().toUpperCase(Locale.ROOT);
      String what =
          switch (result.shape()) {
            case "resources" -> format + " fragment (resources without the rest of the template)";
            case "properties" -> format + " fragment (one resource's properties)";
            case "unparsed" -> format + " text";
            default -> format + " template";
          };
      StringBuilder text =
          new StringBuilder(
              summary(what, result.errorCount(), result.warningCount(), result.infoCount()));
      for (ConfigurationFindingResult f : result.findings()) {
        text.append("\n\n")
            .append(f.severity().toUpperCase(Locale.ROOT))
            .append(' ')
            .append(f.ruleId())
            .append(" — ")
            .append(f.resource())
            .append(", line ")
            .append(f.line())
            .append("\n  ")
            .append(f.message())
            .append("\n  Fix: ")
            .append(f.fix());
      }
      return text.toString();
    }

    public static String of(ThreadSafetyReviewResult result) {
      StringBuilder text =
          new StringBuilder(
              summary(
                  result.runtime() + " code",
                  result.errorCount(),
                  result.warningCount(),
                  result.infoCount()));
      for (ThreadSafetyFindingResult f : result.findings()) {
        text.append("\n\n")
            .append(f.severity().toUpperCase(Locale.ROOT))
            .append(' ')
            .append(f.ruleId())
            .append(" — line ")
            .append(f.line())
            .append("\n  ")
            .append(f.message())
            .append("\n  Fix: ")
            .append(f.fix());
      }
      return text.toString();
    }

    private static String summary(String what, int errors, int warnings, int infos) {
      if (errors + warnings + infos == 0) {
        return "Reviewed the " + what + ": no findings.";
      }
      return "Reviewed the %s: %d error%s, %d warning%s, %d info."
          .formatted(
              what, errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", infos);
    }
  }
}
