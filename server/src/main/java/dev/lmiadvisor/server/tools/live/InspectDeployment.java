package dev.lmiadvisor.server.tools.live;

import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.OutputSchema;
import dev.lmiadvisor.server.tools.sandbox.RunAwsCli;
import dev.lmiadvisor.tools.live.Finding;
import dev.lmiadvisor.tools.live.inspect.DeploymentReport;
import dev.lmiadvisor.tools.live.inspect.InspectRequest;
import dev.lmiadvisor.tools.review.Severity;

/**
 * inspect_deployment: what is wrong with a real LMI deployment, read from the account (read-only,
 * bounded, every AWS call audited).
 */
public final class InspectDeployment {

  public static final String NAME = "inspect_deployment";

  private InspectDeployment() {}

  public static ToolDefinition definition(Services services) {
    return new ToolDefinition(
        NAME,
        "Inspect a live LMI deployment",
        "Reads an LMI deployment from your AWS account with the server's credentials, changing"
            + " nothing: the capacity provider (state, VPC, instance requirements, scaling), the"
            + " functions on it (capacity provider config, memory, architecture, runtime, published"
            + " versions, scaling floor), the subnets' route tables (NAT gateway or the VPC endpoints"
            + " LMI needs), security-group egress, the operator role's trust policy and attached"
            + " policies, and the last day of throttles and CPU from CloudWatch. Returns the state,"
            + " findings (review_configuration's rule ids where the rule is the same), the likely"
            + " cause of a stuck or failed provider, and each fix as aws commands that run_aws_cli"
            + " accepts. A refused call names the IAM action to grant and the rest is still"
            + " returned; every AWS call is written to the audit log.",
        LiveInputs.TOOLSET,
        LiveInputs.ACCOUNT_READ,
        object("")
            .required(
                "region", LiveInputs.region("The AWS Region of the deployment, e.g. us-east-1."))
            .optional(
                "capacity_provider",
                string(
                        "The capacity provider's name or ARN. Without it (and without function_name)"
                            + " the Region's providers are listed and one that is not Active is"
                            + " inspected, else the first.")
                    .minLength(1)
                    .maxLength(200))
            .optional(
                "function_name",
                LiveInputs.functionName(
                    "A function's name or ARN (no version): its capacity provider is inspected,"
                        + " and the function at its newest published version."))
            .closed()
            .toMap(),
        OutputSchema.of(NAME, DeploymentReport.class)
            .values(
                "network.subnets.default_route",
                "nat",
                "internet_gateway",
                "transit_gateway",
                "other",
                "blackhole",
                "none",
                "unknown")
            .values("network.egress", "nat", "internet_gateway", "vpc_endpoints", "none", "unknown")
            .toMap(),
        request -> {
          DeploymentReport report =
              services
                  .inspector()
                  .inspect(
                      new InspectRequest(
                          request.string("region"),
                          request.optionalString("capacity_provider"),
                          request.optionalString("function_name")),
                      RunAwsCli.identity(request.caller()));
          return new ToolOutcome(report, text(report));
        });
  }

  /** The state, the likely cause, the findings with their first fix, and the calls. */
  static String text(DeploymentReport r) {
    StringBuilder text = new StringBuilder();
    text.append(
        r.capacityProvider()
            .map(
                p -> "Capacity provider " + p.name() + " in " + r.region() + ": " + r.state() + ".")
            .orElse("No capacity provider inspected in " + r.region() + " (" + r.state() + ")."));
    if (!r.functions().isEmpty()) {
      text.append(" Functions: ")
          .append(
              String.join(
                  ", ",
                  r.functions().stream()
                      .map(
                          f ->
                              f.name() + ":" + f.version() + f.state().map(s -> " " + s).orElse(""))
                      .toList()))
          .append('.');
    }
    r.likelyCause().ifPresent(c -> text.append("\nLikely cause: ").append(c));
    long errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    text.append("\n%d finding(s), %d error(s).".formatted(r.findings().size(), errors));
    text.append(LiveInputs.bullets(r.findings().stream().map(InspectDeployment::finding).toList()));
    if (!r.notes().isEmpty()) {
      text.append(LiveInputs.bullets(r.notes()));
    }
    text.append('\n').append(LiveInputs.calls(r.missingPermissions(), r.calls(), r.auditId()));
    return text.toString();
  }

  private static String finding(Finding f) {
    return "[%s] %s %s: %s%s"
        .formatted(
            f.severity().id(),
            f.ruleId(),
            f.resource(),
            f.message(),
            f.fixCommand().map(c -> " Fix: " + c).orElse(""));
  }
}
