package dev.lmiadvisor.server.tools.review;

import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
import dev.lmiadvisor.tools.review.config.ConfigurationFinding;
import dev.lmiadvisor.tools.review.config.ConfigurationReview;
import java.util.Locale;

/** review_configuration: a SAM or CloudFormation template checked for LMI. */
public final class ReviewConfiguration {

  public static final String NAME = "review_configuration";

  /** The review, with how it read the text and how many findings of each severity it has. */
  @JsonPropertyOrder({"format", "shape", "error_count", "warning_count", "info_count"})
  public record Output(@JsonUnwrapped @JsonIgnoreProperties("shape") ConfigurationReview review) {

    /** template, resources or properties; unparsed when the text is not valid YAML or JSON. */
    @JsonProperty
    public String shape() {
      return review.shape() == null ? "unparsed" : review.shape().name().toLowerCase(Locale.ROOT);
    }

    @JsonProperty
    public int errorCount() {
      return Reviews.count(review.findings(), ConfigurationFinding::severity, Severity.ERROR);
    }

    @JsonProperty
    public int warningCount() {
      return Reviews.count(review.findings(), ConfigurationFinding::severity, Severity.WARNING);
    }

    @JsonProperty
    public int infoCount() {
      return Reviews.count(review.findings(), ConfigurationFinding::severity, Severity.INFO);
    }
  }

  private ReviewConfiguration() {}

  public static ToolDefinition definition(Services services) {
    return new ToolDefinition(
        NAME,
        "Review a SAM or CloudFormation template for LMI",
        "Reviews a SAM or CloudFormation template (YAML with short tags such as !Ref and !GetAtt,"
            + " or JSON) for AWS Lambda Managed Instances: memory (2048 MB minimum), memory-to-vCPU"
            + " ratio and concurrency, supported runtimes, architecture of function versus capacity"
            + " provider, minimum execution environments, MaxVCpuCount, version publishing, subnets"
            + " and security groups, the operator role's trust policy, secrets in environment"
            + " variables, log retention and KMS. Understands both AWS::Serverless::CapacityProvider"
            + " and AWS::Lambda::CapacityProvider, and fragments. Each finding has a stable rule id,"
            + " a severity, the resource and line, and what to change.",
        Reviews.TOOLSET,
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
        OutputSchema.of(NAME, Output.class)
            .values("shape", "template", "resources", "properties", "unparsed")
            .toMap(),
        request -> {
          ConfigurationReview review =
              services
                  .reviewers()
                  .configuration()
                  .review(request.string("template"), request.optionalString("format"));
          Output output = new Output(review);
          return new ToolOutcome(output, text(output));
        });
  }

  /** The findings for people and for clients that read only text. */
  public static String text(Output result) {
    String format = result.review().format().id().toUpperCase(Locale.ROOT);
    String what =
        switch (result.shape()) {
          case "resources" -> format + " fragment (resources without the rest of the template)";
          case "properties" -> format + " fragment (one resource's properties)";
          case "unparsed" -> format + " text";
          default -> format + " template";
        };
    StringBuilder text =
        new StringBuilder(
            Reviews.summary(what, result.errorCount(), result.warningCount(), result.infoCount()));
    for (ConfigurationFinding f : result.review().findings()) {
      Reviews.finding(
          text,
          f.severity(),
          f.ruleId(),
          f.resource() + ", line " + f.line(),
          f.message(),
          f.fix());
    }
    return text.toString();
  }
}
