package dev.lmiadvisor.server.tools.sandbox;

import static dev.lmiadvisor.server.inventory.Schema.arrayOf;
import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.integer;
import static dev.lmiadvisor.server.inventory.Schema.number;
import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.inventory.ToolRequest;
import dev.lmiadvisor.server.output.OutputSchema;
import dev.lmiadvisor.tools.deploy.DeploymentPlan;
import dev.lmiadvisor.tools.deploy.DeploymentPlanner;
import dev.lmiadvisor.tools.deploy.DeploymentRequest;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * plan_deployment: the ordered, sandbox-checked AWS CLI steps and the SAM template that put one
 * function on LMI. The output is the deploy module's {@link DeploymentPlan}.
 */
public final class PlanDeployment {

  public static final String NAME = "plan_deployment";

  private PlanDeployment() {}

  public static ToolDefinition definition(Supplier<SandboxService> sandbox) {
    return new ToolDefinition(
        NAME,
        "Plan a Lambda Managed Instances deployment",
        "Returns the ordered AWS CLI steps that put one function on Lambda Managed Instances (check"
            + " account and subnets, execution role, operator role with aws:SourceAccount and"
            + " aws:SourceArn, capacity provider with a vCPU ceiling, function with its capacity"
            + " provider config, publish, scaling floor of at least 3, and with numbered versions a"
            + " weighted alias for cutover), each checked by the run_aws_cli sandbox, plus the same"
            + " deployment as an AWS SAM template. Runs nothing.",
        SandboxInputs.TOOLSET,
        Hints.LOCAL_READ,
        object("")
            .required("function_name", string("Lambda function name.").minLength(1).maxLength(64))
            .required(
                "runtime",
                string(
                        "java, python, nodejs, dotnet or rust, or a runtime id such as python3.13 or java21.")
                    .maxLength(32))
            .required(
                "subnet_ids",
                arrayOf(
                        string("A subnet id, e.g. subnet-0abc1234.").maxLength(40),
                        "Private subnets, one per Availability Zone, 3 or more.")
                    .with("minItems", 1)
                    .maxItems(16))
            .required(
                "security_group_ids",
                arrayOf(
                        string("A security group id.").maxLength(40),
                        "Security groups of the instances (no inbound rules, HTTPS egress).")
                    .with("minItems", 1)
                    .maxItems(5))
            .optional("architecture", enumOf("Default arm64.", "arm64", "x86_64"))
            .optional("region", string("AWS Region, default us-east-1.").maxLength(32))
            .optional(
                "memory_mb",
                integer("Function memory, 2048 to 32768; default 4096.").min(2048).max(32768))
            .optional(
                "memory_gib_per_vcpu",
                number(
                        "Memory per vCPU of an execution environment, 2 to 8; default 4, or 2 when"
                            + " memory_mb is not a multiple of 4096.")
                    .min(2)
                    .max(8))
            .optional(
                "per_execution_environment_max_concurrency",
                integer(
                        "Concurrent requests per execution environment, 1 to 1600; default: the runtime's.")
                    .min(1)
                    .max(1600))
            .optional(
                "min_execution_environments",
                integer("Scaling floor; at least 3 in production; default 3.").min(1).max(15000))
            .optional(
                "max_execution_environments",
                integer("Scaling ceiling; default 30.").min(1).max(15000))
            .optional(
                "max_vcpu_count",
                integer("Capacity provider vCPU ceiling, 2 to 15000; default derived.")
                    .min(2)
                    .max(15000))
            .optional(
                "capacity_provider_name", string("Default <function_name>-cp.").maxLength(140))
            .optional(
                "account_id",
                string("12-digit AWS account id; default a placeholder.").pattern("^[0-9]{12}$"))
            .optional("handler", string("Handler; default by runtime.").maxLength(128))
            .optional(
                "code_zip",
                string("Deployment package inside the working folder; default function.zip.")
                    .maxLength(200))
            .optional(
                "publish_mode",
                enumOf(
                    "latest_published (default): publish to $LATEST.PUBLISHED. numbered_versions: version 1 plus a live alias for weighted cutover.",
                    "latest_published",
                    "numbered_versions"))
            .optional("environment", enumOf("Default production.", "production", "non_production"))
            .closed()
            .toMap(),
        OutputSchema.of(NAME, DeploymentPlan.class)
            .values("steps.decision", "allowed", "requires_confirmation", "denied")
            .toMap(),
        request -> {
          SandboxService service = sandbox.get();
          DeploymentPlanner planner =
              new DeploymentPlanner(command -> service.check(command, Optional.empty()));
          DeploymentPlan plan = planner.plan(deploymentRequest(request));
          return new ToolOutcome(plan, planText(plan));
        });
  }

  static DeploymentRequest deploymentRequest(ToolRequest request) {
    return new DeploymentRequest(
        request.string("function_name"),
        request.string("runtime"),
        request
            .optionalStrings("subnet_ids")
            .orElseThrow(
                () -> new dev.lmiadvisor.errors.UserInputException("'subnet_ids' is required")),
        request
            .optionalStrings("security_group_ids")
            .orElseThrow(
                () ->
                    new dev.lmiadvisor.errors.UserInputException(
                        "'security_group_ids' is required")),
        request.optionalString("architecture"),
        request.optionalString("region"),
        request.optionalInt("memory_mb"),
        request.optionalDouble("memory_gib_per_vcpu"),
        request.optionalInt("per_execution_environment_max_concurrency"),
        request.optionalInt("min_execution_environments"),
        request.optionalInt("max_execution_environments"),
        request.optionalInt("max_vcpu_count"),
        request.optionalString("capacity_provider_name"),
        request.optionalString("account_id"),
        request.optionalString("handler"),
        request.optionalString("code_zip"),
        request.optionalString("publish_mode"),
        request.optionalString("environment"));
  }

  private static String planText(DeploymentPlan plan) {
    StringBuilder text = new StringBuilder();
    for (DeploymentPlan.Step step : plan.steps()) {
      text.append(step.order())
          .append(". ")
          .append(step.title())
          .append(" [")
          .append(step.decision())
          .append("]\n   ")
          .append(step.command())
          .append('\n');
    }
    if (!plan.warnings().isEmpty()) {
      text.append("\nWarnings:\n");
      plan.warnings().forEach(w -> text.append("- ").append(w).append('\n'));
    }
    return text.toString();
  }
}
